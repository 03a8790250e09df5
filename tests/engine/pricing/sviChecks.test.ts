import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SviParams } from '../../../src/engine/pricing/svi';
import { sviTotalVariance } from '../../../src/engine/pricing/svi';
import { black76Price } from '../../../src/engine/pricing/black76';
import { checkSviParams, sviButterflyCheck, sviDurrlemanG } from '../../../src/engine/pricing/sviChecks';

/** Axel Vogt's parameters (Gatheral–Jacquier 2014, "Arbitrage-free SVI volatility surfaces", §3, T = 1). */
const VOGT: SviParams = { a: -0.041, b: 0.1331, rho: 0.306, m: 0.3586, sigma: 0.4153 };
/** An SPX-like smile: ρ < 0, gentle wings. */
const CALM: SviParams = { a: 0.04, b: 0.1, rho: -0.5, m: 0, sigma: 0.2 };

/** g(k) from finite differences of w alone — independent of the closed-form derivatives. */
function gByFiniteDifferences(p: SviParams, k: number): number {
	const h = 1e-4;
	const w = sviTotalVariance(p, k);
	const w1 = (sviTotalVariance(p, k + h) - sviTotalVariance(p, k - h)) / (2 * h);
	const w2 = (sviTotalVariance(p, k + h) - 2 * w + sviTotalVariance(p, k - h)) / (h * h);
	return (1 - (k * w1) / (2 * w)) ** 2 - ((w1 * w1) / 4) * (1 / w + 1 / 4) + w2 / 2;
}

describe('checkSviParams', () => {
	it('checkSviParams returns no problems for sane parameters (and for Vogt’s, which only fail the butterfly)', () => {
		expect(checkSviParams(CALM)).toEqual([]);
		expect(checkSviParams(VOGT)).toEqual([]);
	});

	it.each([
		[{ b: -0.1 }, 'b-negative'],
		[{ rho: 1 }, 'rho-range'],
		[{ rho: -1.2 }, 'rho-range'],
		[{ sigma: 0 }, 'sigma-positive'],
		[{ a: -0.1 }, 'negative-variance'],
		[{ b: 3, rho: 0.5 }, 'slope-bound'],
		[{ m: Number.POSITIVE_INFINITY }, 'not-finite'],
	] as [Partial<SviParams>, string][])('checkSviParams(%o) reports %s with a message', (change, code) => {
		const problems = checkSviParams({ ...CALM, ...change });
		expect(problems.map((p) => p.code)).toContain(code);
		expect(problems.every((p) => p.message.length > 10)).toBe(true);
	});

	it('checkSviParams flags negative-variance exactly when min_k w(k) < 0 (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -0.1, max: 0.05, noNaN: true }),
				fc.double({ min: 0.01, max: 0.5, noNaN: true }),
				fc.double({ min: -0.95, max: 0.95, noNaN: true }),
				fc.double({ min: 0.01, max: 0.5, noNaN: true }),
				(a, b, rho, sigma) => {
					const p = { a, b, rho, m: 0, sigma };
					// The minimum sits at k* = −ρσ/√(1−ρ²); scan a fine grid around it instead of trusting that.
					let minW = Infinity;
					for (let k = -5; k <= 5; k += 0.001) minW = Math.min(minW, sviTotalVariance(p, k));
					// The 0.001 grid overshoots the true minimum by at most w″·Δk²/8 ≤ 50·1e-6/8.
					fc.pre(Math.abs(minW) > 1e-5);
					const flagged = checkSviParams(p).some((x) => x.code === 'negative-variance');
					expect(flagged).toBe(minW < 0);
				},
			),
			{ numRuns: 40 },
		);
	});
});

