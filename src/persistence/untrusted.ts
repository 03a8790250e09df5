// Reading untrusted data (an imported file, a share link, storage written by another version of the app) through one
// generic, safe pipeline, whatever the record type:
//   1. size cap on the text, then JSON.parse (a truncated file gets a clear message, not an exception);
//   2. a walk over the parsed value that refuses `__proto__` / `constructor` / `prototype` keys at any depth,
//      excessive nesting, over-long strings and numbers that are not finite or beyond any sane magnitude;
//   3. the schema-version check and migration of older records (the codec's `migrate`);
//   4. the codec's valibot schema: strict objects (an unknown key is an error), finite numbers in range;
//   5. the codec's meaning checks (e.g. unique ids, the engine's market validation); what was stored by the app itself
//      skips the engine's checks, so unfinished work opens with its fields marked instead of being refused;
//   6. the codec's repairs: a part that can be dropped without losing the rest (a regime-lab result that does not
//      match its settings) is dropped, with a note for the user.
// Nothing throws; a failure carries one readable message and the list of issues with their paths, written like
// "market.futures[1].price: expected a number > 0, got -3".
import * as v from 'valibot';
import { issueFromValibot, join, summarize, type Issue } from './issues';

export type Validated<T> =
	| {
			ok: true;
			value: T;
			/** The schema version the input had when it was migrated, else null. */ migratedFrom: number | null;
			/** What the repairs dropped, in words ([] when nothing). */
			notes: string[];
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
	check?(value: T, origin: Origin): Issue[];
	/** Drops what cannot be trusted but need not refuse the record; says what in `notes`. */
	repair?(value: T, origin: Origin): { value: T; notes: string[] };
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

/** Where a record comes from: a file or link (anyone may have written it) or the app's own storage. */
export type Origin = 'file' | 'storage';

export interface ParseOptions {
	limits?: Partial<Limits>;
	/** Default 'file'. */
	origin?: Origin;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
	const origin = opts.origin ?? 'file';
	const issues = codec.check?.(parsed.output, origin) ?? [];
	if (issues.length > 0) return fail(summarize(codec.noun, issues, hide), issues);
	const repaired = codec.repair?.(parsed.output, origin) ?? { value: parsed.output, notes: [] };
	return { ok: true, value: repaired.value, migratedFrom: migrated.from, notes: repaired.notes };
}

/** The whole pipeline, from text. */
export function safeParseJson<T>(text: string, codec: Codec<T>, opts: ParseOptions = {}): Validated<T> {
	const json = parseJsonText(text, opts.limits?.maxChars ?? DEFAULT_LIMITS.maxChars);
	if (!json.ok) return fail(json.message);
	return safeParseValue(json.value, codec, opts);
}
