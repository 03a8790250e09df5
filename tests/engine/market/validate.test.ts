import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultMarket, validateMarket, type MarketSnapshot } from '../../../src/engine';

const base = defaultMarket();
const fieldsOf = (m: unknown) => validateMarket(m).map((p) => p.field);
const messageFor = (m: unknown, field: string) =>
	validateMarket(m).find((p) => p.field === field)?.message ?? '';

describe('validateMarket', () => {
	it('finds nothing wrong with the default market', () => {
		expect(validateMarket(base)).toEqual([]);
	});

	it('reports each DESIGN §7 bad input beside its field', () => {
		const with_ = (patch: Partial<MarketSnapshot>) => ({ ...base, ...patch });
		expect(messageFor(with_({ spx: -5 }), 'spx')).toMatch(/SPX must be above 0 \(got -5\)/);
		expect(messageFor(with_({ vix: 0 }), 'vix')).toMatch(/Spot VIX must be above 0/);
		expect(messageFor(with_({ futures: [] }), 'futures')).toMatch(/at least one VX future/);
		const zero = with_({ futures: [{ expiry: '2026-01-21', price: 0 }] });
		expect(messageFor(zero, 'futures[0].price')).toMatch(/VX price of 0/);
		const disorder = with_({ futures: [base.futures[1], base.futures[0]] });
		expect(messageFor(disorder, 'futures[1].expiry')).toMatch(/in order/);
		const past = with_({ futures: [{ expiry: '2025-12-17', price: 16 }] });
		expect(messageFor(past, 'futures[0].expiry')).toMatch(/not after the valuation date/);
		const unlisted = with_({ futures: [{ expiry: '2026-01-22', price: 16 }] });
		expect(messageFor(unlisted, 'futures[0].expiry')).toMatch(
			/not a VX expiry \(that month's is 2026-01-21\)/,
		);
		expect(
			messageFor(with_({ smile: { mode: 'quotes', atmVol: 0.2, put25Vol: 0.18, call25Vol: 0.15 } }), 'smile'),
		).toMatch(/SVI/);
		expect(
			messageFor(
				with_({ smile: { mode: 'quotes', atmVol: -0.1, put25Vol: 0.18, call25Vol: 0.15 } }),
				'smile.atmVol',
			),
		).toMatch(/ATM vol/);
		const arbitrage = with_({
			smile: { mode: 'raw', svi: { a: -0.041, b: 0.1331, rho: 0.306, m: 0.3586, sigma: 0.4153 } },
		});
		expect(fieldsOf(arbitrage)).toContain('smile.svi');
		expect(messageFor(with_({ rate: 3 }), 'rate')).toMatch(/at most 0.5/);
		expect(messageFor(with_({ valuationDate: '2026-02-30' }), 'valuationDate')).toMatch(/real date/);
	});

	it('lists every problem at once', () => {
		expect(fieldsOf({ ...base, spx: NaN, vix: -1, futures: [] })).toEqual(
			expect.arrayContaining(['spx', 'vix', 'futures']),
		);
	});

	it('never throws and never says NaN or undefined, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({ spx: fc.anything(), vix: fc.anything(), futures: fc.anything(), smile: fc.anything() }),
				),
				(junk) => {
					const problems = validateMarket(junk);
					expect(problems.length).toBeGreaterThan(0);
					for (const p of problems) expect(p.message).not.toMatch(/NaN|undefined/);
				},
			),
		);
		fc.assert(
			fc.property(
				fc.constantFrom('spx', 'vix', 'rate', 'vix3m', 'vixCallSkew'),
				fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.constant(-1e308), fc.string()),
				(key, value) => {
					const problems = validateMarket({ ...base, [key]: value });
					expect(problems.map((p) => p.field)).toContain(key);
					for (const p of problems) expect(p.message).not.toMatch(/NaN|undefined/);
				},
			),
		);
	});
});
