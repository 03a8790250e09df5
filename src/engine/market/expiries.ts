// Listed expiry dates: SPX standard monthlies (AM-settled) and VX monthly futures / VIX options.

import type { IsoDate } from '../types';
import { isBusinessDay, previousBusinessDay } from './calendar';
import { nthWeekdayOfMonth } from './holidays';
import { addDays, calendarDaysBetween, epochDayOf } from './isoDate';

const FRIDAY = 5;

/**
 * Third Friday of a month, whether or not the exchange is open that day.
 * @param year - calendar year
 * @param month - month 1–12
 * @example thirdFriday(2025, 4) // '2025-04-18'
 */
export function thirdFriday(year: number, month: number): IsoDate {
	return nthWeekdayOfMonth(year, month, FRIDAY, 3);
}

/**
 * Standard (AM-settled, 09:30 ET SOQ) SPX monthly expiry: the third Friday, or the business day before it
 * when that Friday is an exchange holiday (Good Friday, Juneteenth).
 * @param year - calendar year, 1990–2199
 * @param month - month 1–12
 * @example spxMonthlyExpiry(2022, 4) // '2022-04-14' (Thursday: April 15 was Good Friday)
 * @example spxMonthlyExpiry(2022, 13) // throws RangeError naming month
 */
export function spxMonthlyExpiry(year: number, month: number): IsoDate {
	const friday = thirdFriday(year, month);
	return isBusinessDay(friday) ? friday : previousBusinessDay(friday);
}

/**
 * Final settlement date of the monthly VX future (and of the VIX options) of a contract month: the Wednesday 30
 * days before the third Friday of the following month; if that Wednesday or that Friday is an exchange holiday,
 * the business day before the Wednesday.
 * @param year - contract year, 1990–2199
 * @param month - contract month 1–12
 * @example vxExpiry(2017, 11) // '2017-11-15'
 * @example vxExpiry(2025, 3) // '2025-03-18' (Tuesday: April 18, 2025 was Good Friday)
 * @example vxExpiry(2017, 0) // throws RangeError naming month
 */
export function vxExpiry(year: number, month: number): IsoDate {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`month must be an integer 1–12, got ${month}`);
	}
	const key = year * 12 + month;
	let expiry = vxExpiryCache.get(key);
	if (expiry === undefined) vxExpiryCache.set(key, (expiry = vxExpiryByRule(year, month)));
	return expiry;
}

/** Expiries already computed, by year·12 + month: the back-test asks for the same few hundred thousands of times. */
const vxExpiryCache = new Map<number, IsoDate>();

function vxExpiryByRule(year: number, month: number): IsoDate {
	const nextYear = month === 12 ? year + 1 : year;
	const nextMonth = month === 12 ? 1 : month + 1;
	const friday = thirdFriday(nextYear, nextMonth);
	const wednesday = addDays(friday, -30);
	return isBusinessDay(wednesday) && isBusinessDay(friday) ? wednesday : previousBusinessDay(wednesday);
}

/**
 * The next `count` monthly VX expiries strictly after `date`. A contract expiring on `date` itself is left
 * out: it settles at the 09:30 ET open, before any valuation that day.
 * @param date - 'YYYY-MM-DD'
 * @param count - how many expiries, integer 0–600
 * @example vxExpiriesAfter('2017-11-03', 2) // ['2017-11-15', '2017-12-20']
 * @example vxExpiriesAfter('2017-11-03', -1) // throws RangeError naming count
 */
export function vxExpiriesAfter(date: IsoDate, count: number): IsoDate[] {
	const day = epochDayOf(date);
	if (!Number.isInteger(count) || count < 0 || count > 600) {
		throw new RangeError(`count must be an integer 0–600, got ${count}`);
	}
	const result: IsoDate[] = [];
	// A contract month's expiry falls inside that month (13th–22nd), so the first one after `date` is this month's
	// or a later one: start at `date`'s own month (starting a month back asked for December 1989 in January 1990).
	let year = Number(date.slice(0, 4));
	let month = Number(date.slice(5, 7));
	while (result.length < count) {
		const expiry = vxExpiry(year, month);
		if (epochDayOf(expiry) > day) result.push(expiry);
		if (++month === 13) {
			month = 1;
			year++;
		}
	}
	return result;
}

/**
 * The monthly VX expiry after `date` whose calendar-day DTE is nearest `targetDteDays`. On an exact tie the
 * later expiry wins: a hedge bought nearer its expiry decays faster and must be rolled sooner.
 * @param date - valuation date 'YYYY-MM-DD'
 * @param targetDteDays - wanted calendar days to expiry, ≥ 0
 * @example nearestVxExpiry('2026-01-09', 30) // '2026-02-18' (40 DTE beats 12 DTE)
 * @example nearestVxExpiry('2026-01-09', -5) // throws RangeError naming targetDteDays
 */
export function nearestVxExpiry(date: IsoDate, targetDteDays: number): IsoDate {
	if (!Number.isFinite(targetDteDays) || targetDteDays < 0 || targetDteDays > 3650) {
		throw new RangeError(`targetDteDays must be a number of days 0–3650, got ${targetDteDays}`);
	}
	// Consecutive expiries are at least 27 days apart (28 or 35, ±1 for a holiday), so this many reach past the
	// target.
	const candidates = vxExpiriesAfter(date, Math.ceil(targetDteDays / 27) + 2);
	let best = candidates[0];
	let bestDistance = Infinity;
	for (const expiry of candidates) {
		const distance = Math.abs(calendarDaysBetween(date, expiry) - targetDteDays);
		if (distance <= bestDistance) {
			best = expiry;
			bestDistance = distance;
		}
	}
	return best;
}
