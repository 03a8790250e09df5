// Reading untrusted data (an imported file, a share link, storage written by another version of the app) through one
// generic, safe pipeline, whatever the record type:
//   1. size cap on the text, then JSON.parse (a truncated file gets a clear message, not an exception);
//   2. a walk over the parsed value that refuses `__proto__` / `constructor` / `prototype` keys at any depth,
//      excessive nesting, over-long strings and numbers that are not finite or beyond any sane magnitude;
//   3. the schema-version check and migration of older records (the codec's `migrate`);
//   4. the codec's valibot schema: strict objects (an unknown key is an error), finite numbers in range;
//   5. the codec's meaning checks (e.g. the engine's market validation), which can be skipped for drafts.
// Nothing throws; a failure carries one readable message and the list of issues with their paths, written like
// "market.futures[1].price: expected a number > 0, got -3".
import * as v from 'valibot';
import { numberProblem, type NumberSpec } from '../engine';

export interface Issue {
	/** Where, e.g. 'market.futures[1].price' ('' for the whole record). */
	path: string;
	message: string;
}

export type Validated<T> =
	| {
			ok: true;
			value: T;
			/** The schema version the input had when it was migrated, else null. */ migratedFrom: number | null;
	  }
	| { ok: false; message: string; issues: Issue[] };

export type JsonObject = { [key: string]: unknown };

export type Migrated = { ok: true; record: JsonObject; from: number | null } | { ok: false; message: string };

/** What the pipeline needs to know about one kind of record. */
export interface Codec<T> {
	/** What the record is called in messages ('scenario'). */
	noun: string;
	/** Upgrades an older record to the current schema version; refuses a newer or missing one. */
	migrate(record: JsonObject): Migrated;
	schema: v.GenericSchema<unknown, T>;
	/** Checks of meaning once the shape is right (every problem, with its path). */
	check?(value: T): Issue[];
	/** A path prefix left out of messages (e.g. 'data.' so users read 'market.vix'). */
	hidePathPrefix?: string;
}

export interface Limits {
	/** Longest text accepted before parsing, in UTF-16 code units. */
	maxChars: number;
	/** Deepest nesting of objects and arrays. */
	maxDepth: number;
	/** Largest |number| anywhere in the record. */
	maxMagnitude: number;
	/** Longest string anywhere in the record. */
	maxStringChars: number;
}

export const DEFAULT_LIMITS: Limits = {
	maxChars: 1_000_000,
	maxDepth: 32,
	maxMagnitude: 1e15,
	maxStringChars: 10_000,
};

export interface ParseOptions {
	limits?: Partial<Limits>;
	/** Run the codec's meaning checks (default true; drafts skip them to keep unfinished work). */
	semantic?: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_LISTED_ISSUES = 3;

const fail = (message: string, issues: Issue[] = []): Validated<never> => ({ ok: false, message, issues });

/** A count for messages: 1,000,000. */
const count = (n: number) => n.toLocaleString('en-US');

/** JSON text → value, with a size cap; never throws. */
export function parseJsonText(
	text: string,
	maxChars = DEFAULT_LIMITS.maxChars,
): { ok: true; value: unknown } | { ok: false; message: string } {
	if (typeof text !== 'string') return { ok: false, message: 'Expected text.' };
	if (text.length > maxChars)
		return {
			ok: false,
			message: `The file is too large (${count(text.length)} characters; at most ${count(maxChars)}).`,
		};
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return {
			ok: false,
			message: 'The file is not valid JSON (it may be truncated, or not an ALVH Lab file).',
		};
	}
}

/** A path segment appended the way messages write it: `a.b`, `a[1]`. */
function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path ? `${path}.${key}` : key;
}

/**
 * The first thing in a parsed JSON value that no record may contain, or null: a prototype key, nesting deeper than
 * the limit, a string longer than the limit, a number that is not finite or larger than the limit in magnitude.
 */
export function findHostile(value: unknown, limits: Limits = DEFAULT_LIMITS): Issue | null {
	const walk = (x: unknown, path: string, depth: number): Issue | null => {
		if (typeof x === 'number') {
			if (!Number.isFinite(x))
				return { path, message: 'expected a finite number, got one too large to represent' };
			if (Math.abs(x) > limits.maxMagnitude)
				return { path, message: `expected a number of sane size, got ${String(x)}` };
			return null;
		}
		if (typeof x === 'string')
			return x.length > limits.maxStringChars
				? {
						path,
						message: `text too long (${count(x.length)} characters; at most ${count(limits.maxStringChars)})`,
					}
				: null;
		if (typeof x !== 'object' || x === null) return null;
		if (depth >= limits.maxDepth) return { path, message: 'nested too deeply' };
		if (Array.isArray(x)) {
			for (let i = 0; i < x.length; i++) {
				const found = walk(x[i], join(path, i), depth + 1);
				if (found) return found;
			}
			return null;
		}
		for (const key of Object.keys(x)) {
			const at = join(path, key);
			if (FORBIDDEN_KEYS.has(key)) return { path: at, message: 'this key is not allowed' };
			const found = walk((x as JsonObject)[key], at, depth + 1);
			if (found) return found;
		}
		return null;
	};
	return walk(value, '', 0);
}

/** The dotted/bracketed path of a valibot issue. */
function issuePath(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		path = join(path, typeof key === 'number' ? key : String(key));
	}
	return path;
}

const TYPE_NAMES: Record<string, string> = {
	number: 'a number',
	string: 'text',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	strict_object: 'an object',
	null: 'null',
};

/** A received value as messages show it: short, never the word "undefined". */
function shown(received: string | undefined): string {
	if (received === undefined || received === 'undefined') return 'nothing';
	return received.length > 40 ? `${received.slice(0, 40)}…` : received;
}

