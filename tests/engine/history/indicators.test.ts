import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ema, termSpreadMacd, vixRsi } from '../../../src/engine/history';
import { seriesOnBusinessDays } from '../../fixtures/history';

const START = '2021-03-01';

describe('ema', () => {
	it('seeds with the mean of the first n values, then steps with α = 2/(n + 1)', () => {
		const { startRow, values } = ema([1, 2, 3, 4], 2);
		expect(startRow).toBe(1);
		// α = 2/3: 1.5, 1.5 + (3 − 1.5)·2/3 = 2.5, 2.5 + (4 − 2.5)·2/3 = 3.5.
		[1.5, 2.5, 3.5].forEach((x, k) => expect(values[k]).toBeCloseTo(x, 14));
	});
	it('equals the weighted-sum form (1 − α)^m·seed + Σ α(1 − α)^(t − j)·x_j', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 80 }),
				fc.integer({ min: 1, max: 30 }),
				(x, n) => {
					const { startRow, values } = ema(x, n);
					expect(startRow).toBe(Math.min(n - 1, x.length));
					expect(values).toHaveLength(Math.max(0, x.length - n + 1));
					const alpha = 2 / (n + 1);
					const seed = x.slice(0, n).reduce((s, v) => s + v, 0) / n;
					values.forEach((value, k) => {
						const t = n - 1 + k;
						let direct = (1 - alpha) ** k * seed;
						for (let j = n; j <= t; j++) direct += alpha * (1 - alpha) ** (t - j) * x[j];
						expect(value).toBeCloseTo(direct, 9);
					});
				},
			),
		);
	});
	it('lags a straight line by exactly b·(n − 1)/2 from its first value (the seed has the same lag)', () => {
		const line = Array.from({ length: 60 }, (_, t) => 3 + 0.25 * t);
		const { startRow, values } = ema(line, 12);
		values.forEach((v, k) => expect(v).toBeCloseTo(line[startRow + k] - (0.25 * 11) / 2, 12));
	});
	it('refuses a span that is not a positive integer', () => {
		expect(() => ema([1, 2], 0)).toThrow(RangeError);
		expect(() => ema([1, 2], 2.5)).toThrow(RangeError);
	});
});

describe('termSpreadMacd', () => {
	const pair = (vix: number[], vix3m: number[]) =>
		[seriesOnBusinessDays('VIX', START, vix), seriesOnBusinessDays('VIX3M', START, vix3m)] as const;
	it('on a spread rising b a day: line = signal = 7b (lag 12.5b − 5.5b), histogram 0', () => {
		const n = 80;
		const [vix, vix3m] = pair(
			Array.from({ length: n }, () => 20),
			Array.from({ length: n }, (_, t) => 20.5 + 0.1 * t),
		);
		const macd = termSpreadMacd(vix, vix3m);
		expect([macd.line.startRow, macd.signal.startRow, macd.histogram.startRow]).toEqual([25, 33, 33]);
		expect([macd.line.values.length, macd.signal.values.length, macd.histogram.values.length]).toEqual([
			55, 47, 47,
		]);
		expect(macd.spreadPts[3]).toBeCloseTo(0.8, 12);
		macd.line.values.forEach((v) => expect(v).toBeCloseTo(0.7, 10));
		macd.signal.values.forEach((v) => expect(v).toBeCloseTo(0.7, 10));
		macd.histogram.values.forEach((v) => expect(v).toBeCloseTo(0, 10));
	});
	it('has no value, and no NaN, while there are too few days', () => {
		for (const n of [0, 5, 25, 26, 33]) {
			const [vix, vix3m] = pair(Array(n).fill(20), Array(n).fill(22));
			const macd = termSpreadMacd(vix, vix3m);
			expect(macd.line.startRow + macd.line.values.length).toBe(n);
			expect(macd.signal.startRow + macd.signal.values.length).toBe(n);
			expect(macd.histogram.values.length).toBe(macd.signal.values.length);
		}
	});
	it('is finite everywhere on any positive closes', () => {
		const closes = fc.array(fc.double({ min: 9, max: 90, noNaN: true }), { minLength: 0, maxLength: 60 });
		fc.assert(
			fc.property(closes, closes, (a, b) => {
				const n = Math.min(a.length, b.length);
				const macd = termSpreadMacd(...pair(a.slice(0, n), b.slice(0, n)));
				for (const part of [macd.spreadPts, macd.line.values, macd.signal.values, macd.histogram.values]) {
					expect(part.every(Number.isFinite)).toBe(true);
				}
			}),
		);
	});
	it('refuses a fast span not below the slow one', () => {
		const [vix, vix3m] = pair([20], [22]);
		expect(() => termSpreadMacd(vix, vix3m, { fast: 26, slow: 12, signal: 9 })).toThrow(RangeError);
	});
});

describe('vixRsi', () => {
	it('starts at the 15th close with the classic worked example (≈ 70.53)', () => {
		const closes = [
			44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
		];
		const rsi = vixRsi(seriesOnBusinessDays('VIX', START, closes));
		expect(rsi.startRow).toBe(14);
		expect(rsi.values).toHaveLength(1);
		expect(rsi.values[0]).toBeCloseTo(100 - 100 / (1 + 3.34 / 1.4), 9);
	});
	it('has no value with 14 closes or fewer', () => {
		expect(vixRsi(seriesOnBusinessDays('VIX', START, Array(14).fill(15)))).toEqual({
			startRow: 14,
			values: new Float64Array(0),
		});
	});
});
