// Business-day arithmetic on the exchange calendar: weekdays that are not exchange holidays.

import type { IsoDate } from '../types';
import { isExchangeHoliday } from './holidays';
import { epochDayOf, isoDateOfEpochDay, weekdayOfEpochDay } from './isoDate';

/**
 * Whether the exchange is open that day (Monday–Friday and not a holiday or special closure).
 * @param date - 'YYYY-MM-DD'
 * @example isBusinessDay('2026-01-19') // false (Martin Luther King Jr. Day)
 * @example isBusinessDay('2026-1-19') // throws RangeError naming date
 */
export function isBusinessDay(date: IsoDate): boolean {
	const weekday = weekdayOfEpochDay(epochDayOf(date));
	return weekday !== 0 && weekday !== 6 && !isExchangeHoliday(date);
}

/**
 * The business day `n` business days after `date` (before it when `n` < 0). `date` itself need not be a
 * business day; `n` = 0 returns `date` unchanged. Inverse of businessDaysBetween —
 * businessDaysBetween(date, addBusinessDays(date, n)) === n — for n ≥ 0, and for n < 0 when `date` is a
 * business day (one step back from a Sunday lands on Friday, but no business day lies between them).
 * @param date - 'YYYY-MM-DD'
 * @param n - whole business days
 * @example addBusinessDays('2025-04-17', 1) // '2025-04-21' (skips Good Friday and the weekend)
 * @example addBusinessDays('2025-04-17', 0.5) // throws RangeError naming n
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
	if (!Number.isInteger(n)) throw new RangeError(`n must be an integer number of business days, got ${n}`);
	let epochDay = epochDayOf(date);
	const step = n > 0 ? 1 : -1;
	for (let left = Math.abs(n); left > 0;) {
		epochDay += step;
		if (isBusinessDay(isoDateOfEpochDay(epochDay))) left--;
	}
	return isoDateOfEpochDay(epochDay);
}

/**
 * Business days after `from` up to and including `to`: the count of business days d with from < d ≤ to,
 * negated when `to` is before `from`. So a VX contract expiring tomorrow is 1 business day away, and today →
 * today is 0 — the convention of the daily roll (VX1 − VIX) / business days to settlement.
 * @param from - 'YYYY-MM-DD' (excluded)
 * @param to - 'YYYY-MM-DD' (included)
 * @example businessDaysBetween('2025-04-17', '2025-04-21') // 1
 * @example businessDaysBetween('2025-04-21', '2025-04-17') // -1
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
	const fromDay = epochDayOf(from, 'from');
	const toDay = epochDayOf(to, 'to');
	const lo = Math.min(fromDay, toDay);
	const hi = Math.max(fromDay, toDay);
	let count = 0;
	for (let d = lo + 1; d <= hi; d++) if (isBusinessDay(isoDateOfEpochDay(d))) count++;
	return toDay >= fromDay || count === 0 ? count : -count;
}

/**
 * The last business day strictly before `date`.
 * @param date - 'YYYY-MM-DD'
 * @example previousBusinessDay('2026-06-19') // '2026-06-18' (Juneteenth is a Friday in 2026)
 */
export function previousBusinessDay(date: IsoDate): IsoDate {
	return addBusinessDays(date, -1);
}

/**
 * The first business day strictly after `date`.
 * @param date - 'YYYY-MM-DD'
 * @example nextBusinessDay('2025-12-24') // '2025-12-26'
 */
export function nextBusinessDay(date: IsoDate): IsoDate {
	return addBusinessDays(date, 1);
}
