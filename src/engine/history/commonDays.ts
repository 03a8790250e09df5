// Two daily series on the dates both have (VIX with VIX3M for the term structure).

import type { IndexSeries } from './series';

/** Closes of two indexes on their common dates. */
export interface CommonDays {
	/** Day numbers present in both series, increasing. */
	days: Int32Array;
	/** First series' closes on those days. */
	a: Float64Array;
	/** Second series' closes on those days. */
	b: Float64Array;
}

/**
 * The dates both series have, with each one's close.
 * @param first - a series (days strictly increasing)
 * @param second - another series
 * @example commonDays(vix, vix3m).days.length // 4,136 for Cboe's files (2009-09-18 → 2026-02-27)
 */
export function commonDays(first: IndexSeries, second: IndexSeries): CommonDays {
	const cap = Math.min(first.days.length, second.days.length);
	const days = new Int32Array(cap);
	const a = new Float64Array(cap);
	const b = new Float64Array(cap);
	let n = 0;
	for (let i = 0, j = 0; i < first.days.length && j < second.days.length;) {
		if (first.days[i] < second.days[j]) i++;
		else if (first.days[i] > second.days[j]) j++;
		else {
			days[n] = first.days[i];
			a[n] = first.close[i++];
			b[n++] = second.close[j++];
		}
	}
	return { days: days.slice(0, n), a: a.slice(0, n), b: b.slice(0, n) };
}
