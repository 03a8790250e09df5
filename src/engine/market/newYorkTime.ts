// America/New_York wall-clock time → UTC instants, with daylight saving computed by the US rule rather than the
// host's ICU data, so a result never depends on the device.

import type { IsoDate } from '../types';
import { nthWeekdayOfMonth } from './holidays';
import { epochDayOf } from './isoDate';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const SUNDAY = 0;
/** Clocks change at 02:00 local on both transition days. */
const CHANGE_MINUTE = 120;

/**
 * First and last day of US daylight saving time in a year: since 2007 the second Sunday of March to the first
 * Sunday of November; 1987–2006 the first Sunday of April to the last Sunday of October.
 * @param year - calendar year, 1990–2199
 * @example daylightSavingDays(2026) // { start: '2026-03-08', end: '2026-11-01' }
 */
export function daylightSavingDays(year: number): { start: IsoDate; end: IsoDate } {
	return year >= 2007
		? { start: nthWeekdayOfMonth(year, 3, SUNDAY, 2), end: nthWeekdayOfMonth(year, 11, SUNDAY, 1) }
		: { start: nthWeekdayOfMonth(year, 4, SUNDAY, 1), end: nthWeekdayOfMonth(year, 10, SUNDAY, -1) };
}

/** The transition days as day numbers, by year: every instant computed asks for its year's (the back-test, often). */
const dstCache = new Map<number, { startDay: number; endDay: number }>();

function daylightSavingEpochDays(year: number): { startDay: number; endDay: number } {
	let days = dstCache.get(year);
	if (days === undefined) {
		const { start, end } = daylightSavingDays(year);
		dstCache.set(year, (days = { startDay: epochDayOf(start), endDay: epochDayOf(end) }));
	}
	return days;
}

/**
 * UTC offset of New York wall-clock time, in minutes (−240 in daylight time, −300 in standard time). In the
 * hour skipped in spring the wall time is read as daylight time; in the hour repeated in autumn, as its first
 * (daylight) occurrence.
 * @param date - New York calendar date 'YYYY-MM-DD'
 * @param minutesAfterMidnight - wall-clock minutes after local midnight, 0 ≤ m < 1440
 * @example newYorkUtcOffsetMinutes('2026-03-09', 960) // -240
 */
export function newYorkUtcOffsetMinutes(date: IsoDate, minutesAfterMidnight: number): number {
	const day = epochDayOf(date);
	checkMinutes(minutesAfterMidnight);
	const { startDay, endDay } = daylightSavingEpochDays(Number(date.slice(0, 4)));
	const dst =
		(day > startDay && day < endDay) ||
		(day === startDay && minutesAfterMidnight >= CHANGE_MINUTE) ||
		(day === endDay && minutesAfterMidnight < CHANGE_MINUTE);
	return dst ? -240 : -300;
}

/**
 * UTC epoch milliseconds of a New York wall-clock time.
 * @param date - New York calendar date 'YYYY-MM-DD'
 * @param minutesAfterMidnight - wall-clock minutes after local midnight, 0 ≤ m < 1440 (09:30 = 570)
 * @example new Date(newYorkInstant('2026-01-09', 960)).toISOString() // '2026-01-09T21:00:00.000Z'
 * @example newYorkInstant('2026-01-09', 1440) // throws RangeError naming minutesAfterMidnight
 */
export function newYorkInstant(date: IsoDate, minutesAfterMidnight: number): number {
	const offset = newYorkUtcOffsetMinutes(date, minutesAfterMidnight);
	return epochDayOf(date) * MS_PER_DAY + (minutesAfterMidnight - offset) * MS_PER_MINUTE;
}

function checkMinutes(minutes: number): void {
	if (!Number.isFinite(minutes) || minutes < 0 || minutes >= 1440) {
		throw new RangeError(`minutesAfterMidnight must be in [0, 1440), got ${minutes}`);
	}
}
