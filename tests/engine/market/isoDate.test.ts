import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addDays,
	calendarDaysBetween,
	dayOfWeek,
	epochDayOf,
	isoDate,
	isoDateOfEpochDay,
} from '../../../src/engine/market/isoDate';

describe('isoDate arithmetic', () => {
	it('epochDayOf counts days from 1970-01-01 (Unix epoch / 86,400 s)', () => {
		expect(epochDayOf('1990-01-01')).toBe(631_152_000 / 86_400);
		expect(epochDayOf('2000-03-01')).toBe(951_868_800 / 86_400);
	});

	it('epochDayOf rejects malformed and impossible dates, naming the argument', () => {
		expect(() => epochDayOf('2023-02-30')).toThrow(/date must be a real/);
		expect(() => epochDayOf('2023-13-01')).toThrow(RangeError);
		expect(() => epochDayOf('2023-1-5', 'from')).toThrow(/from must be a 'YYYY-MM-DD'/);
		expect(() => epochDayOf('1989-12-31')).toThrow(/years 1990–2199/);
		expect(() => epochDayOf(20230105 as unknown as string)).toThrow(RangeError);
	});

	it('isoDate accepts 29 February only in leap years (2000 yes, 2100 no)', () => {
		expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
		expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
		expect(() => isoDate(2100, 2, 29)).toThrow(/day must be an integer 1–28/);
		expect(() => isoDate(2023, 0, 1)).toThrow(/month/);
	});

	it('addDays crosses month, year and leap-day boundaries', () => {
		expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(() => addDays('2026-03-01', 1.5)).toThrow(/days must be an integer/);
		expect(() => addDays('2199-12-31', 1)).toThrow(RangeError);
	});

	it('calendarDaysBetween gives the preset DTEs (docs/models.md, Market data and presets)', () => {
		expect(calendarDaysBetween('2017-11-03', '2017-11-15')).toBe(12);
		expect(calendarDaysBetween('2017-11-03', '2017-12-20')).toBe(47);
		expect(calendarDaysBetween('2020-03-16', '2020-03-18')).toBe(2);
		expect(calendarDaysBetween('2017-12-20', '2017-11-03')).toBe(-47);
	});

	it('dayOfWeek matches known weekdays', () => {
		expect(dayOfWeek('1990-01-01')).toBe(1); // a Monday
		expect(dayOfWeek('2000-01-01')).toBe(6); // a Saturday
		expect(dayOfWeek('2026-03-08')).toBe(0); // a Sunday
	});

	it('addDays and calendarDaysBetween are inverse and agree with Date (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: -5000, max: 5000 }), (offset, n) => {
				const date = isoDateOfEpochDay(epochDayOf('1990-01-01') + offset);
				fc.pre(offset + n >= 0 && offset + n <= 70_000);
				const later = addDays(date, n);
				expect(calendarDaysBetween(date, later)).toBe(n);
				expect(dayOfWeek(date)).toBe(new Date(`${date}T12:00:00Z`).getUTCDay());
			}),
		);
	});
});
