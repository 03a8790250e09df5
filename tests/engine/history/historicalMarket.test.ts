import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	MARKET_PRESETS,
	calendarDaysBetween,
	epochDayOf,
	priceBook,
	proxyFuture,
	validateMarket,
	vxExpiriesAfter,
	wilderRsi,
} from '../../../src/engine';
import {
	PROXY_CURVE_EXPIRIES,
	dayIndex,
	embeddedHistoryTable,
	historicalMarket,
	importedHistoryTable,
	priorVixCloses,
	type IndexSeries,
} from '../../../src/engine/history';
import { PRESET_PRIOR_CLOSES } from '../../../src/engine/measured/presetHistory.generated';
import { FLIP_EPISODES } from '../../../src/engine/measured/flipEpisodes.generated';

const table = embeddedHistoryTable();
const DATED = MARKET_PRESETS.filter((p) => !p.synthetic);

describe('embeddedHistoryTable()', () => {
	it('holds the four episodes, 91 business days each, in date order with breaks between them', () => {
		expect(table.source).toBe('episodes');
		expect(table.dates).toHaveLength(4 * 91);
		expect(table.dates).toEqual(FLIP_EPISODES.flatMap((e) => e.dates));
		expect(Array.from(table.follows).filter((f) => f === 0)).toHaveLength(4);
		for (const e of FLIP_EPISODES) expect(table.follows[dayIndex(table, e.dates[0])]).toBe(0);
	});
	// The quotes are Wilder's RSI over 60 closes; the table smooths over every row it has (up to 89 more).
	it('reads RSI(14) within 0.1 of the presets’ quotes: 74.6 on 2018-02-02, 91.0 on 2018-02-05, 87.3 on 2024-08-05', () => {
		for (const [date, rsi] of [
			['2018-02-02', 74.6],
			['2018-02-05', 91.0],
			['2020-03-16', 72.3],
			['2024-08-02', 74.8],
			['2024-08-05', 87.3],
		] as const)
			expect(Math.abs(table.rsi[dayIndex(table, date)] - rsi)).toBeLessThan(0.1);
	});
	it('gives each day the VIX rows before it (holiday rows included), never another episode’s', () => {
		const i = dayIndex(table, '2024-08-05');
		expect(priorVixCloses(table, i, 59)).toEqual(
			PRESET_PRIOR_CLOSES.find((p) => p.date === '2024-08-05')!.vix,
		);
		const first = dayIndex(table, FLIP_EPISODES[1].dates[0]);
		expect(priorVixCloses(table, first, 80)).toEqual(FLIP_EPISODES[1].vixBefore);
		// RSI on a day equals Wilder's RSI of every row before it and its own close.
		const rows = [...priorVixCloses(table, i, 1000), table.vix[i]];
		expect(table.rsi[i]).toBeCloseTo(wilderRsi(rows)!, 12);
	});
	it('lists, per day, the first VX expiry after it', () => {
		for (const i of [0, 40, 100, 300])
			expect(table.expiries[table.firstListed[i]]).toBe(vxExpiriesAfter(table.dates[i], 1)[0]);
	});
});

describe('historicalMarket(table, day)', () => {
	it('is the dated preset on every preset date inside an episode, and prices identically', () => {
		const inside = DATED.filter((p) => dayIndex(table, p.date) >= 0);
		expect(inside.map((p) => p.date)).toEqual([
			'2018-02-02',
			'2018-02-05',
			'2020-03-13',
			'2020-03-16',
			'2024-08-02',
			'2024-08-05',
			'2025-04-04',
		]);
		for (const p of inside) {
			const h = historicalMarket(table, dayIndex(table, p.date));
			expect(h.market).toEqual(p.market);
			expect(h.proxy).toEqual([false, false, false]);
			const [a, b] = [priceBook(h.market, DEFAULT_BOOK_SPEC), priceBook(p.market, DEFAULT_BOOK_SPEC)];
			expect(a.positions).toEqual(b.positions);
			expect(a.ladder.premiumUsd).toBe(b.ladder.premiumUsd);
		}
	});
	it('passes validateMarket on every embedded day', () => {
		for (let i = 0; i < table.days.length; i += 7)
			expect(validateMarket(historicalMarket(table, i).market)).toEqual([]);
	});
	it('refuses a row outside the table', () => {
		expect(() => historicalMarket(table, table.days.length)).toThrow(RangeError);
		expect(() => historicalMarket(table, -1)).toThrow(RangeError);
	});
});

/** A small imported history: 3 weeks of closes, one contract settling on some days. */
function smallHistory() {
	const dates = [
		'2019-03-04',
		'2019-03-05',
		'2019-03-06',
		'2019-03-07',
		'2019-03-08',
		'2019-03-11',
		'2019-03-12',
	];
	const days = Int32Array.from(dates, (d) => epochDayOf(d));
	const series = (id: IndexSeries['id'], close: number[]): IndexSeries => ({
		id,
		days,
		close: Float64Array.from(close),
	});
	const vix = series('VIX', [14, 15, 16, 15.5, 17, 16, 15]);
	const vix3m = series('VIX3M', [16, 16.5, 17, 17, 18, 17.5, 17]);
	const spx = series('SPX', [2790, 2780, 2770, 2750, 2743, 2783, 2791]);
	// The April 2019 contract (VX2 in March), settled on the 5th and 6th only.
	const april = {
		code: 'J (Apr 2019)',
		expiry: '2019-04-17',
		days: days.slice(1, 3),
		settle: Float64Array.of(16.6, 17.1),
	};
	return importedHistoryTable({ vix, vix3m, spx, contracts: [april] });
}

describe('historicalMarket on imported series', () => {
	const t = smallHistory();
	it('builds the whole curve from the proxy on a day without settlements, flagged', () => {
		const i = dayIndex(t, '2019-03-04');
		const h = historicalMarket(t, i);
		const listed = vxExpiriesAfter('2019-03-04', PROXY_CURVE_EXPIRIES);
		expect(h.market.futures.map((f) => f.expiry)).toEqual(listed);
		expect(h.proxy).toEqual(listed.map(() => true));
		listed.forEach((e, k) =>
			expect(h.market.futures[k].price).toBeCloseTo(
				proxyFuture(14, 16, calendarDaysBetween('2019-03-04', e)),
				4,
			),
		);
	});
	it('uses a real settlement where the contract settled, the proxy before it, nothing after it', () => {
		const h = historicalMarket(t, dayIndex(t, '2019-03-05'));
		expect(h.market.futures.map((f) => f.expiry)).toEqual(['2019-03-19', '2019-04-17']);
		expect(h.proxy).toEqual([true, false]);
		expect(h.market.futures[1].price).toBe(16.6);
	});
	it('carries the rate of the carry table and the VIX closes before the day', () => {
		const h = historicalMarket(t, dayIndex(t, '2019-03-08'));
		expect(h.market.recentVixCloses).toEqual([14, 15, 16, 15.5, 17]);
		expect(h.market.rate).toBeGreaterThan(0.02);
	});
});
