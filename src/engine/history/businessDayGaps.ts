// Missing business days in a daily series: days the exchange was open (the engine's calendar, holidays and
// special closures already excluded) that the series has no row for.

import { isBusinessDay } from '../market/calendar';
import { isoDateOfEpochDay } from '../market/isoDate';
import type { IsoDate } from '../types';

/** A run of missing business days between two dates the series has. */
export interface Gap {
	/** Last date present before the gap. */
	after: IsoDate;
	/** First date present after the gap. */
	before: IsoDate;
	/** Business days missing in between. */
	missingBusinessDays: number;
}

export interface GapReport {
	/** Business days between the first and last date with no row. */
	missingBusinessDays: number;
	/** The largest gaps, largest first (ties: earlier first). */
	largest: Gap[];
}

/**
 * Missing business days of a series and its largest gaps.
 * @param days - day numbers, strictly increasing, within the calendar's years
 * @param keep - how many of the largest gaps to list
 * @example businessDayGaps(Int32Array.of(20_090, 20_094)) // 2025-01-02 → 2025-01-06: { missingBusinessDays: 1, … }
 */
export function businessDayGaps(days: Int32Array, keep = 5): GapReport {
	let missing = 0;
	const gaps: Gap[] = [];
	for (let i = 1; i < days.length; i++) {
		let count = 0;
		for (let d = days[i - 1] + 1; d < days[i]; d++) if (isBusinessDay(isoDateOfEpochDay(d))) count++;
		if (count === 0) continue;
		missing += count;
		gaps.push({
			after: isoDateOfEpochDay(days[i - 1]),
			before: isoDateOfEpochDay(days[i]),
			missingBusinessDays: count,
		});
	}
	gaps.sort((a, b) => b.missingBusinessDays - a.missingBusinessDays || (a.after < b.after ? -1 : 1));
	return { missingBusinessDays: missing, largest: gaps.slice(0, keep) };
}
