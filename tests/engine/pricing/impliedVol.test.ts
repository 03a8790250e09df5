import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Greeks,
	black76Price,
	bsmPrice,
	normCdf,
	normalisedImpliedVol,
	impliedVolBlack76,
	impliedVolBlack76Batch,
	impliedVolBsm,
	type OptionKind,
} from '../../../src/engine';
import { normalisedCall } from '../../../src/engine/pricing/normalisedCall';

describe('impliedVolBlack76', () => {
	it('recovers 0.30 to 1e-8 on the QuantLib Black forward grid (F=100, T=1.7, r=0.10, K 50…300)', () => {
		for (let K = 50; K <= 300; K += 10)
			for (const kind of ['call', 'put'] as const) {
				const price = black76Price(kind, 100, K, 1.7, 0.1, 0.3);
				expect(Math.abs(impliedVolBlack76(kind, price, 100, K, 1.7, 0.1) - 0.3), `${kind} ${K}`).toBeLessThan(
					1e-8,
				);
			}
	});

	it('inverts black76Price on a wide grid including the tails, wherever the time value is representable', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<OptionKind>('call', 'put'),
				fc.double({ min: -3, max: 3, noNaN: true }),
				fc.double({ min: 1 / 365, max: 5, noNaN: true }),
				fc.double({ min: 0.01, max: 3, noNaN: true }),
				(kind, x, T, vol) => {
					const F = 100;
					const K = F * Math.exp(-x);
					const price = black76Price(kind, F, K, T, 0.03, vol);
					const intrinsic = Math.exp(-0.03 * T) * Math.max(kind === 'call' ? F - K : K - F, 0);
					const vega = black76Greeks(kind, F, K, T, 0.03, vol).vega;
					// Only where the price carries the vol: time value above rounding noise, and a vega that lets
					// one ulp of the price move the vol by less than the tolerance.
					fc.pre(price - intrinsic > 1e-9 * Math.max(F, K) && (4e-16 * Math.max(F, K)) / vega < 1e-11);
					const implied = impliedVolBlack76(kind, price, F, K, T, 0.03);
					expect(Math.abs(implied - vol)).toBeLessThan(1e-9);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('solves tiny far-OTM prices (down to 1e-12) to full accuracy', () => {
		// Far out of the money the price is exponentially small; the log-space iteration keeps full relative accuracy.
		for (const [K, T, vol] of [
			[300, 0.1, 0.5],
			[150, 0.05, 0.3],
			[200, 0.1, 0.4],
		]) {
			const price = black76Price('call', 100, K, T, 0, vol);
			expect(price).toBeLessThan(1e-7);
			expect(Math.abs(impliedVolBlack76('call', price, 100, K, T, 0) - vol)).toBeLessThan(1e-13);
		}
	});

	it('returns 0 at the intrinsic value and rejects prices outside the bounds with the bounds', () => {
		expect(impliedVolBlack76('call', 10, 110, 100, 1, 0)).toBe(0);
		expect(() => impliedVolBlack76('call', 5, 110, 100, 1, 0)).toThrow(
			/below|outside the no-arbitrage bounds \[10, 110\)/,
		);
		expect(() => impliedVolBlack76('put', 100, 90, 100, 1, 0)).toThrow(
			/outside the no-arbitrage bounds \[10, 100\)/,
		);
		expect(() => impliedVolBlack76('call', -1, 100, 100, 1, 0)).toThrow(/price must/);
		expect(() => impliedVolBlack76('call', 1, 100, 100, 0, 0)).toThrow(/T must/);
	});
});

describe('impliedVolBsm', () => {
	it('recovers the Haug and Merton vols from their published prices', () => {
		expect(
			impliedVolBsm('call', bsmPrice('call', 60, 65, 0.25, 0.08, 0, 0.3), 60, 65, 0.25, 0.08, 0),
		).toBeCloseTo(0.3, 12);
		expect(impliedVolBsm('put', 2.4648, 100, 95, 0.5, 0.1, 0.05)).toBeCloseTo(0.2, 4);
	});
});

describe('impliedVolBlack76Batch', () => {
	it('matches the scalar solver and gives NaN outside the bounds', () => {
		const F = Float64Array.of(100, 100, 100);
		const K = Float64Array.of(90, 120, 100);
		const T = Float64Array.of(0.5, 0.5, 0.5);
		const r = Float64Array.of(0.02, 0.02, 0.02);
		const isCall = Uint8Array.of(1, 0, 1);
		const price = Float64Array.of(
			black76Price('call', 100, 90, 0.5, 0.02, 0.25),
			black76Price('put', 100, 120, 0.5, 0.02, 0.4),
			500,
		);
		const out = impliedVolBlack76Batch(isCall, price, F, K, T, r);
		expect(out[0]).toBeCloseTo(0.25, 12);
		expect(out[1]).toBeCloseTo(0.4, 12);
		expect(out[2]).toBeNaN();
	});
});

describe('normalisedImpliedVol', () => {
	it('recovers s in each of the four branches (lowest, below and above the inflection, highest)', () => {
		for (const x of [-3, -1, -0.1, -1e-4]) {
			const sc = Math.sqrt(-2 * x);
			// s_c ± a little straddles the inflection; sc + 4 is in the highest branch for every x here.
			for (const s of [0.05 * sc, 0.3 * sc, 0.9 * sc, 1.1 * sc, 2 * sc + 0.5, sc + 4]) {
				const beta = normalisedCall(x, s);
				expect(Math.abs(normalisedImpliedVol(x, beta) / s - 1), `x = ${x}, s = ${s}`).toBeLessThan(1e-12);
			}
		}
	});
	it('at the money inverts b = 2N(s/2) − 1 (checked with normCdf)', () => {
		for (const s of [1e-6, 0.01, 0.3, 2, 6]) {
			const beta = 2 * normCdf(s / 2) - 1;
			expect(Math.abs(normalisedImpliedVol(0, beta) / s - 1), `s = ${s}`).toBeLessThan(
				s < 1e-3 ? 1e-9 : 1e-13,
			);
		}
	});
	it('gives 0 for a zero price and NaN at or above the supremum e^{x/2}', () => {
		expect(normalisedImpliedVol(-1, 0)).toBe(0);
		expect(normalisedImpliedVol(-1, Math.exp(-0.5))).toBeNaN();
		expect(normalisedImpliedVol(-1, 0.7)).toBeNaN();
	});
	it('solves prices far below double-precision underflow of b·F (b down to 1e-300)', () => {
		for (const [x, s] of [
			[-5, 0.15],
			[-10, 0.3],
			[-1, 0.0275],
		]) {
			const beta = normalisedCall(x, s);
			expect(beta).toBeGreaterThan(0);
			expect(beta).toBeLessThan(1e-100);
			expect(Math.abs(normalisedImpliedVol(x, beta) / s - 1)).toBeLessThan(1e-12);
		}
	});
});

describe('implied vol on SPX-like tuples (docs/bench.md, Budgets: error ≤ 1e-10, no failures)', () => {
	it('recovers σ to 1e-10 for 20,000 seeded tuples with at least 1¢ of time value, puts and calls', () => {
		// Deterministic spread: forwards 3,000–7,000, a day to 2 years, strikes within ±3 standard deviations
		// on the 5-point grid, vols 8 %–90 %, rates 0–6 %.
		let seed = 12345;
		const u = () => {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return seed / 4294967296;
		};
		let solved = 0;
		for (let i = 0; i < 20000; i++) {
			const F = 3000 + 4000 * u();
			const T = 1 / 365 + 2 * u();
			const vol = 0.08 + 0.82 * u() ** 2;
			const r = 0.06 * u();
			const K = Math.max(5, Math.round((F * Math.exp((6 * u() - 3) * vol * Math.sqrt(T))) / 5) * 5);
			const kind: OptionKind = u() < 0.5 ? 'call' : 'put';
			const price = black76Price(kind, F, K, T, r, vol);
			const intrinsic = Math.exp(-r * T) * Math.max(kind === 'call' ? F - K : K - F, 0);
			if (price - intrinsic < 0.01) continue;
			solved++;
			const implied = impliedVolBlack76(kind, price, F, K, T, r);
			if (!(Math.abs(implied - vol) <= 1e-10))
				expect.fail(`${kind} F=${F} K=${K} T=${T} r=${r} σ=${vol}: ${implied}`);
		}
		expect(solved).toBeGreaterThan(15000);
	});
});

describe('edge cases', () => {
	it('deep in the money: the time value left after parity is still inverted', () => {
		const price = black76Price('call', 100, 60, 0.5, 0.02, 0.4);
		expect(impliedVolBlack76('call', price, 100, 60, 0.5, 0.02)).toBeCloseTo(0.4, 9);
		const put = black76Price('put', 100, 160, 0.5, 0.02, 0.4);
		expect(impliedVolBlack76('put', put, 100, 160, 0.5, 0.02)).toBeCloseTo(0.4, 9);
	});
	it('a time value that rounds away gives 0, not an error', () => {
		// Deep ITM with T tiny: the price is the intrinsic value to the last bit.
		const intrinsic = Math.exp(-0.02 / 365) * 40;
		expect(impliedVolBlack76('call', intrinsic, 100, 60, 1 / 365, 0.02)).toBe(0);
	});
	it('rejects NaN, infinite and non-positive inputs naming the argument', () => {
		expect(() => impliedVolBlack76('call', NaN, 100, 100, 1, 0)).toThrow(/price must/);
		expect(() => impliedVolBlack76('call', 5, NaN, 100, 1, 0)).toThrow(/F must/);
		expect(() => impliedVolBlack76('call', 5, 100, -1, 1, 0)).toThrow(/K must/);
		expect(() => impliedVolBlack76('call', 5, 100, 100, Infinity, 0)).toThrow(/T must/);
		expect(() => impliedVolBlack76('call', 5, 100, 100, 1, NaN)).toThrow(/r must/);
		expect(() => impliedVolBlack76('straddle' as OptionKind, 5, 100, 100, 1, 0)).toThrow(/kind must/);
		expect(() => impliedVolBsm('call', 5, 0, 100, 1, 0, 0)).toThrow(/S must/);
		expect(() => impliedVolBsm('call', 5, 100, 100, 1, 0, NaN)).toThrow(/q must/);
	});
	it('impliedVolBsm inverts bsmPrice with a dividend yield, in and out of the money', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<OptionKind>('call', 'put'),
				fc.double({ min: -1, max: 1, noNaN: true }),
				fc.double({ min: 0.05, max: 3, noNaN: true }),
				fc.double({ min: 0.05, max: 1.5, noNaN: true }),
				(kind, m, T, vol) => {
					const S = 100;
					const K = S * Math.exp(m);
					const price = bsmPrice(kind, S, K, T, 0.04, 0.015, vol);
					const intrinsic =
						Math.exp(-0.04 * T) * Math.max((kind === 'call' ? 1 : -1) * (S * Math.exp(0.025 * T) - K), 0);
					fc.pre(price - intrinsic > 1e-6);
					expect(impliedVolBsm(kind, price, S, K, T, 0.04, 0.015)).toBeCloseTo(vol, 8);
				},
			),
		);
	});
});
