// Pairs of trading days a horizon apart: a number of rows (business days in the file) or of calendar days.
import { epochDayOf, type IsoDate } from '../../src/engine';

export type Horizon = { label: string; rows: number } | { label: string; calendarDays: number };

export const DISPERSION_HORIZONS: readonly Horizon[] = [
	{ label: '1 month (21 business days)', rows: 21 },
	{ label: '45 calendar days', calendarDays: 45 },
	{ label: '2 months (42 business days)', rows: 42 },
	{ label: '3 months (63 business days)', rows: 63 },
];

/**
 * For each row t, the row the horizon ends on (−1 when past the end): t + rows, or the last row dated on or
 * before date_t + calendarDays.
 */
export function horizonEnds(dates: readonly IsoDate[], h: Horizon): Int32Array {
	const ends = new Int32Array(dates.length).fill(-1);
	if ('rows' in h) {
		for (let t = 0; t + h.rows < dates.length; t++) ends[t] = t + h.rows;
		return ends;
	}
	const days = dates.map((d) => epochDayOf(d));
	let j = 0;
	for (let t = 0; t < dates.length; t++) {
		j = Math.max(j, t);
		while (j + 1 < dates.length && days[j + 1] <= days[t] + h.calendarDays) j++;
		if (days[t] + h.calendarDays <= days[days.length - 1] && j > t) ends[t] = j;
	}
	return ends;
}

/** Mean calendar length of the pairs, in years (365-day years, the engine's convention). */
export function meanPairYears(dates: readonly IsoDate[], ends: Int32Array): number {
	let sum = 0;
	let n = 0;
	ends.forEach((j, t) => {
		if (j < 0) return;
		sum += epochDayOf(dates[j]) - epochDayOf(dates[t]);
		n++;
	});
	return sum / n / 365;
}
