import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../src/persistence/parse';
import { defaultScenario } from '../../src/persistence/scenario';

const good = defaultScenario('Calm 2026');
const text = (x: unknown) => JSON.stringify(x);

describe('parseScenario', () => {
	it('accepts a saved scenario and returns it unchanged', () => {
		const r = parseScenario(text(good));
		expect(r).toEqual({ ok: true, scenario: good });
	});
	it('migrates a version-0 record (no what-if, no seed) to the current schema', () => {
		const { whatIf: _w, mcSeed: _s, ...old } = good;
		const r = parseScenario(text({ ...old, schemaVersion: 0 }));
		expect(r.ok && r.scenario.schemaVersion).toBe(1);
		expect(r.ok && r.scenario.mcSeed).toBe(1);
	});
	it('refuses hostile and broken files with a clear message', () => {
		const cases: [string, RegExp][] = [
			['{"schemaVersion":1,', /not valid JSON/],
			['[1,2]', /not contain a scenario/],
			[text({ ...good, market: { ...good.market, spx: 'high' } }), /market\.spx/],
			[text({ ...good, market: { ...good.market, vix: 1e308 } }), /market\.vix/],
			[text({ ...good, extra: 1 }), /extra/],
			['{"__proto__": {"polluted": true}, "schemaVersion": 1}', /__proto__ is not allowed/],
			[text({ ...good, market: { ...good.market, constructor: {} } }), /market\.constructor is not allowed/],
			[text({ ...good, schemaVersion: 9 }), /newer version/],
			[text({ ...good, market: { ...good.market, futures: [] } }), /at least one VX future/],
			['x'.repeat(1_000_001), /too large/],
		];
		for (const [input, message] of cases) {
			const r = parseScenario(input);
			expect(r.ok, input.slice(0, 60)).toBe(false);
			if (!r.ok) expect(r.message).toMatch(message);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('never throws and never lets NaN or undefined into a message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.anything().map((x) => {
						try {
							return JSON.stringify(x) ?? '';
						} catch {
							return '';
						}
					}),
				),
				(input) => {
					const r = parseScenario(input);
					if (!r.ok) expect(r.message).not.toMatch(/NaN|undefined/);
				},
			),
		);
	});
});