/** '("a" | "b")' → '"a", "b"'. */
const choices = (expected: string | null) =>
	(expected ?? '')
		.replace(/^\(|\)$/g, '')
		.split(' | ')
		.join(', ');

/** One valibot issue in words, with its path. */
export function issueFromValibot(issue: v.BaseIssue<unknown>): Issue {
	const path = issuePath(issue);
	const got = shown(issue.received);
	const req = String(issue.requirement);
	const missing = issue.received === 'undefined';
	switch (issue.type) {
		case 'strict_object':
			if (issue.expected === 'never') return { path, message: 'unexpected key (not part of this record)' };
			return { path, message: 'is missing' };
		case 'number':
		case 'string':
		case 'boolean':
		case 'array':
		case 'object':
		case 'null':
			return {
				path,
				message: missing
					? `is missing (expected ${TYPE_NAMES[issue.type]})`
					: `expected ${TYPE_NAMES[issue.type]}, got ${got}`,
			};
		case 'finite':
			return { path, message: `expected a finite number, got ${got}` };
		case 'integer':
			return { path, message: `expected a whole number, got ${got}` };
		case 'gt_value':
			return { path, message: `expected a number > ${req}, got ${got}` };
		case 'min_value':
			return { path, message: `expected a number ≥ ${req}, got ${got}` };
		case 'lt_value':
			return { path, message: `expected a number < ${req}, got ${got}` };
		case 'max_value':
			return { path, message: `expected a number ≤ ${req}, got ${got}` };
		case 'literal':
			return {
				path,
				message: missing
					? `is missing (expected ${issue.expected})`
					: `expected ${issue.expected}, got ${got}`,
			};
		case 'picklist':
		case 'variant':
			return {
				path,
				message: missing
					? `is missing (expected one of ${choices(issue.expected)})`
					: `expected one of ${choices(issue.expected)}, got ${got}`,
			};
		case 'max_length':
			return {
				path,
				message: `expected at most ${req} ${Array.isArray(issue.input) ? 'items' : 'characters'}`,
			};
		case 'min_length':
			if (req === '1') return { path, message: 'must not be empty' };
			return {
				path,
				message: `expected at least ${req} ${Array.isArray(issue.input) ? 'items' : 'characters'}`,
			};
		default:
			// Custom messages (regex, check) are written as 'expected …' in the schema.
			return { path, message: missing ? 'is missing' : `${issue.message}, got ${got}` };
	}
}

/** One message for a list of issues: the first few, then how many more. */
export function summarize(noun: string, issues: readonly Issue[], hidePrefix = ''): string {
	const strip = (p: string) => (hidePrefix && p.startsWith(hidePrefix) ? p.slice(hidePrefix.length) : p);
	const lines = issues
		.slice(0, MAX_LISTED_ISSUES)
		.map((i) => (i.path ? `${strip(i.path)}: ${i.message}` : i.message));
	const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
	return `The ${noun} is not valid — ${lines.join('; ')}${more}.`;
}

/** Steps 2–5 on an already-parsed value (e.g. read back from IndexedDB). */
export function safeParseValue<T>(value: unknown, codec: Codec<T>, opts: ParseOptions = {}): Validated<T> {
	const limits = { ...DEFAULT_LIMITS, ...opts.limits };
	const hide = codec.hidePathPrefix ?? '';
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return fail(`This is not an ALVH Lab ${codec.noun} (expected an object at the top level).`);
	const hostile = findHostile(value, limits);
	if (hostile) {
		const where = hostile.path.startsWith(hide) ? hostile.path.slice(hide.length) : hostile.path;
		return fail(`The ${codec.noun} was refused — ${where || 'the top level'}: ${hostile.message}.`, [
			hostile,
		]);
	}

	const migrated = codec.migrate(value as JsonObject);
	if (!migrated.ok) return fail(migrated.message);

	const parsed = v.safeParse(codec.schema, migrated.record, { abortEarly: false });
	if (!parsed.success) {
		const issues = parsed.issues.map((i) => issueFromValibot(i));
		return fail(summarize(codec.noun, issues, hide), issues);
	}
	if (opts.semantic !== false && codec.check) {
		const issues = codec.check(parsed.output);
		if (issues.length > 0) return fail(summarize(codec.noun, issues, hide), issues);
	}
	return { ok: true, value: parsed.output, migratedFrom: migrated.from };
}

/** The whole pipeline, from text. */
export function safeParseJson<T>(text: string, codec: Codec<T>, opts: ParseOptions = {}): Validated<T> {
	const json = parseJsonText(text, opts.limits?.maxChars ?? DEFAULT_LIMITS.maxChars);
	if (!json.ok) return fail(json.message);
	return safeParseValue(json.value, codec, opts);
}

// Schema building blocks shared by the record schemas, so every number is finite and bounded and every message reads
// the same way.

/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

/** A finite number in (0, max]: prices, levels, vols. */
export const positiveUpTo = (max: number) => v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(max));

/** A whole number in [min, max]. */
export const integerIn = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.integer(), v.minValue(min), v.maxValue(max));

/** A finite number within a field spec's bounds, in stored units (the spec is the one the form and the engine use). */
export const fromSpec = (s: NumberSpec) =>
	v.pipe(
		v.number(),
		v.finite(),
		v.check(
			(x) => numberProblem(s, x) === null,
			`expected ${s.integer ? 'a whole number' : 'a number'} ${s.minOpen ? '>' : '≥'} ${s.min} and ${s.maxOpen ? '<' : '≤'} ${s.max}`,
		),
	);

/** A calendar date 'YYYY-MM-DD' (whether it is a real date is left to the meaning checks). */
export const isoDate = () => v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

/** A name shown in lists: trimmed, 1–120 characters. */
export const displayName = () => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));
