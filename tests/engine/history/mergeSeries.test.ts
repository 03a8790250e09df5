import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf } from '../../../src/engine';
import {
	businessDayGaps,
	mergeContract,
	mergeSeries,
	type IndexSeries,
	type VxContract,
} from '../../../src/engine/history';
import { seriesOnBusinessDays } from '../../fixtures/history';

const series = (id: IndexSeries['id'], rows: [string, number][]): IndexSeries => ({
	id,
	days: Int32Array.from(rows, ([d]) => epochDayOf(d)),
	close: Float64Array.from(rows, ([, c]) => c),
});

describe('mergeSeries', () => {
	it('takes the union of dates, counts what was added and reports the range', () => {
		const stored = series('VIX', [
			['2020-03-12', 75.47],
			['2020-03-13', 57.83],
		]);
		const incoming = series('VIX', [
			['2020-03-13', 57.83],
			['2020-03-16', 82.69],
		]);
		const result = mergeSeries(stored, incoming);
		if (!result.ok) throw new Error(result.message);
		expect([...result.value.series.close]).toEqual([75.47, 57.83, 82.69]);
		expect(result.value.added).toBe(1);
		expect(result.value.range).toEqual({ from: '2020-03-12', to: '2020-03-16' });
		expect(result.value.gaps.missingBusinessDays).toBe(0);
	});
	it('starts a series from nothing', () => {
		const incoming = seriesOnBusinessDays('SPX', '2024-08-01', [5446.68, 5346.56, 5186.33]);
		const result = mergeSeries(null, incoming);
		expect(result.ok && [result.value.added, [...result.value.series.close]]).toEqual([
			3,
			[5446.68, 5346.56, 5186.33],
		]);
	});
	it('refuses a disagreeing date with the date and both values, leaving the stored series as it was', () => {
		const stored = series('VIX', [['2020-03-16', 82.69]]);
		const before = stored.close.slice();
		const result = mergeSeries(stored, series('VIX', [['2020-03-16', 82.6]]));
		expect(result).toEqual({
			ok: false,
			message: 'VIX on 2020-03-16: the stored close is 82.69, the file has 82.6',
			conflict: { date: '2020-03-16', stored: 82.69, incoming: 82.6 },
		});
		expect(stored.close).toEqual(before);
	});
	it('treats a 32-bit float copy of a close as the same close, keeping the stored one', () => {
		const stored = series('SPX', [['2017-11-03', 2587.84]]);
		const result = mergeSeries(stored, series('SPX', [['2017-11-03', Math.fround(2587.84)]]));
		expect(result.ok && result.value.series.close[0]).toBe(2587.84);
	});
	it('refuses two different indexes and an empty import', () => {
		expect(
			mergeSeries(series('VIX', [['2020-03-16', 82.69]]), series('VIX3M', [['2020-03-16', 67.7]])),
		).toMatchObject({
			ok: false,
			conflict: null,
		});
		expect(mergeSeries(null, series('VIX', []))).toMatchObject({ ok: false });
	});
	it('is the set union: merged dates = stored ∪ incoming, in order, merging into itself adds nothing', () => {
		const dated = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }).map((offsets) => {
			const days = Int32Array.from(
				offsets.sort((a, b) => a - b),
				(k) => epochDayOf('2015-01-05') + k,
			);
			return { id: 'VIX' as const, days, close: Float64Array.from(days, (d) => 10 + (d % 17)) };
		});
		fc.assert(
			fc.property(dated, dated, (a, b) => {
				const result = mergeSeries(a, b);
				if (b.days.length === 0) {
					expect(result.ok).toBe(false);
					return;
				}
				if (!result.ok) throw new Error(result.message);
				const union = [...new Set([...a.days, ...b.days])].sort((x, y) => x - y);
				expect([...result.value.series.days]).toEqual(union);
				expect(result.value.added).toBe(union.length - a.days.length);
				const self = mergeSeries(result.value.series, result.value.series);
				expect(self.ok && self.value.added).toBe(0);
			}),
		);
	});
});

describe('mergeContract', () => {
	const contract = (rows: [string, number][]): VxContract => ({
		code: 'G (Feb 2018)',
		expiry: '2018-02-14',
		days: Int32Array.from(rows, ([d]) => epochDayOf(d)),
		settle: Float64Array.from(rows, ([, s]) => s),
	});
	it('keeps a first import as it is and unites a later one with it', () => {
		const first = contract([['2018-02-01', 14.6]]);
		expect(mergeContract(null, first)).toEqual({ ok: true, value: { contract: first, added: 1 } });
		const r = mergeContract(
			first,
			contract([
				['2018-02-01', 14.6],
				['2018-02-02', 17.6],
			]),
		);
		expect(r.ok && [Array.from(r.value.contract.settle), r.value.added]).toEqual([[14.6, 17.6], 1]);
	});
	it('refuses a settlement that disagrees, naming the contract, the date and both values', () => {
		const r = mergeContract(contract([['2018-02-01', 14.6]]), contract([['2018-02-01', 14.7]]));
		expect(r).toEqual({
			ok: false,
			message: 'G (Feb 2018) on 2018-02-01: the stored settlement is 14.6, the file has 14.7',
			conflict: { date: '2018-02-01', stored: 14.6, incoming: 14.7 },
		});
	});
	it('refuses another contract', () => {
		const other = { ...contract([['2018-02-01', 14.6]]), code: 'H (Mar 2018)', expiry: '2018-03-21' };
		expect(mergeContract(contract([['2018-02-01', 14.6]]), other).ok).toBe(false);
	});
});

describe('businessDayGaps', () => {
	it('counts weekdays the exchange was open with no row, holidays and closures excluded', () => {
		// 2025-01-08 → 2025-01-10: 01-09 was a national day of mourning, so nothing is missing.
		expect(
			businessDayGaps(Int32Array.of(epochDayOf('2025-01-08'), epochDayOf('2025-01-10'))).missingBusinessDays,
		).toBe(0);
		// 2025-12-23 → 2026-01-06: missing 24, 26, 29, 30, 31 Dec and 2, 5 Jan (25 Dec and 1 Jan are holidays).
		const report = businessDayGaps(Int32Array.of(epochDayOf('2025-12-23'), epochDayOf('2026-01-06')));
		expect(report).toEqual({
			missingBusinessDays: 7,
			largest: [{ after: '2025-12-23', before: '2026-01-06', missingBusinessDays: 7 }],
		});
	});
	it('lists the largest gaps first, at most `keep` of them', () => {
		const days = ['2024-03-01', '2024-03-05', '2024-03-06', '2024-03-12', '2024-03-14'].map((d) =>
			epochDayOf(d),
		);
		const report = businessDayGaps(Int32Array.from(days), 2);
		expect(report.missingBusinessDays).toBe(1 + 3 + 1);
		expect(report.largest.map((g) => [g.after, g.missingBusinessDays])).toEqual([
			['2024-03-06', 3],
			['2024-03-01', 1],
		]);
	});
});
