import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	MARKET_PRESETS,
	buildMarketModel,
	calendarDaysBetween,
	classifyCurve,
	defaultMarket,
	newYorkInstant,
	spxExpiryForDte,
	validateMarket,
	vxExpiriesAfter,
	wilderRsi,
} from '../../../src/engine';

describe('MARKET_PRESETS', () => {
	it('holds the ten dated snapshots and three synthetic ones', () => {
		expect(MARKET_PRESETS).toHaveLength(13);
		expect(MARKET_PRESETS.filter((p) => p.id.startsWith('synthetic'))).toHaveLength(3);
	});
	it.each(MARKET_PRESETS)('$id is valid, priceable and classified as its expected regime', (p) => {
		expect(validateMarket(p.market)).toEqual([]);
		expect(p.expectedRegime).toContain(classifyCurve(p.market).regime);
		const model = buildMarketModel(p.market, spxExpiryForDte(p.market.valuationDate, 45));
		expect(Number.isFinite(model.spx.atmVol)).toBe(true);
	});
});

const DATA = resolve(process.cwd(), '../shared/data');
const HAVE = existsSync(`${DATA}/regime_presets.json`);
describe.skipIf(!HAVE)(
	'dated presets against regime_presets.json (skipped: ../shared/data is absent)',
	() => {
		type Row = {
			date: string;
			spx_close: number;
			vix_close: number;
			vix3m_close: number;
			vx?: { expiry: string; settle: number }[];
		};
		const rows = HAVE
			? (JSON.parse(readFileSync(`${DATA}/regime_presets.json`, 'utf8')).presets as Row[]).filter((r) => r.vx)
			: [];
		it.each(rows)('$date has the file’s closes, settlements and expiries', (r) => {
			const p = MARKET_PRESETS.find((x) => x.date === r.date && !x.id.startsWith('synthetic'))!;
			expect(p.market.spx).toBe(r.spx_close);
			expect(p.market.vix).toBe(r.vix_close);
			expect(p.market.vix3m).toBe(r.vix3m_close);
			expect(p.market.futures).toEqual(r.vx!.map((v) => ({ expiry: v.expiry, price: v.settle })));
		});
	},
);

// The table of docs/models.md, Market data and presets, typed again here: date, SPX, VIX, VIX3M, then VX price and DTE for VX1–VX3. The table's DTE counts
// whole 24-hour days between New York midnights, so it is one below the calendar-day count across the March DST
// switch (2018-02-02 → 2018-03-21 is 47 calendar days, 46 in the table).
// prettier-ignore
const TABLE: [string, number, number, number, [number, number][]][] = [
	['2017-11-03', 2587.84, 9.14, 12.42, [[10.975, 12], [12.325, 47], [13.475, 75]]],
	['2018-02-02', 2762.13, 17.31, 17.03, [[15.625, 12], [14.975, 46], [15.075, 74]]],
	['2018-02-05', 2648.94, 37.32, 28.13, [[33.225, 9], [27.975, 43], [24.725, 71]]],
	['2020-03-13', 2711.02, 57.83, 48.31, [[53.425, 5], [43.9, 33], [34.525, 68]]],
	['2020-03-16', 2386.13, 82.69, 67.7, [[72.625, 2], [59.15, 30], [44.875, 65]]],
	['2022-10-12', 3577.03, 33.57, 33.13, [[32.1735, 7], [31.7784, 35], [30.9025, 70]]],
	['2024-08-02', 5346.56, 23.39, 23.34, [[21.8527, 19], [21.9844, 47], [22.2385, 75]]],
	['2024-08-05', 5186.33, 38.57, 33.71, [[32.0986, 16], [30.3911, 44], [27.3048, 72]]],
	['2026-01-09', 6966.28, 14.49, 17.88, [[16.1552, 12], [17.8657, 40], [18.9517, 67]]],
];
const dated = MARKET_PRESETS.filter((p) => !p.id.startsWith('synthetic'));

