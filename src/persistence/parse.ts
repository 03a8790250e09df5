// Reading a scenario from untrusted text (an imported file, a share link, or storage written by another version):
// size cap, JSON, no prototype keys, migration, the valibot schema, then the engine's market checks. Nothing is
// applied unless all of it passes; the message says what is wrong.
import * as v from 'valibot';
import { validateMarket } from '../engine';
import { migrate } from './migrations';
import { scenarioSchema } from './schema';
import type { Scenario } from './scenario';

export const MAX_SCENARIO_CHARS = 1_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** The first forbidden key or over-deep path in a parsed JSON value, or null. */
function hostileKey(value: unknown, path: string, depth: number): string | null {
	if (depth > MAX_DEPTH) return `${path || 'the file'} is nested too deeply`;
	if (typeof value !== 'object' || value === null) return null;
	for (const key of Object.keys(value)) {
		const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
		if (FORBIDDEN_KEYS.has(key)) return `${at} is not allowed`;
		const inner = hostileKey((value as Record<string, unknown>)[key], at, depth + 1);
		if (inner) return inner;
	}
	return null;
}

/** An issue in words, with a missing value called "missing" rather than "undefined". */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const received = issue.received === 'undefined' ? 'missing' : issue.received;
	return issue.expected ? `expected ${issue.expected}, got ${received}` : issue.message;
}

/** A scenario from untrusted JSON text. */
export function parseScenario(text: string): ParseResult {
	if (text.length > MAX_SCENARIO_CHARS)
		return {
			ok: false,
			message: `The file is too large (${text.length.toLocaleString('en-US')} characters; at most 1,000,000).`,
		};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: 'The file is not valid JSON (it may be truncated or not a scenario).' };
	}
	return parseScenarioValue(data);
}

/** A scenario from an already-parsed value (e.g. a share link's payload). */
export function parseScenarioValue(data: unknown): ParseResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return { ok: false, message: 'The file does not contain a scenario object.' };
	const hostile = hostileKey(data, '', 0);
	if (hostile) return { ok: false, message: `Refused: ${hostile}.` };
	const migrated = migrate(data as Record<string, unknown>);
	if (!migrated.ok) return migrated;
	const result = v.safeParse(scenarioSchema, migrated.record);
	if (!result.success) {
		const lines = result.issues
			.slice(0, 3)
			.map((issue) => `${v.getDotPath(issue) ?? 'scenario'}: ${describeIssue(issue)}`);
		return { ok: false, message: `The scenario is not valid — ${lines.join('; ')}.` };
	}
	const problems = validateMarket(result.output.market);
	if (problems.length > 0)
		return {
			ok: false,
			message: `The scenario's market is not valid — ${problems
				.slice(0, 3)
				.map((p) => `${p.field}: ${p.message}`)
				.join(' ')}`,
		};
	return { ok: true, scenario: result.output as Scenario };
}
