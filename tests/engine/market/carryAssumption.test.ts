import { describe, expect, it } from 'vitest';
import { MARKET_PRESETS, carryOn, closingMarket } from '../../../src/engine';

describe('carryOn(date)', () => {
	it('gives every dated preset the rate and dividend yield it has always carried', () => {
		const expected: Record<string, [number, number]> = {
			'2017-11-03': [0.012, 0.019],
			'2018-02-05': [0.015, 0.018],
			'2020-03-16': [0.003, 0.02],
			'2022-10-12': [0.038, 0.017],
			'2024-08-02': [0.052, 0.014],
			'2025-04-04': [0.043, 0.013],
			'2026-01-09': [0.036, 0.012],
		};
		for (const [date, [rate, q]] of Object.entries(expected))
			expect(carryOn(date)).toEqual({ rate, dividendYield: q });
		for (const p of MARKET_PRESETS.filter((p) => !p.synthetic))
			expect(carryOn(p.date)).toEqual({ rate: p.market.rate, dividendYield: p.market.dividendYield });
	});
	it('is linear between anchors, rounded to 0.01 %: 2016-07-01 lies 179 of 361 days from 2016-01-04 to 2016-12-30', () => {
		// 0.002 + 179/361 × 0.003 = 0.003488 → 0.0035; 0.022 − 179/361 × 0.002 = 0.021008 → 0.021.
		expect(carryOn('2016-07-01')).toEqual({ rate: 0.0035, dividendYield: 0.021 });
	});
	it('is flat before the first and after the last anchor, and stays within 0–6 % everywhere', () => {
		expect(carryOn('1990-01-02')).toEqual(carryOn('2009-01-02'));
		expect(carryOn('2030-06-01')).toEqual(carryOn('2026-01-09'));
		for (let y = 2009; y <= 2026; y++)
			for (const md of ['01-15', '04-15', '07-15', '10-15']) {
				const c = carryOn(`${y}-${md}`);
				expect(c.rate).toBeGreaterThanOrEqual(0);
				expect(c.rate).toBeLessThanOrEqual(0.06);
				expect(c.dividendYield).toBeGreaterThan(0.01);
				expect(c.dividendYield).toBeLessThanOrEqual(0.03);
			}
	});
});

describe('closingMarket(close)', () => {
	it('builds the dated presets: the 2018-02-05 preset is the close of its facts', () => {
		const preset = MARKET_PRESETS.find((p) => p.id === 'volmageddon-2018')!.market;
		const built = closingMarket({
			date: '2018-02-05',
			spx: 2648.94,
			vix: 37.32,
			vix3m: 28.13,
			futures: preset.futures,
			priorVixCloses: preset.recentVixCloses.slice(0, -1),
		});
		expect(built).toEqual(preset);
		expect(built.recentVixCloses.at(-1)).toBe(37.32);
		expect(built.valuationMinutesEt).toBe(960);
	});
	it('carries no recent closes when none are known', () => {
		const m = closingMarket({
			date: '2019-05-01',
			spx: 2900,
			vix: 14,
			vix3m: 16,
			futures: [{ expiry: '2019-05-22', price: 14.5 }],
			priorVixCloses: null,
		});
		expect(m.recentVixCloses).toEqual([]);
		expect(m.rate).toBeGreaterThan(0.02);
	});
});
