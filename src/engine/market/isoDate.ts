// Calendar-day arithmetic on 'YYYY-MM-DD' strings. Everything runs on UTC day numbers, so the host's time zone
// and ICU data can never shift a date.

import type { IsoDate } from '../types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Lowest and highest year any calendar function accepts: the exchange rules coded here hold from 1990 on. */
export const MIN_CALENDAR_YEAR = 1990;
export const MAX_CALENDAR_YEAR = 2199;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date (may be negative before 1970).
 * @param date - calendar date 'YYYY-MM-DD', year within [MIN_CALENDAR_YEAR, MAX_CALENDAR_YEAR]
 * @param argName - name of the caller's argument, used in the error message
 * @example epochDayOf('1970-01-02') // 1
 * @example epochDayOf('2023-02-30') // throws RangeError: date must be a real 'YYYY-MM-DD' date…
 */
export function epochDayOf(date: IsoDate, argName = 'date'): number {
	const known = typeof date === 'string' ? dayOfDate.get(date) : undefined;
	if (known !== undefined) return known;
	const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
	if (!match) throw new RangeError(`${argName} must be a 'YYYY-MM-DD' string, got ${String(date)}`);
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	checkYear(year, argName);
	const epochMs = Date.UTC(year, month - 1, day);
	// Date.UTC rolls 30 February over into March; a round trip exposes it.
	if (month < 1 || month > 12 || new Date(epochMs).getUTCDate() !== day) {
		throw new RangeError(`${argName} must be a real 'YYYY-MM-DD' date, got '${date}'`);
	}
	return remember(dayOfDate, date, epochMs / MS_PER_DAY);
}

/**
 * Valid dates already converted, both ways: the back-test converts the same few thousand dates hundreds of
 * thousands of times. Emptied when it reaches MEMO_SIZE entries, so it cannot grow without bound.
 */
const MEMO_SIZE = 50_000;
const dayOfDate = new Map<IsoDate, number>();
const dateOfDay = new Map<number, IsoDate>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
	if (memo.size >= MEMO_SIZE) memo.clear();
	memo.set(key, value);
	return value;
}

/**
 * The 'YYYY-MM-DD' date of a day number.
 * @param epochDay - whole days since 1970-01-01
 * @example isoDateOfEpochDay(1) // '1970-01-02'
 */
export function isoDateOfEpochDay(epochDay: number): IsoDate {
	const known = dateOfDay.get(epochDay);
	if (known !== undefined) return known;
	if (!Number.isInteger(epochDay)) throw new RangeError(`epochDay must be an integer, got ${epochDay}`);
	return remember(dateOfDay, epochDay, new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10));
}

/**
 * The date of a year, month (1–12) and day of month.
 * @param year - calendar year
 * @param month - month 1–12
 * @param day - day of month 1–31 (must exist in that month)
 * @example isoDate(2026, 3, 8) // '2026-03-08'
 * @example isoDate(2026, 2, 30) // throws RangeError naming day
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
	checkYearMonth(year, month);
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (!Number.isInteger(day) || day < 1 || day > lastDay) {
		throw new RangeError(`day must be an integer 1–${lastDay} for ${year}-${pad2(month)}, got ${day}`);
	}
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 * @param date - 'YYYY-MM-DD'
 * @param days - whole calendar days
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
	if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
	const result = isoDateOfEpochDay(epochDayOf(date) + days);
	const year = Number(result.slice(0, 4));
	if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
		throw new RangeError(`days = ${days} moves ${date} outside ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}`);
	}
	return result;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier): the DTE of an expiry seen from a date.
 * @param from - 'YYYY-MM-DD'
 * @param to - 'YYYY-MM-DD'
 * @example calendarDaysBetween('2017-11-03', '2017-11-15') // 12
 */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
	return epochDayOf(to, 'to') - epochDayOf(from, 'from');
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 * @param date - 'YYYY-MM-DD'
 * @example dayOfWeek('2026-03-08') // 0 (a Sunday)
 */
export function dayOfWeek(date: IsoDate): number {
	return weekdayOfEpochDay(epochDayOf(date));
}

/** Weekday of a day number, 0 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
	return (((epochDay + 4) % 7) + 7) % 7;
}

/** Throws unless `year` is an integer inside the supported range and `month` is 1–12. */
export function checkYearMonth(year: number, month: number): void {
	checkYear(year, 'year');
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`month must be an integer 1–12, got ${month}`);
	}
}

function checkYear(year: number, argName: string): void {
	if (!Number.isInteger(year) || year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
		throw new RangeError(
			`${argName} must fall in the years ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR}, got ${String(year)}`,
		);
	}
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}
