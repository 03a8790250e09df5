// The prior VIX closes of a market typed for a date, read from the imported VIX file: what its RSI(14) (and so the
// playbook's monetize rule) needs, without typing 15 closes by hand.
import type { IsoDate } from '../types';
import { epochDayOf } from '../market/isoDate';
import { previousBusinessDay } from '../market/calendar';
import type { StoredHistory } from './storedHistory';

/** Rows further apart than this (calendar days) are a gap in the file, not a weekend or an exchange closure. */
const MAX_ROW_GAP_DAYS = 7;

/**
 * The stored VIX closes before `date`, oldest first: at most `count`, and none from before a gap in the series (an
 * RSI across a missing stretch would be wrong). Null when the series does not reach the business day before `date`
 * (none imported, or it ends earlier).
 * @example storedVixClosesBefore(history, '2018-02-05', 59) // 59 closes, the last the close of 2018-02-02 (17.31)
 */
export function storedVixClosesBefore(history: StoredHistory, date: IsoDate, count: number): number[] | null {
	const vix = history.indexes.find((s) => s.id === 'VIX');
	if (!vix || !(Number.isInteger(count) && count >= 1)) return null;
	const day = epochDayOf(date);
	let end = 0; // becomes the first row on or after `date`
	for (let hi = vix.days.length; end < hi;) {
		const mid = (end + hi) >> 1;
		if (vix.days[mid] < day) end = mid + 1;
		else hi = mid;
	}
	if (end === 0 || vix.days[end - 1] < epochDayOf(previousBusinessDay(date))) return null;
	let from = end - 1;
	while (from > 0 && end - from < count && vix.days[from] - vix.days[from - 1] <= MAX_ROW_GAP_DAYS) from--;
	return Array.from(vix.close.subarray(from, end));
}
