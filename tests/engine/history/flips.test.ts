import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, epochDayOf } from '../../../src/engine';
import { scanFlips, type IndexSeries } from '../../../src/engine/history';
import { seriesOnBusinessDays } from '../../fixtures/history';

const START = '2019-01-02';
const dateOf = (row: number) => addBusinessDays(START, row);
/** VIX and VIX3M on the same business days; VIX3M fixed at 20 so the ratio is VIX/20. */
function pair(vix: number[]): [IndexSeries, IndexSeries] {
	return [
		seriesOnBusinessDays('VIX', START, vix),
		seriesOnBusinessDays(
			'VIX3M',
			START,
			vix.map(() => 20),
		),
	];
}
const calm = (n: number) => Array<number>(n).fill(15);

describe('scanFlips', () => {
	it('finds a crossing after 20 days at or below 1, with its peak and length', () => {
		const [vix, vix3m] = pair([...calm(19), 20, 22, 27, 24, 18, 16]);
		const scan = scanFlips(vix, vix3m);
		expect(scan.flips).toEqual([
			{
				date: dateOf(20),
				row: 20,
				vix: 22,
				vix3m: 20,
				peakVix: 27,
				peakDate: dateOf(21),
				backwardationDays: 3,
				ongoing: false,
			},
		]);
		expect(scan.backwardationDays).toBe(3);
		expect(scan.backwardationFraction).toBe(3 / 25);
	});
	it('needs at least 20 rows: 19 are not enough, and a ratio of exactly 1 counts as at or below', () => {
		expect(scanFlips(...pair([...calm(19), 22, 15])).flips).toHaveLength(0);
		expect(scanFlips(...pair([...calm(18), 20, 20, 22, 15])).flips.map((f) => f.row)).toEqual([20]);
	});
	it('a short blip above 1 restarts the count', () => {
		const vix = [...calm(25), 21, ...calm(10), 23, ...calm(20), 24, 25];
		const flips = scanFlips(...pair(vix)).flips;
		expect(flips.map((f) => [f.row, f.backwardationDays])).toEqual([
			[25, 1],
			[57, 2],
		]);
		expect(flips[1]).toMatchObject({ peakVix: 25, peakDate: dateOf(58), ongoing: true });
	});
	it('uses only the days both series have', () => {
		const [vix, full3m] = pair([...calm(20), 25, 15]);
		// VIX3M lacks row 3: 19 common rows precede the crossing, so it is no longer a flip.
		const keep = [...full3m.days.keys()].filter((i) => i !== 3);
		const vix3m = {
			id: 'VIX3M' as const,
			days: Int32Array.from(keep, (i) => full3m.days[i]),
			close: Float64Array.from(keep, (i) => full3m.close[i]),
		};
		const scan = scanFlips(vix, vix3m);
		expect([scan.days.length, scan.flips.length]).toEqual([21, 0]);
		expect(scanFlips(vix, full3m).flips).toHaveLength(1);
	});
	it('refuses series in the wrong order', () => {
		const [vix, vix3m] = pair(calm(5));
		expect(() => scanFlips(vix3m, vix)).toThrow(RangeError);
		expect(() => scanFlips(vix, vix3m, 0)).toThrow(RangeError);
	});
	it('agrees with the definition read literally: the 20 rows before a crossing all at or below 1', () => {
		const vixPath = fc.array(fc.constantFrom<number>(14, 19, 20, 21, 30), { minLength: 0, maxLength: 120 });
		fc.assert(
			fc.property(vixPath, fc.integer({ min: 1, max: 25 }), (vix, minDays) => {
				const flips = scanFlips(...pair(vix), minDays).flips;
				const above = vix.map((v) => v > 20);
				const expected = vix
					.map((_, i) => i)
					.filter((i) => above[i] && i >= minDays && above.slice(i - minDays, i).every((a) => !a));
				expect(flips.map((f) => f.row)).toEqual(expected);
				for (const f of flips) {
					let end = f.row;
					while (end < vix.length && above[end]) end++;
					const run = vix.slice(f.row, end);
					expect(f.backwardationDays).toBe(run.length);
					expect(f.peakVix).toBe(Math.max(...run));
					expect(f.peakDate).toBe(dateOf(f.row + run.indexOf(f.peakVix)));
					expect(f.ongoing).toBe(end === vix.length);
				}
			}),
		);
	});
	it('counts the share of days with VIX above VIX3M', () => {
		const scan = scanFlips(...pair([15, 21, 20, 25]));
		expect([scan.backwardationDays, scan.backwardationFraction]).toEqual([2, 0.5]);
		expect(scanFlips(...pair([])).backwardationFraction).toBe(0);
		expect(epochDayOf(START)).toBe(scan.days[0]);
	});
});
