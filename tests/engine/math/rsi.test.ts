import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilderRsi } from '../../../src/engine';
import { wilderRsiSeries } from '../../../src/engine/math/rsi';

describe('wilderRsi', () => {
	it('matches the classic worked example (published 70.53 from rounded averages 0.24 / 0.10)', () => {
		const closes = [
			44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
		];
		// Ups sum to 3.34 − … by hand: gains 0.06 + 0.72 + 0.50 + 0.27 + 0.32 + 0.42 + 0.24 + 0.14 + 0.67 = 3.34,
		// losses 0.25 + 0.54 + 0.19 + 0.42 = 1.40; RSI = 100 − 100/(1 + 3.34/1.40).
		expect(wilderRsi(closes)).toBeCloseTo(100 - 100 / (1 + 3.34 / 1.4), 9);
		expect(Math.abs(wilderRsi(closes)! - 70.53)).toBeLessThan(0.1);
	});
	it('smooths later changes the Wilder way: hand-computed second value', () => {
		const closes = [
			44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
			46.0,
		];
		// First averages from the changes, then one Wilder smoothing step with the −0.28 change.
		const changes = closes.slice(1).map((c, i) => c - closes[i]);
		const g0 = changes.slice(0, 14).reduce((s, d) => s + Math.max(d, 0), 0) / 14;
		const l0 = changes.slice(0, 14).reduce((s, d) => s + Math.max(-d, 0), 0) / 14;
		const g1 = (g0 * 13) / 14;
		const l1 = (l0 * 13 + 0.28) / 14;
		expect(wilderRsi(closes)).toBeCloseTo(100 - 100 / (1 + g1 / l1), 9);
	});
	it('is 100 with only gains, 0 with only losses, 50 when flat, null with too few closes', () => {
		expect(wilderRsi(Array.from({ length: 20 }, (_, i) => 10 + i))).toBe(100);
		expect(wilderRsi(Array.from({ length: 20 }, (_, i) => 30 - i))).toBe(0);
		expect(wilderRsi(Array(20).fill(15))).toBe(50);
		expect(wilderRsi([1, 2, 3])).toBeNull();
	});
});

describe('wilderRsiSeries', () => {
	it('gives [100, 50] on 1, 2, 3, 2 with n = 2 (two up days, then one down day of the same size)', () => {
		// Averages after the seed: gain 1, loss 0 → 100; then gain (1 + 0)/2 = loss (0 + 1)/2 → 50.
		expect([...wilderRsiSeries([1, 2, 3, 2], 2)]).toEqual([100, 50]);
	});
	it('is empty with n closes or fewer', () => {
		expect(wilderRsiSeries([1, 2, 3], 3)).toHaveLength(0);
		expect(wilderRsiSeries([], 14)).toHaveLength(0);
	});
	it('entry k equals wilderRsi of the first n + k + 1 closes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 5, max: 90, noNaN: true }), { minLength: 0, maxLength: 60 }),
				fc.integer({ min: 1, max: 20 }),
				(closes, n) => {
					const series = wilderRsiSeries(closes, n);
					expect(series).toHaveLength(Math.max(0, closes.length - n));
					series.forEach((rsi, k) => expect(rsi).toBe(wilderRsi(closes.slice(0, n + k + 1), n)));
				},
			),
		);
	});
});
