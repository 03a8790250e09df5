import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { findHostile, parseJsonText, safeParseJson, type Codec } from '../../src/persistence/untrusted';
import { issueFromValibot, summarize } from '../../src/persistence/issues';
import { positiveUpTo } from '../../src/persistence/schemaParts';
import { defaultScenario, parseScenarioText, SCHEMA_VERSION } from '../../src/persistence/scenario';

const file = (data = defaultScenario(), extra: object = {}) => ({
	schemaVersion: SCHEMA_VERSION,
	name: 'Test',
	data,
	...extra,
});
const text = (x: unknown) => JSON.stringify(x);
const withMarket = (patch: object) => {
	const s = defaultScenario();
	return file({ ...s, market: { ...s.market, ...patch } });
};

describe('parseScenarioText(text) refuses hostile and broken input with a clear message', () => {
	const futures = defaultScenario().market.futures;
	const cases: [string, string, RegExp][] = [
		['truncated JSON', text(file()).slice(0, 200), /not valid JSON/],
		['empty text', '', /not valid JSON/],
		['a JSON array', '[1,2]', /expected an object at the top level/],
		['a JSON string', '"scenario"', /expected an object at the top level/],
		['null', 'null', /expected an object at the top level/],
		[
			'a 10 MB string',
			`"${'x'.repeat(10_000_000)}"`,
			/too large \(10,000,002 characters; at most 1,000,000\)/,
		],
		['a wrong type', text(withMarket({ spx: 'high' })), /market\.spx: expected a number, got "high"/],
		['a boolean for a number', text(withMarket({ vix: true })), /market\.vix: expected a number, got true/],
		['1e308', text(withMarket({ vix: 1e308 })), /market\.vix: expected a number of sane size, got 1e\+308/],
		[
			'1e999 (Infinity after parsing)',
			text(file()).replace('"vix":14.49', '"vix":1e999'),
			/market\.vix: expected a finite number/,
		],
		[
			'a negative future',
			text(withMarket({ futures: [futures[0], { ...futures[1], price: -3 }] })),
			/market\.futures\[1\]\.price: expected a number ≥ 1 and ≤ 200, got -3/,
		],
		[
			'a VX price of 0',
			text(withMarket({ futures: [{ ...futures[0], price: 0 }] })),
			/futures\[0\]\.price: expected a number ≥ 1 and ≤ 200, got 0/,
		],
		['an extra top-level key', text(file(undefined, { extra: 1 })), /extra: unexpected key/],
		[
			'an extra nested key',
			text(withMarket({ futures: [{ ...futures[0], note: 'x' }] })),
			/market\.futures\[0\]\.note: unexpected key/,
		],
		[
			'a missing key',
			text(file({ ...defaultScenario(), mcSeed: undefined as unknown as number })),
			/mcSeed: is missing/,
		],
		[
			'an unknown mode',
			text(withMarket({ forward: { mode: 'guess' } })),
			/market\.forward\.mode: expected one of "carry", "typed", "parity", got "guess"/,
		],
		[
			'a fractional quantity',
			text(
				file({
					...defaultScenario(),
					book: { ...defaultScenario().book, condor: { ...defaultScenario().book.condor, qty: 1.5 } },
				}),
			),
			/book\.condor\.qty: expected a whole number ≥ 1 and ≤ 10000, got 1\.5/,
		],
		['an empty name', text({ ...file(), name: '   ' }), /name: must not be empty/],
		[
			'__proto__ at the top',
			`{"__proto__":{"polluted":true},"schemaVersion":${SCHEMA_VERSION}}`,
			/refused — __proto__: this key is not allowed/,
		],
		[
			'__proto__ deep inside',
			text(file()).replace('"market":{', '"market":{"__proto__":{"x":1},'),
			/refused — market\.__proto__: this key is not allowed/,
		],
		['constructor', text(withMarket({ constructor: {} })), /market\.constructor: this key is not allowed/],
		[
			'prototype in a list',
			text(withMarket({ futures: [{ prototype: 1 }] })),
			/market\.futures\[0\]\.prototype: this key is not allowed/,
		],
		[
			'nesting 40 deep',
			text({ ...file(), x: JSON.parse('['.repeat(40) + ']'.repeat(40)) }),
			/nested too deeply/,
		],
		[
			'a newer schema version',
			text({ ...file(), schemaVersion: 99 }),
			/newer version of ALVH Lab \(schema 99/,
		],
		[
			'a version that is not a number',
			text({ ...file(), schemaVersion: 'two' }),
			/schema version is not valid \(got "two"\)/,
		],
		[
			'no futures (the engine says why)',
			text(withMarket({ futures: [] })),
			/at least one VX future is required/,
		],
		[
			'expiries out of order (engine)',
			text(withMarket({ futures: [futures[1], futures[0]] })),
			/market\.futures\[1\]\.expiry: VX expiries must be in order/,
		],
	];
	for (const [name, input, message] of cases)
		it(`${name} → ${message}`, () => {
			const r = parseScenarioText(input);
			expect(r.ok).toBe(false);
			if (!r.ok) {
				expect(r.message).toMatch(message);
				expect(r.message).not.toMatch(/undefined|NaN/);
			}
		});

	it('pollutes no prototype', () => {
		parseScenarioText('{"__proto__":{"polluted":true}}');
		parseScenarioText(text(file()).replace('"market":{', '"market":{"__proto__":{"polluted":true},'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('lists the first three issues and counts the rest', () => {
		const s = defaultScenario();
		const r = parseScenarioText(
			text(file({ ...s, market: { ...s.market, spx: -1, vix: -1, rate: 9, vixCallSkew: 9 } })),
		);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.issues).toHaveLength(4);
			expect(r.message).toMatch(/\(and 1 more\)\.$/);
		}
	});
});

describe('parseScenarioText(text) accepts good input', () => {
	it('returns the scenario unchanged, not migrated', () => {
		const good = file();
		expect(parseScenarioText(text(good))).toEqual({ ok: true, value: good, migratedFrom: null, notes: [] });
	});
	it('trims the name', () => {
		const r = parseScenarioText(text({ ...file(), name: '  Calm  ' }));
		expect(r.ok && r.value.name).toBe('Calm');
	});
	it("the app's own storage keeps a scenario the engine would refuse (a draft mid-edit)", () => {
		expect(parseScenarioText(text(withMarket({ futures: [] })), { origin: 'storage' }).ok).toBe(true);
	});
});

describe('safeParseJson never throws, and no message shows NaN or undefined', () => {
	it('holds for arbitrary strings and JSON values', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((x) => JSON.stringify({ ...file(), data: x })),
					fc.jsonValue().map((x) => JSON.stringify(withMarket({ futures: [x] }))),
				),
				(input) => {
					const r = parseScenarioText(input);
					if (!r.ok) expect(r.message).not.toMatch(/NaN|undefined/);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('the generic pipeline with a small codec', () => {
	const codec: Codec<{ schemaVersion: 2; price: number }> = {
		noun: 'quote',
		migrate: (r) =>
			r.schemaVersion === 1
				? { ok: true, record: { schemaVersion: 2, price: r.px }, from: 1 }
				: { ok: true, record: r, from: null },
		schema: v.strictObject({ schemaVersion: v.literal(2), price: positiveUpTo(100) }),
		check: (q) => (q.price === 13 ? [{ path: 'price', message: 'unlucky' }] : []),
	};
	const cases: [string, string, boolean | RegExp][] = [
		['{"schemaVersion":2,"price":5}', 'current', true],
		['{"schemaVersion":1,"px":5}', 'migrated', true],
		['{"schemaVersion":2,"price":500}', 'too big', /price: expected a number ≤ 100, got 500/],
		['{"schemaVersion":2,"price":13}', 'meaning check', /The quote is not valid — price: unlucky\./],
		['{"schemaVersion":2}', 'missing', /price: is missing\./],
	];
	for (const [input, name, want] of cases)
		it(`${name}: ${input}`, () => {
			const r = safeParseJson(input, codec);
			if (want === true)
				expect(r).toEqual({
					ok: true,
					value: { schemaVersion: 2, price: 5 },
					migratedFrom: name === 'migrated' ? 1 : null,
					notes: [],
				});
			else expect(!r.ok && r.message).toMatch(want as RegExp);
		});
	it('limits are adjustable', () => {
		const r = safeParseJson('{"schemaVersion":2,"price":5}', codec, { limits: { maxChars: 10 } });
		expect(!r.ok && r.message).toMatch(/too large \(29 characters; at most 10\)/);
	});
});

describe('building blocks', () => {
	it('parseJsonText caps the size and catches syntax errors', () => {
		expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
		expect(parseJsonText('{"a":', 100).ok).toBe(false);
		expect(parseJsonText('[1]', 2).ok).toBe(false);
	});
	it('findHostile(value) reports the path of the first problem', () => {
		const cases: [unknown, string | null][] = [
			[{ a: [1, { b: 2 }] }, null],
			[{ a: [1, { b: Infinity }] }, 'a[1].b'],
			[{ a: { s: 'x'.repeat(10_001) } }, 'a.s'],
			[JSON.parse('{"a":{"__proto__":1}}'), 'a.__proto__'],
			[[{ constructor: 1 }], '[0].constructor'],
			[-2e15, ''],
		];
		for (const [value, path] of cases) expect(findHostile(value)?.path ?? null).toBe(path);
	});
	it('issueFromValibot writes issues as "path: expected …, got …"', () => {
		const schema = v.strictObject({
			a: v.pipe(v.number(), v.minValue(1)),
			b: v.pipe(v.number(), v.ltValue(5)),
			c: v.picklist(['x', 'y']),
			d: v.pipe(v.array(v.number()), v.maxLength(1)),
			e: v.pipe(v.string(), v.regex(/^\d+$/, 'expected digits')),
			f: v.literal(2),
		});
		const r = v.safeParse(
			schema,
			{ a: 0, b: 7, c: 'z', d: [1, 2], e: 'ab', f: 3, g: 1 },
			{ abortEarly: false },
		);
		const lines = (r.issues ?? []).map((i) => {
			const { path, message } = issueFromValibot(i);
			return `${path}: ${message}`;
		});
		expect(lines).toEqual([
			'a: expected a number ≥ 1, got 0',
			'b: expected a number < 5, got 7',
			'c: expected one of "x", "y", got "z"',
			'd: expected at most 1 items',
			'e: expected digits, got "ab"',
			'f: expected 2, got 3',
			'g: unexpected key (not part of this record)',
		]);
	});
	it('summarize hides a path prefix', () => {
		expect(summarize('scenario', [{ path: 'data.market.vix', message: 'x' }], 'data.')).toBe(
			'The scenario is not valid — market.vix: x.',
		);
	});
});
