import { describe, expect, it } from 'vitest';
import { histogram, pnlStats, quantileSorted, sharedEdges, sortedCopy } from '../../../src/engine';

const opts = { antithetic: false, definedRiskUsd: 0, horizonDays: 30 };

describe('pnlStats', () => {
	it('five values by hand: mean, median, stdev, P(profit), VaR/CVaR (m = 1), worst, best', () => {
		const s = pnlStats(Float64Array.of(7, -3, 0, 2, -1), { ...opts, definedRiskUsd: 10, horizonDays: 73 });
		expect(s.mean).toBe(1);
		expect(s.median).toBe(0);
		// Deviations 6, −4, −1, 1, −2: squares 36 + 16 + 1 + 1 + 4 = 58 over n − 1 = 4.
		expect(s.stdev).toBeCloseTo(Math.sqrt(58 / 4), 14);
		expect(s.stdError).toBeCloseTo(Math.sqrt(58 / 4) / Math.sqrt(5), 14);
		expect(s.pProfit).toBe(0.4);
		expect(s.var95).toBe(3);
		expect(s.cvar95).toBe(3);
		expect([s.worst, s.best]).toEqual([-3, 7]);
		expect(s.annualizedReturnOnRisk).toBeCloseTo((1 / 10) * (365 / 73), 14);
		// Downside: (−3)², 0², (−1)² over all five values.
		expect(s.sortino).toBeCloseTo(1 / Math.sqrt(10 / 5), 14);
	});
	it('VaR95 is the m-th worst and CVaR95 the mean of the m worst, m = ⌈0.05·n⌉ (n = 60 → m = 3)', () => {
		const v = Float64Array.from({ length: 60 }, (_, i) => i - 10); // −10 … 49
		const s = pnlStats(v, opts);
		expect(s.var95).toBe(8);
		expect(s.cvar95).toBe(9);
		expect(s.median).toBe(19.5);
	});
	it('antithetic standard error comes from the pair means (i, i + n/2)', () => {
		// Pairs (1, 3), (5, −1), (2, 2), (0, 4): pair means 2, 2, 2, 2 — the estimator has no spread.
		const s = pnlStats(Float64Array.of(1, 5, 2, 0, 3, -1, 2, 4), { ...opts, antithetic: true });
		expect(s.stdError).toBe(0);
		expect(s.stdev).toBeGreaterThan(0);
		const t = pnlStats(Float64Array.of(1, 5, 2, 0, 3, -1, 2, 6), { ...opts, antithetic: true });
		// Pair means 2, 2, 2, 3: sample variance 0.25 over 4 pairs.
		expect(t.stdError).toBeCloseTo(Math.sqrt(0.25 / 4), 14);
	});
	it('is finite where a ratio is undefined: no loss → sortino null, no risk → annualized null', () => {
		const s = pnlStats(Float64Array.of(5, 5, 5), opts);
		expect(s.sortino).toBeNull();
		expect(s.annualizedReturnOnRisk).toBeNull();
		expect([s.stdev, s.stdError, s.var95, s.cvar95].every(Number.isFinite)).toBe(true);
		expect(pnlStats(Float64Array.of(-4), opts)).toMatchObject({ stdev: 0, stdError: 0, var95: 4, cvar95: 4 });
		expect(() => pnlStats(new Float64Array(0), opts)).toThrow(RangeError);
	});
});

describe('histogram and sharedEdges', () => {
	it('counts values per bin on shared edges, with the ends counted below and above', () => {
		const edges = Float64Array.of(0, 1, 2, 3);
		const h = histogram(Float64Array.of(-1, 0, 0.5, 1, 2.9, 3, 3.5), edges);
		expect(Array.from(h.counts)).toEqual([2, 1, 2]);
		expect([h.below, h.above]).toEqual([1, 1]);
	});
	it('spans the lowest 0.5 % and highest 99.5 % quantiles of the series', () => {
		const a = sortedCopy(Float64Array.from({ length: 201 }, (_, i) => i)); // 0 … 200
		const b = sortedCopy(Float64Array.from({ length: 201 }, (_, i) => 100 + i)); // 100 … 300
		const e = sharedEdges([a, b], 4);
		expect(e[0]).toBeCloseTo(quantileSorted(a, 0.005), 12);
		expect(e[4]).toBeCloseTo(quantileSorted(b, 0.995), 12);
		expect(quantileSorted(a, 0.005)).toBeCloseTo(1, 12);
		expect(e).toHaveLength(5);
		const flat = sharedEdges([Float64Array.of(3, 3)], 2);
		expect(Array.from(flat)).toEqual([2, 3, 4]);
	});
});
