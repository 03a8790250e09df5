import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Greeks,
	black76Price,
	bsmPrice,
	impliedVolBlack76,
	impliedVolBlack76Batch,
	impliedVolBsm,
	type OptionKind,
} from '../../../src/engine';

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
