// NYSE/Cboe full-day holidays, computed by rule, plus the few unscheduled closures since 1990.
// Cboe options and CFE futures follow the NYSE holiday schedule for the dates that matter here.

import type { IsoDate } from '../types';
import { checkYearMonth, isoDate, isoDateOfEpochDay, epochDayOf, weekdayOfEpochDay } from './isoDate';

/** A named exchange holiday. */
export interface ExchangeHoliday {
	date: IsoDate;
	name: string;
}

/**
 * Unscheduled full-day closures (national days of mourning, storms, 9/11). None of them moves a VX or SPX
 * monthly expiry from 1990 to 2026; they only change business-day counts (e.g. the daily roll).
 */
export const SPECIAL_CLOSURES: readonly ExchangeHoliday[] = Object.freeze([
	{ date: '1994-04-27', name: 'National Day of Mourning (Richard Nixon)' },
	{ date: '2001-09-11', name: 'September 11 attacks' },
	{ date: '2001-09-12', name: 'September 11 attacks' },
	{ date: '2001-09-13', name: 'September 11 attacks' },
	{ date: '2001-09-14', name: 'September 11 attacks' },
	{ date: '2004-06-11', name: 'National Day of Mourning (Ronald Reagan)' },
	{ date: '2007-01-02', name: 'National Day of Mourning (Gerald Ford)' },
	{ date: '2012-10-29', name: 'Hurricane Sandy' },
	{ date: '2012-10-30', name: 'Hurricane Sandy' },
	{ date: '2018-12-05', name: 'National Day of Mourning (George H. W. Bush)' },
	{ date: '2025-01-09', name: 'National Day of Mourning (Jimmy Carter)' },
]);

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher).
 * @param year - calendar year
 * @example easterSunday(2025) // '2025-04-20'
 * @example easterSunday(1800) // throws RangeError naming year
 */
export function easterSunday(year: number): IsoDate {
	checkYearMonth(year, 1);
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return isoDate(year, month, day);
}

/**
 * The n-th given weekday of a month (n = −1 for the last one).
 * @param year - calendar year
 * @param month - month 1–12
 * @param weekday - 0 = Sunday … 6 = Saturday
 * @param n - 1…5, or −1 for the last
 * @example nthWeekdayOfMonth(2026, 1, 5, 3) // '2026-01-16', the third Friday
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): IsoDate {
	checkYearMonth(year, month);
	if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
		throw new RangeError(`weekday must be an integer 0–6, got ${weekday}`);
	}
	if (!Number.isInteger(n) || n === 0 || n < -1 || n > 5) {
		throw new RangeError(`n must be 1–5 or −1 (last), got ${n}`);
	}
	if (n === -1) {
		const last = epochDayOf(isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()));
		return isoDateOfEpochDay(last - ((weekdayOfEpochDay(last) - weekday + 7) % 7));
	}
	const first = epochDayOf(isoDate(year, month, 1));
	const result = isoDateOfEpochDay(first + ((weekday - weekdayOfEpochDay(first) + 7) % 7) + 7 * (n - 1));
	if (Number(result.slice(5, 7)) !== month) {
		throw new RangeError(`n = ${n}: ${year}-${month} has no such weekday`);
	}
	return result;
}

const holidayCache = new Map<number, readonly ExchangeHoliday[]>();
const holidayDates = new Set<IsoDate>();

/**
 * Full-day exchange holidays of a year, in date order, including special closures.
 * @param year - calendar year, 1990–2199
 * @example exchangeHolidays(2022).map((h) => h.date)[0] // '2022-01-17' (New Year's Day fell on a Saturday)
 */
export function exchangeHolidays(year: number): readonly ExchangeHoliday[] {
	checkYearMonth(year, 1);
	let holidays = holidayCache.get(year);
	if (!holidays) {
		holidays = Object.freeze(computeHolidays(year));
		holidayCache.set(year, holidays);
		for (const h of holidays) holidayDates.add(h.date);
	}
	return holidays;
}

/**
 * Whether the exchange is closed all day for a holiday (weekends are not holidays; see isBusinessDay).
 * @param date - 'YYYY-MM-DD'
 * @example isExchangeHoliday('2025-04-18') // true (Good Friday)
 */
export function isExchangeHoliday(date: IsoDate): boolean {
	epochDayOf(date);
	exchangeHolidays(Number(date.slice(0, 4)));
	return holidayDates.has(date);
}

function computeHolidays(year: number): ExchangeHoliday[] {
	const list: ExchangeHoliday[] = [];
	// NYSE Rule 7.2: a Saturday holiday closes the Friday before, except when that Friday ends a month or year
	// — in practice only New Year's Day, which then gets no weekday at all; a Sunday holiday closes Monday.
	const newYear = epochDayOf(isoDate(year, 1, 1));
	const newYearWeekday = weekdayOfEpochDay(newYear);
	if (newYearWeekday === 0)
		list.push({ date: isoDateOfEpochDay(newYear + 1), name: "New Year's Day (observed)" });
	else if (newYearWeekday !== 6) list.push({ date: isoDateOfEpochDay(newYear), name: "New Year's Day" });
	if (year >= 1998) list.push({ date: nthWeekdayOfMonth(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' });
	list.push({ date: nthWeekdayOfMonth(year, 2, 1, 3), name: "Presidents' Day" });
	list.push({ date: isoDateOfEpochDay(epochDayOf(easterSunday(year)) - 2), name: 'Good Friday' });
	list.push({ date: nthWeekdayOfMonth(year, 5, 1, -1), name: 'Memorial Day' });
	if (year >= 2022) list.push(fixedHoliday(year, 6, 19, 'Juneteenth'));
	list.push(fixedHoliday(year, 7, 4, 'Independence Day'));
	list.push({ date: nthWeekdayOfMonth(year, 9, 1, 1), name: 'Labor Day' });
	list.push({ date: nthWeekdayOfMonth(year, 11, 4, 4), name: 'Thanksgiving Day' });
	list.push(fixedHoliday(year, 12, 25, 'Christmas Day'));
	for (const closure of SPECIAL_CLOSURES) {
		if (closure.date.startsWith(`${year}-`)) list.push(closure);
	}
	return list.sort((x, y) => (x.date < y.date ? -1 : 1));
}

function fixedHoliday(year: number, month: number, day: number, name: string): ExchangeHoliday {
	const epochDay = epochDayOf(isoDate(year, month, day));
	const weekday = weekdayOfEpochDay(epochDay);
	if (weekday === 6) return { date: isoDateOfEpochDay(epochDay - 1), name: `${name} (observed)` };
	if (weekday === 0) return { date: isoDateOfEpochDay(epochDay + 1), name: `${name} (observed)` };
	return { date: isoDateOfEpochDay(epochDay), name };
}
