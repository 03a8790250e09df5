import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Greeks,
	checkCondorStrikes,
	condorPayoffAtExpiry,
	condorReadout,
	condorStrikes,
	condorValue,
	fitSviFromQuotes,
	normCdf,
	sviImpliedVol,
	type ExpiryMarket,
} from '../../../src/engine';

const flat = (F: number, T: number, vol: number, r = 0.04): ExpiryMarket => ({ F, T, r, volAt: () => vol });
const smiled = (F: number, T: number): ExpiryMarket => {
	const svi = fitSviFromQuotes({ T, forward: F, atmVol: 0.14, put25Vol: 0.19, call25Vol: 0.115 });
	return { F, T, r: 0.04, volAt: (K) => sviImpliedVol(svi, Math.log(K / F), T) };
};

describe('condorStrikes by delta', () => {
	it('puts each short strike on the grid point whose smile delta is nearest 16Δ', () => {
		const m = smiled(7000, 45 / 365);
		const k = condorStrikes(
			{
				shorts: { mode: 'delta', putDelta: 0.16, callDelta: 0.16 },
				wings: { mode: 'width', width: 50 },
				qty: 1,
			},
			m,
		);
		// Independent check with black76Greeks: forward delta = discounted delta / e^{−rT}.
		const fwdDelta = (kind: 'call' | 'put', K: number) =>
			black76Greeks(kind, m.F, K, m.T, m.r, m.volAt(K)).delta / Math.exp(-m.r * m.T);
		for (const [kind, K] of [
			['put', k.shortPut],
			['call', k.shortCall],
		] as const) {
			const miss = (x: number) => Math.abs(Math.abs(fwdDelta(kind, x)) - 0.16);
			expect(miss(K)).toBeLessThanOrEqual(miss(K - 5) + 1e-12);
			expect(miss(K)).toBeLessThanOrEqual(miss(K + 5) + 1e-12);
		}
		expect(k.longPut).toBe(k.shortPut - 50);
		expect(k.longCall).toBe(k.shortCall + 50);
		// The skew puts the 16Δ put further from the forward than the 16Δ call.
		expect(m.F - k.shortPut).toBeGreaterThan(k.shortCall - m.F);
	});
});

describe('condorValue', () => {
	it('stays within [0, width] for any strikes, time and smile level', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 20 }),
				fc.double({ min: 1 / 365, max: 1, noNaN: true }),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				(a, b, w, T, vol) => {
					const k = {
						longPut: 7000 - 5 * a - 5 * w,
						shortPut: 7000 - 5 * a,
						shortCall: 7000 + 5 * b,
						longCall: 7000 + 5 * b + 5 * w,
					};
					const v = condorValue(k, flat(7000, T, vol));
					expect(v).toBeGreaterThanOrEqual(-1e-9);
					expect(v).toBeLessThanOrEqual(5 * w + 1e-9);
				},
			),
		);
	});
	it('at expiry equals the intrinsic value of the two spreads, so P&L equals the payoff formula', () => {
		const k = { longPut: 6500, shortPut: 6550, shortCall: 7300, longCall: 7350 };
		const credit = 4.2;
		for (const S of [6400, 6520, 6600, 7000, 7310, 7400]) {
			const closing = condorValue(k, flat(S, 1e-12, 0.2, 0));
			const handPayoff =
				credit - (S < 6550 ? Math.min(6550 - S, 50) : 0) - (S > 7300 ? Math.min(S - 7300, 50) : 0);
			expect(credit - closing).toBeCloseTo(handPayoff, 9);
			expect(condorPayoffAtExpiry(k, credit, S)).toBeCloseTo(handPayoff, 12);
		}
	});
});

describe('condorReadout', () => {
	const m = flat(7000, 45 / 365, 0.15);
	const r = condorReadout(
		{ shorts: { mode: 'strike', put: 6600, call: 7300 }, wings: { mode: 'width', width: 50 }, qty: 2 },
		m,
	);
	it('has max loss = width·100·qty − credit and payoff zero at the break-evens', () => {
		expect(r.maxLossUsd).toBeCloseTo(50 * 100 * 2 - r.creditUsd, 9);
		expect(r.maxProfitUsd).toBe(r.creditUsd);
		for (const be of r.breakEvens) expect(condorPayoffAtExpiry(r.strikes, r.creditPts, be)).toBeCloseTo(0, 9);
	});
	it('gives the lognormal probability of profit under a flat smile: N(d2(lower)) − N(d2(upper))', () => {
		const s = 0.15 * Math.sqrt(45 / 365);
		const pAbove = (K: number) => normCdf((Math.log(7000 / K) - 0.5 * s * s) / s);
		expect(r.probabilityOfProfit).toBeCloseTo(pAbove(r.breakEvens[0]) - pAbove(r.breakEvens[1]), 6);
	});
	it('reports the expected move F·σ·√T and short-vega, long-theta greeks', () => {
		expect(r.expectedMovePts).toBeCloseTo(7000 * 0.15 * Math.sqrt(45 / 365), 9);
		expect(r.vegaUsdPerVolPt).toBeLessThan(0);
		expect(r.thetaUsdPerDay).toBeGreaterThan(0);
		const allNumbers = Object.values(r).flatMap((v) => (typeof v === 'number' ? [v] : []));
		allNumbers.forEach((x) => expect(Number.isFinite(x)).toBe(true));
	});
	it('rejects a fractional or zero quantity', () => {
		expect(() =>
			condorReadout(
				{
					...r,
					shorts: { mode: 'strike', put: 6600, call: 7300 },
					wings: { mode: 'width', width: 50 },
					qty: 0,
				},
				m,
			),
		).toThrow(/qty/);
	});
});

describe('checkCondorStrikes', () => {
	it('reports strikes out of order and off the grid', () => {
		const problems = checkCondorStrikes({ longPut: 6600, shortPut: 6550, shortCall: 7302, longCall: 7350 });
		expect(problems.map((p) => p.field)).toEqual(['shortCall', 'strikes']);
		expect(problems[0].message).toMatch(/off the 5-point SPX grid/);
	});
	it('rejects a wing wider than the chain', () => {
		const spec = {
			shorts: { mode: 'strike' as const, put: 100, call: 7300 },
			wings: { mode: 'width' as const, width: 200 },
			qty: 1,
		};
		expect(() => condorStrikes(spec, flat(7000, 0.1, 0.15))).toThrow(/wider than the chain/);
	});
	it('makes crossing deltas a clear error', () => {
		expect(() =>
			condorStrikes(
				{
					shorts: { mode: 'delta', putDelta: 0.6, callDelta: 0.6 },
					wings: { mode: 'width', width: 50 },
					qty: 1,
				},
				flat(7000, 0.1, 0.15),
			),
		).toThrow(/in order/);
	});
});
