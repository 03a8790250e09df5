// Problems found in a record, in words: each with the path of the value it is about, written the way messages show
// it ('market.futures[1].price: expected a number ≥ 1 and ≤ 200, got -3'), and one summary line for a list of them.
import type * as v from 'valibot';

export interface Issue {
	/** Where, e.g. 'market.futures[1].price' ('' for the whole record). */
	path: string;
	message: string;
}

const MAX_LISTED_ISSUES = 3;

/** A path segment appended the way messages write it: `a.b`, `a[1]`. */
export function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path ? `${path}.${key}` : key;
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