describe('Durrleman butterfly check', () => {
	it('sviDurrlemanG matches g built from finite differences of w (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: -1.5, max: 1.5, noNaN: true }), (k) => {
				expect(sviDurrlemanG(VOGT, k)).toBeCloseTo(gByFiniteDifferences(VOGT, k), 5);
				expect(sviDurrlemanG(CALM, k)).toBeCloseTo(gByFiniteDifferences(CALM, k), 5);
			}),
		);
	});

	it('sviDurrlemanG is 1 for a flat smile (lognormal density) and −Infinity where w ≤ 0', () => {
		expect(sviDurrlemanG({ a: 0.04, b: 0, rho: 0, m: 0, sigma: 0.1 }, 0.8)).toBe(1);
		expect(sviDurrlemanG({ ...CALM, a: -1 }, 0)).toBe(-Infinity);
	});

	it('sviButterflyCheck finds the arbitrage in Vogt’s example near k ≈ 0.9, with a readable message', () => {
		const result = sviButterflyCheck(VOGT);
		expect(result.ok).toBe(false);
		expect(result.worstG).toBeLessThan(0);
		expect(result.worstK).toBeGreaterThan(0.6);
		expect(result.worstK).toBeLessThan(1.3);
		expect(result.message).toMatch(/butterfly arbitrage near k = 0\.\d\d \(strike ≈ \d+ % of the forward\)/);
	});

	it('sviButterflyCheck passes the calm smile', () => {
		const result = sviButterflyCheck(CALM);
		expect(result.ok).toBe(true);
		expect(result.worstG).toBeGreaterThan(0);
	});

	it('sviButterflyCheck writes a negative k with a typographic minus and the strike as % of forward', () => {
		// Mirror Vogt's smile (k → −k): the arbitrage moves to k ≈ −0.9, strike ≈ e^−0.9 ≈ 41 % of the forward.
		const mirrored = { ...VOGT, rho: -VOGT.rho, m: -VOGT.m };
		const result = sviButterflyCheck(mirrored);
		expect(result.ok).toBe(false);
		expect(result.message).toContain('near k = −0.');
		expect(result.message).toContain(`${Math.round(Math.exp(result.worstK) * 100)} % of the forward`);
	});

	it('sviButterflyCheck rejects a wing steeper than Lee’s bound 2 even when g ≥ 0 on the grid', () => {
		// Right slope b(1+ρ) = 2.2; on a grid stopping at k = 1 the density is still positive.
		const steep: SviParams = { a: 0.04, b: 1.375, rho: 0.6, m: 0, sigma: 1 };
		const grid = Array.from({ length: 21 }, (_, i) => -1 + i / 10);
		expect(grid.every((k) => sviDurrlemanG(steep, k) >= 0)).toBe(true);
		const result = sviButterflyCheck(steep, grid);
		expect(result.ok).toBe(false);
		expect(result.message).toMatch(/right wing is too steep/);
		expect(result.worstG).toBeCloseTo(0.25 - 2.2 ** 2 / 16, 12);
	});

	it('sviButterflyCheck rejects an empty or non-finite grid', () => {
		expect(() => sviButterflyCheck(CALM, [])).toThrow(/grid/);
		expect(() => sviButterflyCheck(CALM, [0, Number.NaN])).toThrow(/grid/);
	});
});

describe('butterfly check against Black-76 prices', () => {
	/** Undiscounted call price on F = 1, T = 1 with the smile's vol at K. */
	const call = (p: SviParams, K: number) =>
		black76Price('call', 1, K, 1, 0, Math.sqrt(sviTotalVariance(p, Math.log(K))));

	it('sviDurrlemanG equals K·∂²C/∂K² · √(2πw)·e^{d₋²/2} from finite differences of Black-76 prices', () => {
		for (const p of [CALM, VOGT]) {
			for (const k of [-0.8, -0.3, 0, 0.4, 0.9, 1.2]) {
				const K = Math.exp(k);
				const h = 1e-3 * K;
				const density = (call(p, K + h) - 2 * call(p, K) + call(p, K - h)) / (h * h);
				const w = sviTotalVariance(p, k);
				const dMinus = -k / Math.sqrt(w) - Math.sqrt(w) / 2;
				const gFromPrices = K * density * Math.sqrt(2 * Math.PI * w) * Math.exp((dMinus * dMinus) / 2);
				expect(sviDurrlemanG(p, k)).toBeCloseTo(gFromPrices, 4);
			}
		}
	});

	it('sviButterflyCheck’s worst point in Vogt’s smile is a butterfly with a negative price', () => {
		const K = Math.exp(sviButterflyCheck(VOGT).worstK);
		const h = 0.02 * K;
		expect(call(VOGT, K - h) - 2 * call(VOGT, K) + call(VOGT, K + h)).toBeLessThan(0);
	});

	it('sviButterflyCheck(ok) smiles have non-negative butterflies across strikes 20 %–500 % of the forward', () => {
		for (const p of [CALM, { a: 0.002, b: 0.06, rho: -0.6, m: 0.02, sigma: 0.1 }]) {
			expect(sviButterflyCheck(p).ok).toBe(true);
			for (let k = -1.6; k <= 1.6; k += 0.05) {
				const K = Math.exp(k);
				const h = 0.01 * K;
				expect(call(p, K - h) - 2 * call(p, K) + call(p, K + h)).toBeGreaterThanOrEqual(-1e-14);
			}
		}
	});
});
