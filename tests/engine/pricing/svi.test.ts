import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	sviImpliedVol,
	sviTotalVariance,
	sviTotalVarianceDerivatives,
	type SviParams,
} from '../../../src/engine/pricing/svi';

const params = fc.record({
	a: fc.double({ min: -0.05, max: 0.2, noNaN: true }),
	b: fc.double({ min: 0, max: 1, noNaN: true }),
	rho: fc.double({ min: -0.99, max: 0.99, noNaN: true }),
	m: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
	sigma: fc.double({ min: 0.01, max: 1, noNaN: true }),
});

describe('raw SVI', () => {
	it('sviTotalVariance with b = 0 is the flat level a', () => {
		const flat: SviParams = { a: 0.04, b: 0, rho: 0.3, m: 0.1, sigma: 0.2 };
		expect(sviTotalVariance(flat, -1)).toBe(0.04);
		expect(sviImpliedVol(flat, 0.7, 0.25)).toBeCloseTo(0.4, 15);
	});

	it('sviTotalVariance at the vertex k = m is a + bσ and its wings tend to slopes b(1 ± ρ)', () => {
		const p: SviParams = { a: 0.01, b: 0.2, rho: -0.6, m: 0.05, sigma: 0.1 };
		expect(sviTotalVariance(p, 0.05)).toBeCloseTo(0.01 + 0.2 * 0.1, 15);
		const slope = (k: number) => (sviTotalVariance(p, k + 1) - sviTotalVariance(p, k)) / 1;
		expect(slope(1e4)).toBeCloseTo(0.2 * (1 - 0.6), 6);
		expect(-slope(-1e4 - 1)).toBeCloseTo(0.2 * (1 + 0.6), 6);
	});

	it('sviTotalVariance matches a hand evaluation of Gatheral–Jacquier’s Vogt parameters', () => {
		// k = 0: −0.0410 + 0.1331·(−0.109732 + √(0.128594 + 0.172474)) = −0.0410 + 0.1331·0.438963 = 0.0174260
		const vogt: SviParams = { a: -0.041, b: 0.1331, rho: 0.306, m: 0.3586, sigma: 0.4153 };
		const byHand = -0.041 + 0.1331 * (0.306 * -0.3586 + Math.sqrt(0.3586 ** 2 + 0.4153 ** 2));
		expect(sviTotalVariance(vogt, 0)).toBeCloseTo(byHand, 15);
		expect(sviTotalVariance(vogt, 0)).toBeCloseTo(0.017426, 6);
	});

	it('sviTotalVarianceDerivatives agree with central finite differences of w (property)', () => {
		fc.assert(
			fc.property(params, fc.double({ min: -2, max: 2, noNaN: true }), (p, k) => {
				// w‴ grows like b/σ², so the step scales with σ: truncation h²w‴/6 stays below ~2e-7 for b ≤ 1.
				const h = 1e-3 * p.sigma;
				const w = (x: number) => sviTotalVariance(p, x);
				const d = sviTotalVarianceDerivatives(p, k);
				expect(d.w).toBe(w(k));
				const fd1 = (w(k + h) - w(k - h)) / (2 * h);
				expect(Math.abs(d.dwdk - fd1)).toBeLessThan(2e-6 * (1 + Math.abs(fd1)));
				const fd2 = (w(k + h) - 2 * w(k) + w(k - h)) / (h * h);
				expect(Math.abs(d.d2wdk2 - fd2)).toBeLessThan(1e-4 * (1 + Math.abs(fd2)));
			}),
			{ numRuns: 1000 },
		);
	});

	it('sviImpliedVol squares back to w/T (property)', () => {
		fc.assert(
			fc.property(params, fc.double({ min: -1, max: 1, noNaN: true }), (p, k) => {
				const w = sviTotalVariance(p, k);
				fc.pre(w > 0);
				expect(sviImpliedVol(p, k, 0.5) ** 2 * 0.5).toBeCloseTo(w, 14);
			}),
		);
	});

	it('sviImpliedVol rejects T ≤ 0, a non-finite k, a bad parameter and a negative variance', () => {
		const p: SviParams = { a: 0.04, b: 0.1, rho: -0.5, m: 0, sigma: 0.1 };
		expect(() => sviImpliedVol(p, 0, 0)).toThrow(/T must be/);
		expect(() => sviImpliedVol(p, Number.NaN, 1)).toThrow(/k must be/);
		expect(() => sviImpliedVol({ ...p, sigma: Number.NaN }, 0, 1)).toThrow(/p\.sigma/);
		expect(() => sviImpliedVol({ ...p, a: -1 }, 0, 1)).toThrow(/negative total variance/);
		expect(() => sviTotalVariance(null as unknown as SviParams, 0)).toThrow(/p must be/);
	});
});
