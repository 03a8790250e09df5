// The History screen's view of a history: the timeline's indicators per stretch, the flips listed (scan or embedded
// episodes) with their FOMC flags, and the proxy's error against real settlements.
import { describe, expect, it } from 'vitest';
import { addBusinessDays, epochDayOf, proxyFuture, vxExpiriesAfter } from '../../../src/engine';
import {
	embeddedHistoryTable,
	historyFlips,
	historyTimeline,
	importedHistoryTable,
	proxyErrorReport,
	scanFlips,
	termSeries,
	type VxContract,
} from '../../../src/engine/history';
import { seriesOnBusinessDays } from '../../fixtures/history';

/** EMA with α = 2/(n + 1) seeded by the mean of the first n values, written out plainly (NaN before row n − 1). */
function plainEma(x: number[], n: number): number[] {
	const out = x.map(() => NaN);
	if (x.length < n) return out;
	out[n - 1] = x.slice(0, n).reduce((a, b) => a + b, 0) / n;
	for (let i = n; i < x.length; i++) out[i] = out[i - 1] + (2 / (n + 1)) * (x[i] - out[i - 1]);
	return out;
}

describe('historyTimeline(embedded episodes)', () => {
	const table = embeddedHistoryTable();
	const t = historyTimeline(table);

	it('has one stretch per episode and the table’s closes', () => {
		expect(t.stretchStarts.length).toBe(4);
		expect(t.days.length).toBe(table.days.length);
		expect(Array.from(t.vix)).toEqual(Array.from(table.vix));
	});

	it('restarts MACD in every episode: the line is EMA(12) − EMA(26) of that episode’s VIX3M − VIX alone', () => {
		const starts = [...t.stretchStarts, t.days.length];
		for (let k = 0; k < 4; k++) {
			const rows = Array.from({ length: starts[k + 1] - starts[k] }, (_, j) => starts[k] + j).filter(
				(i) => table.vix3m[i] === table.vix3m[i],
			);
			const spread = rows.map((i) => table.vix3m[i] - table.vix[i]);
			const fast = plainEma(spread, 12);
			const slow = plainEma(spread, 26);
			rows.forEach((i, j) => {
				const want = fast[j] - slow[j];
				if (Number.isNaN(want)) expect(t.macdLine[i]).toBeNaN();
				else expect(t.macdLine[i]).toBeCloseTo(want, 10);
			});
			const signal = plainEma(
				rows.map((i) => t.macdLine[i]).filter((x) => !Number.isNaN(x)),
				9,
			);
			const lineRows = rows.filter((i) => !Number.isNaN(t.macdLine[i]));
			lineRows.forEach((i, j) => {
				if (Number.isNaN(signal[j])) expect(t.macdSignal[i]).toBeNaN();
				else expect(t.macdHistogram[i]).toBeCloseTo(t.macdLine[i] - signal[j], 10);
			});
		}
	});

	it('counts the days with VIX above VIX3M among those with both', () => {
		const both = Array.from(table.vix3m).filter((x) => x === x).length;
		const back = Array.from(table.vix).filter((v, i) => v > table.vix3m[i]).length;
		expect(t.backwardationDays).toBe(back);
		expect(t.backwardationFraction).toBeCloseTo(back / both, 12);
	});
});

describe('historyFlips', () => {
	it('lists the four embedded episodes by their centre day, the flip of February 2018 as the scan finds it', () => {
		const table = embeddedHistoryTable();
		const flips = historyFlips(table);
		expect(flips.map((f) => f.flip.date)).toEqual(['2018-02-02', '2020-03-13', '2024-08-02', '2025-04-04']);
		const { vix, vix3m } = termSeries(table);
		const scanned = scanFlips(vix, vix3m).flips.find((f) => f.date === '2018-02-02')!;
		const feb = flips[0].flip;
		expect([feb.vix, feb.peakVix, feb.peakDate, feb.backwardationDays]).toEqual([
			scanned.vix,
			scanned.peakVix,
			scanned.peakDate,
			scanned.backwardationDays,
		]);
		expect([feb.vix, feb.peakVix, feb.peakDate]).toEqual([17.31, 37.32, '2018-02-05']);
		// The FOMC decision of 2018-01-31 came two business days before.
		expect(flips[0].fomc).toEqual({ date: '2018-01-31', offsetBusinessDays: -2 });
		expect(flips.every((f) => f.flip.backwardationDays >= 1)).toBe(true);
	});

	it('scans imported files: a crossing after 20 calm days is a flip, a second one soon after is not', () => {
		const days = 60;
		const ratio = Array.from({ length: days }, (_, i) => (i === 30 || i === 31 || i === 40 ? 1.1 : 0.9));
		const start = '2019-01-02';
		const vix3m = Array.from({ length: days }, () => 20);
		const table = importedHistoryTable({
			vix: seriesOnBusinessDays(
				'VIX',
				start,
				ratio.map((r) => 20 * r),
			),
			vix3m: seriesOnBusinessDays('VIX3M', start, vix3m),
			spx: seriesOnBusinessDays(
				'SPX',
				start,
				vix3m.map(() => 2500),
			),
			contracts: [],
		});
		const flips = historyFlips(table);
		expect(flips.map((f) => [f.flip.date, f.flip.backwardationDays])).toEqual([
			[addBusinessDays(start, 30), 2],
		]);
	});
});

describe('proxyErrorReport', () => {
	it('measures ln(F_proxy / F_real) by tenor: settlements 5 % below the proxy read +0.05', () => {
		const start = '2019-03-01';
		const n = 40;
		const vix = seriesOnBusinessDays(
			'VIX',
			start,
			Array.from({ length: n }, (_, i) => 15 + (i % 5)),
		);
		const vix3m = seriesOnBusinessDays(
			'VIX3M',
			start,
			Array.from({ length: n }, () => 19),
		);
		const spx = seriesOnBusinessDays(
			'SPX',
			start,
			Array.from({ length: n }, () => 2800),
		);
		const expiry = vxExpiriesAfter(start, 3)[2];
		const contract: VxContract = {
			code: 'test',
			expiry,
			days: vix.days,
			settle: Float64Array.from(
				vix.days,
				(d, i) => proxyFuture(vix.close[i], 19, epochDayOf(expiry) - d) * Math.exp(-0.05),
			),
		};
		const r = proxyErrorReport(importedHistoryTable({ vix, vix3m, spx, contracts: [contract] }));
		expect([r.days, r.settlements]).toEqual([n, n]);
		expect(r.buckets.reduce((a, b) => a + b.n, 0)).toBe(n);
		for (const b of r.buckets) {
			expect(b.meanLog).toBeCloseTo(0.05, 12);
			expect(b.rmseLog).toBeCloseTo(0.05, 12);
		}
	});

	it('is empty for a history without settlements', () => {
		const start = '2019-03-01';
		const table = importedHistoryTable({
			vix: seriesOnBusinessDays('VIX', start, [15, 16]),
			vix3m: seriesOnBusinessDays('VIX3M', start, [18, 18]),
			spx: seriesOnBusinessDays('SPX', start, [2800, 2810]),
			contracts: [],
		});
		expect(proxyErrorReport(table)).toEqual({ days: 0, settlements: 0, buckets: [] });
	});
});
