// Reading one field of a history file: strict decimal numbers and the two date styles the sources write
// (Cboe's mm/dd/yyyy, everyone else's yyyy-mm-dd), checked against the engine's calendar range.

import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR, weekdayOfEpochDay } from '../market/isoDate';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;
const MONTH_DAY_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Which date style a file uses: fixed by its layout, or (for 'either') by its first data row. */
export type DateStyle = 'mdy' | 'ymd' | 'either';

/**
 * A field as a finite number, or NaN when it is not a plain decimal (no hex, no 'Infinity', no thousands
 * separators, no blank — `Number` would accept the first ones and read a blank as 0) or overflows.
 * @param field - the field text, already trimmed
 * @example readDecimal('17.24') // 17.24
 * @example readDecimal('1,234') // NaN
 */
export function readDecimal(field: string): number {
	const value = DECIMAL.test(field) ? Number(field) : NaN;
	return Number.isFinite(value) ? value : NaN;
}

/** A date field read: its day number, a date before the calendar (row left out), or the reason it is refused. */
export type DateRead =
	| { kind: 'day'; epochDay: number; style: 'mdy' | 'ymd' }
	| { kind: 'beforeCalendar' }
	| { kind: 'bad'; message: string };

/**
 * Reads a date in the given style. Refused: another shape, a date that does not exist (02/30/2020), a year after
 * the calendar's last, a Saturday or Sunday (no session; also how a day/month swap usually shows).
 * @param field - the field text, trimmed
 * @param style - 'mdy' (m/d/yyyy, zero padding optional), 'ymd' (yyyy-mm-dd) or 'either'
 * @example readDate('03/16/2020', 'mdy') // { kind: 'day', epochDay: 18337, style: 'mdy' }
 * @example readDate('1985-01-02', 'ymd') // { kind: 'beforeCalendar' }
 */
export function readDate(field: string, style: DateStyle): DateRead {
	const parts = dateParts(field, style);
	if (!parts) {
		const expected = { mdy: 'mm/dd/yyyy', ymd: 'yyyy-mm-dd', either: 'mm/dd/yyyy or yyyy-mm-dd' }[style];
		return { kind: 'bad', message: `'${clip(field)}' is not a date in the form ${expected}` };
	}
	const { year, month, day } = parts;
	const epochMs = Date.UTC(year, month - 1, day);
	if (month < 1 || month > 12 || day < 1 || new Date(epochMs).getUTCDate() !== day) {
		return { kind: 'bad', message: `'${clip(field)}' is not a real date` };
	}
	if (year < MIN_CALENDAR_YEAR) return { kind: 'beforeCalendar' };
	if (year > MAX_CALENDAR_YEAR) {
		return {
			kind: 'bad',
			message: `'${clip(field)}' is after ${MAX_CALENDAR_YEAR}, the calendar's last year`,
		};
	}
	const epochDay = epochMs / MS_PER_DAY;
	const weekday = weekdayOfEpochDay(epochDay);
	if (weekday === 0 || weekday === 6) {
		return {
			kind: 'bad',
			message: `'${clip(field)}' is a ${weekday === 0 ? 'Sunday' : 'Saturday'}, when no market closes`,
		};
	}
	return { kind: 'day', epochDay, style: parts.style };
}

function dateParts(field: string, style: DateStyle) {
	const mdy = style === 'ymd' ? null : MONTH_DAY_YEAR.exec(field);
	if (mdy) return { year: Number(mdy[3]), month: Number(mdy[1]), day: Number(mdy[2]), style: 'mdy' as const };
	const ymd = style === 'mdy' ? null : YEAR_MONTH_DAY.exec(field);
	if (ymd) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]), style: 'ymd' as const };
	return null;
}

/** A field quoted in a message, cut short so a hostile file cannot flood the screen. */
export function clip(field: string, max = 24): string {
	return field.length <= max ? field : `${field.slice(0, max)}…`;
}
