import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	easterSunday,
	exchangeHolidays,
	isExchangeHoliday,
	nthWeekdayOfMonth,
} from '../../../src/engine/market/holidays';
import { dayOfWeek } from '../../../src/engine/market/isoDate';

// Published NYSE holiday schedules (nyse.com "Holidays & Trading Hours") for these years.
const NYSE: Record<number, string[]> = {
	2011: [
		'2011-01-17',
		'2011-02-21',
		'2011-04-22',
		'2011-05-30',
		'2011-07-04',
		'2011-09-05',
		'2011-11-24',
		'2011-12-26',
	],
	2018: [
		'2018-01-01',
		'2018-01-15',
		'2018-02-19',
		'2018-03-30',
		'2018-05-28',
		'2018-07-04',
		'2018-09-03',
		'2018-11-22',
		'2018-12-05',
		'2018-12-25',
	],
	2021: [
		'2021-01-01',
		'2021-01-18',
		'2021-02-15',
		'2021-04-02',
		'2021-05-31',
		'2021-07-05',
		'2021-09-06',
		'2021-11-25',
		'2021-12-24',
	],
	2022: [
		'2022-01-17',
		'2022-02-21',
		'2022-04-15',
		'2022-05-30',
		'2022-06-20',
		'2022-07-04',
		'2022-09-05',
		'2022-11-24',
		'2022-12-26',
	],
	2023: [
		'2023-01-02',
		'2023-01-16',
		'2023-02-20',
		'2023-04-07',
		'2023-05-29',
		'2023-06-19',
		'2023-07-04',
		'2023-09-04',
		'2023-11-23',
		'2023-12-25',
	],
	2025: [
		'2025-01-01',
		'2025-01-09',
		'2025-01-20',
		'2025-02-17',
		'2025-04-18',
		'2025-05-26',
		'2025-06-19',
		'2025-07-04',
		'2025-09-01',
		'2025-11-27',
		'2025-12-25',
	],
	2026: [
		'2026-01-01',
		'2026-01-19',
		'2026-02-16',
		'2026-04-03',
		'2026-05-25',
		'2026-06-19',
		'2026-07-03',
		'2026-09-07',
		'2026-11-26',
		'2026-12-25',
	],
	2027: [
		'2027-01-01',
		'2027-01-18',
		'2027-02-15',
		'2027-03-26',
		'2027-05-31',
		'2027-06-18',
		'2027-07-05',
		'2027-09-06',
		'2027-11-25',
		'2027-12-24',
	],
};

describe('exchange holidays', () => {
	it.each(Object.entries(NYSE))('exchangeHolidays(%s) matches the published NYSE schedule', (year, dates) => {
		expect(exchangeHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
	});

	it('exchangeHolidays(1995) has no Martin Luther King Jr. Day (NYSE observes it from 1998)', () => {
		expect(exchangeHolidays(1995).some((h) => h.name.startsWith('Martin'))).toBe(false);
		expect(exchangeHolidays(1998).some((h) => h.date === '1998-01-19')).toBe(true);
	});

	it('exchangeHolidays(2021) has no Juneteenth (observed from 2022)', () => {
		expect(exchangeHolidays(2021).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
	});

	it('isExchangeHoliday leaves Friday 2021-12-31 open when New Year 2022 falls on a Saturday (NYSE rule 7.2)', () => {
		expect(isExchangeHoliday('2021-12-31')).toBe(false);
		expect(isExchangeHoliday('2010-12-31')).toBe(false);
	});

	it('isExchangeHoliday includes the special closures (9/11, Sandy, Bush and Carter funerals)', () => {
		for (const date of ['2001-09-11', '2001-09-14', '2012-10-29', '2012-10-30', '2018-12-05', '2025-01-09']) {
			expect(isExchangeHoliday(date)).toBe(true);
		}
		expect(isExchangeHoliday('2001-09-17')).toBe(false);
		expect(isExchangeHoliday('2025-01-10')).toBe(false);
	});

	it('isExchangeHoliday rejects a malformed date', () => {
		expect(() => isExchangeHoliday('2025-02-29')).toThrow(RangeError);
	});

	it('every exchange holiday falls on a weekday (property over 1990–2199)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2199 }), (year) => {
				for (const h of exchangeHolidays(year)) {
					expect(dayOfWeek(h.date)).toBeGreaterThanOrEqual(1);
					expect(dayOfWeek(h.date)).toBeLessThanOrEqual(5);
				}
			}),
		);
	});
});

describe('easterSunday', () => {
	// Published Gregorian Easter dates, including the earliest and latest of the range.
	it.each([
		[1990, '1990-04-15'],
		[2000, '2000-04-23'],
		[2008, '2008-03-23'],
		[2011, '2011-04-24'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2038, '2038-04-25'],
		[2100, '2100-03-28'],
	])('easterSunday(%i) is %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});

	it('easterSunday is a Sunday between March 22 and April 25 (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2199 }), (year) => {
				const date = easterSunday(year);
				expect(dayOfWeek(date)).toBe(0);
				const monthDay = date.slice(5);
				expect(monthDay >= '03-22' && monthDay <= '04-25').toBe(true);
			}),
		);
	});

	it('easterSunday rejects a year outside 1990–2199', () => {
		expect(() => easterSunday(1800)).toThrow(/year/);
	});
});

describe('nthWeekdayOfMonth', () => {
	it('finds third Mondays, last Mondays and first Sundays', () => {
		expect(nthWeekdayOfMonth(2026, 1, 1, 3)).toBe('2026-01-19');
		expect(nthWeekdayOfMonth(2026, 5, 1, -1)).toBe('2026-05-25');
		expect(nthWeekdayOfMonth(2026, 11, 0, 1)).toBe('2026-11-01');
	});

	it('throws when the month has no fifth such weekday, or on bad arguments', () => {
		expect(() => nthWeekdayOfMonth(2026, 2, 1, 5)).toThrow(/n = 5/);
		expect(() => nthWeekdayOfMonth(2026, 2, 7, 1)).toThrow(/weekday/);
		expect(() => nthWeekdayOfMonth(2026, 2, 1, 0)).toThrow(/n must/);
	});
});