describe('dated presets against the table of docs/models.md', () => {
	it.each(TABLE)('%s: closes, settlements and DTE as in the table', (date, spx, vix, vix3m, vx) => {
		const p = dated.find((x) => x.date === date)!;
		expect(p.market.valuationDate).toBe(date);
		expect([p.market.spx, p.market.vix, p.market.vix3m]).toEqual([spx, vix, vix3m]);
		expect(p.market.futures.map((f) => f.price)).toEqual(vx.map(([price]) => price));
		const dte = (e: string) => Math.floor((newYorkInstant(e, 0) - newYorkInstant(date, 0)) / 86_400_000);
		expect(p.market.futures.map((f) => dte(f.expiry))).toEqual(vx.map(([, d]) => d));
	});
	it('rates and dividend yields are the documented assumptions (3-month T-bill of the month, q 1.2–2 %)', () => {
		const bill: Record<string, number> = {
			'2017-11': 0.012,
			'2018-02': 0.015,
			'2020-03': 0.003,
			'2022-10': 0.038,
			'2024-08': 0.052,
			'2025-04': 0.043,
			'2026-01': 0.036,
		};
		for (const p of dated) {
			expect(p.market.rate).toBe(bill[p.date.slice(0, 7)]);
			expect(wilderRsi(p.market.recentVixCloses)).not.toBeNull();
			expect(p.market.dividendYield).toBeGreaterThanOrEqual(0.012);
			expect(p.market.dividendYield).toBeLessThanOrEqual(0.02);
		}
	});
	it('smile: linked to VIX, 25Δ put 1.3× and call 0.8× the ATM of 0.9 × the VIX term level', () => {
		for (const p of dated) {
			expect(p.market.smile).toEqual({ mode: 'linked', put25OverAtm: 1.3, call25OverAtm: 0.8 });
			// 45-day level by total variance linear in T between VIX (30 d) and VIX3M (93 d).
			const { vix, vix3m } = p.market;
			const w = vix ** 2 * 30 + ((vix3m! ** 2 * 93 - vix ** 2 * 30) * 15) / 63;
			const atm = (0.9 * Math.sqrt(w / 45)) / 100;
			const spx = buildMarketModel(p.market, spxExpiryForDte(p.date, 45)).spx;
			expect(spx.atmVol).toBeCloseTo(atm, 2);
		}
	});
});

describe('synthetic log-OU presets', () => {
	// F(T) = exp(e^{−κT}·ln V0 + (1 − e^{−κT})·θ + η²(1 − e^{−2κT})/(4κ)), κ = 5, η = 1.
	const closedForm = (V0: number, theta: number, T: number) =>
		Math.exp(Math.exp(-5 * T) * Math.log(V0) + (1 - Math.exp(-5 * T)) * theta + (1 - Math.exp(-10 * T)) / 20);
	const cases: [string, number, number][] = [
		['synthetic-calm-contango', 13, Math.log(20)],
		['synthetic-flat', 19, Math.log(19) - 0.05],
		['synthetic-stress', 40, Math.log(22)],
	];
	it.each(cases)(
		'%s: the closed form on the first six VX expiries after the default date',
		(id, V0, theta) => {
			const p = MARKET_PRESETS.find((x) => x.id === id)!;
			const date = defaultMarket().valuationDate;
			expect(p.date).toBe(date);
			expect(p.market.vix).toBe(V0);
			expect(p.market.futures.map((f) => f.expiry)).toEqual(vxExpiriesAfter(date, 6));
			for (const f of p.market.futures)
				expect(f.price).toBeCloseTo(closedForm(V0, theta, calendarDaysBetween(date, f.expiry) / 365), 2);
			expect(p.market.vix3m).toBeCloseTo(closedForm(V0, theta, 93 / 365), 2);
		},
	);
	it('the flat one stays within 1 % across the futures and 1.3 % of spot; the others run to e^θ', () => {
		const get = (id: string) => MARKET_PRESETS.find((x) => x.id === id)!.market;
		const flat = get('synthetic-flat').futures.map((f) => f.price);
		expect(Math.max(...flat) / Math.min(...flat)).toBeLessThan(1.01);
		for (const x of flat) expect(Math.abs(x / 19 - 1)).toBeLessThan(0.013);
		const calm = get('synthetic-calm-contango').futures.map((f) => f.price);
		const stress = get('synthetic-stress').futures.map((f) => f.price);
		for (let i = 1; i < 6; i++) {
			expect(calm[i]).toBeGreaterThan(calm[i - 1]);
			expect(stress[i]).toBeLessThan(stress[i - 1]);
		}
		expect(calm[5]).toBeLessThan(20 * Math.exp(0.1) + 1e-9); // below e^θ·e^{η²/(4κ)}, the long-run future
		expect(stress[5]).toBeGreaterThan(22);
	});
});
