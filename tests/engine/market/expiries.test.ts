import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	nearestVxExpiry,
	spxMonthlyExpiry,
	thirdFriday,
	vxExpiriesAfter,
	vxExpiry,
} from '../../../src/engine/market/expiries';
import {
	calendarDaysBetween,
	dayOfWeek,
	epochDayOf,
	isoDateOfEpochDay,
} from '../../../src/engine/market/isoDate';
import { isBusinessDay } from '../../../src/engine/market/calendar';

const DATA_DIR = path.resolve(process.cwd(), '../shared/data');
const SETTLEMENTS = path.join(DATA_DIR, 'vx_final_settlement_values.csv');
const hasSettlements = fs.existsSync(SETTLEMENTS);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Every VX contract month 2017–2026 whose expiry is NOT the plain "Wednesday 30 days before the next month's
 * third Friday", derived by hand from the holiday calendar:
 * - Mar 2019: Fri 2019-04-19 is Good Friday (Easter 04-21) → Wed 03-20 moves to Tue 03-19.
 * - Mar 2022: Fri 2022-04-15 is Good Friday (Easter 04-17) → Wed 03-16 moves to Tue 03-15.
 * - Jun 2024: Wed 2024-06-19 is Juneteenth itself → Tue 06-18.
 * - Mar 2025: Fri 2025-04-18 is Good Friday (Easter 04-20) → Wed 03-19 moves to Tue 03-18.
 * - May 2026: Fri 2026-06-19 is Juneteenth → Wed 05-20 moves to Tue 05-19.
 * Not holiday cases: May 2020 (Fri 2020-06-19 was not yet an exchange holiday), Jun 2018 (expiry 06-20, the
 * July 4 Wednesday is two weeks later), and the Bush (2018-12-05) and Carter (2025-01-09) closures, which are
 * neither a VX Wednesday nor an SPX third Friday.
 */
const HOLIDAY_CASES: [number, number, string][] = [
	[2019, 3, '2019-03-19'],
	[2022, 3, '2022-03-15'],
	[2024, 6, '2024-06-18'],
	[2025, 3, '2025-03-18'],
	[2026, 5, '2026-05-19'],
];

/** Plain cases, by hand: third Friday of the next month − 30 days (read off a printed calendar). */
const PLAIN_CASES: [number, number, string][] = [
	[2017, 11, '2017-11-15'], // docs/models.md, Reference checks: Dec 15 − 30
	[2017, 12, '2017-12-20'], // docs/models.md, Reference checks: Jan 19, 2018 − 30
	[2018, 1, '2018-01-17'],
	[2018, 2, '2018-02-14'], // Mar 16 − 30 (February has 28 days)
	[2018, 6, '2018-06-20'],
	[2018, 11, '2018-11-21'], // Dec 21 − 30, the day before Thanksgiving
	[2019, 4, '2019-04-17'],
	[2019, 5, '2019-05-22'],
	[2020, 3, '2020-03-18'],
	[2020, 5, '2020-05-20'],
	[2021, 3, '2021-03-17'],
	[2022, 10, '2022-10-19'],
	[2023, 3, '2023-03-22'],
	[2024, 2, '2024-02-14'], // Mar 15 − 30 (leap February)
	[2024, 12, '2024-12-18'],
	[2025, 7, '2025-07-16'],
	[2026, 1, '2026-01-21'],
	[2026, 6, '2026-06-17'],
];

describe('vxExpiry', () => {
	it.each(HOLIDAY_CASES)('vxExpiry(%i, %i) moves to Tuesday %s (holiday case)', (year, month, date) => {
		expect(vxExpiry(year, month)).toBe(date);
		expect(dayOfWeek(date)).toBe(2);
	});

	it.each(PLAIN_CASES)('vxExpiry(%i, %i) is Wednesday %s', (year, month, date) => {
		expect(vxExpiry(year, month)).toBe(date);
		expect(dayOfWeek(date)).toBe(3);
	});

	it('vxExpiry(2027, 5) moves to Tuesday 2027-05-18: Juneteenth (a Saturday) is observed Friday 2027-06-18', () => {
		expect(vxExpiry(2027, 5)).toBe('2027-05-18');
	});

	it('vxExpiry 2017–2026 is the plain Wednesday except exactly the hand-listed holiday cases', () => {
		const holiday = new Set(HOLIDAY_CASES.map(([y, m]) => `${y}-${m}`));
		for (let year = 2017; year <= 2026; year++) {
			for (let month = 1; month <= 12; month++) {
				const expiry = vxExpiry(year, month);
				const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
				const days = calendarDaysBetween(expiry, thirdFriday(ny, nm));
				expect(isBusinessDay(expiry)).toBe(true);
				expect(days).toBe(holiday.has(`${year}-${month}`) ? 31 : 30);
			}
		}
	});

	it('vxExpiry rejects a month outside 1–12 and a year outside the calendar', () => {
		expect(() => vxExpiry(2017, 0)).toThrow(/month/);
		expect(() => vxExpiry(2017, 13)).toThrow(/month/);
		expect(() => vxExpiry(2017, 1.5)).toThrow(/month/);
		expect(() => vxExpiry(1980, 1)).toThrow(/year/);
	});

	describe.skipIf(!hasSettlements)('against CFE final settlements (skipped: ../shared/data absent)', () => {
		it('vxExpiry matches every expiry date in vx_final_settlement_values.csv', () => {
			const rows = fs.readFileSync(SETTLEMENTS, 'utf8').trim().split(/\r?\n/).slice(1);
			expect(rows.length).toBeGreaterThanOrEqual(18);
			for (const row of rows) {
				const [contract, expiry] = row.split(',');
				const match = /\((\w{3}) (\d{4})\)/.exec(contract);
				expect(match, contract).not.toBeNull();
				const month = MONTHS.indexOf(match![1]) + 1;
				expect(vxExpiry(Number(match![2]), month), contract).toBe(expiry);
			}
		});
	});
});

describe('spxMonthlyExpiry', () => {
	it.each([
		[2017, 12, '2017-12-15'],
		[2019, 4, '2019-04-18'], // Good Friday 04-19 → Thursday
		[2022, 4, '2022-04-14'], // Good Friday 04-15 → Thursday
		[2025, 4, '2025-04-17'], // Good Friday 04-18 → Thursday
		[2026, 6, '2026-06-18'], // Juneteenth 06-19 → Thursday
		[2026, 1, '2026-01-16'],
	])('spxMonthlyExpiry(%i, %i) is %s', (year, month, date) => {
		expect(spxMonthlyExpiry(year, month)).toBe(date);
	});

	it('spxMonthlyExpiry is the third Friday or the Thursday before it, always a business day (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2198 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
				const expiry = spxMonthlyExpiry(year, month);
				const day = Number(expiry.slice(8));
				expect(isBusinessDay(expiry)).toBe(true);
				expect(day >= 14 && day <= 21).toBe(true);
				expect([4, 5]).toContain(dayOfWeek(expiry));
			}),
		);
	});

	it('spxMonthlyExpiry rejects month 13', () => {
		expect(() => spxMonthlyExpiry(2022, 13)).toThrow(/month/);
	});
});

describe('listed VX expiries', () => {
	it('vxExpiriesAfter gives the preset DTEs of docs/models.md, Market data and presets', () => {
		const dtes = (date: string) => vxExpiriesAfter(date, 3).map((e) => calendarDaysBetween(date, e));
		expect(dtes('2017-11-03')).toEqual([12, 47, 75]);
		expect(dtes('2020-03-13')).toEqual([5, 33, 68]);
		expect(dtes('2020-03-16')).toEqual([2, 30, 65]);
		expect(dtes('2022-10-12')).toEqual([7, 35, 70]);
		expect(dtes('2024-08-02')).toEqual([19, 47, 75]);
		expect(dtes('2024-08-05')).toEqual([16, 44, 72]);
	});

	it('vxExpiriesAfter counts true calendar days where the published preset DTEs cross the March DST switch', () => {
		// The published preset table (and vx_settlements_presets.csv) lists 46/74, 43/71 and 67 here: their source floored the elapsed
		// time between local midnights, which loses the 23-hour spring-forward day. Counting dates: Feb 5 → Mar 21,
		// 2018 is 24 days of February + 21 = 44 (expiries from the same file: 2018-03-21, 2018-04-18, 2026-03-18).
		const dtes = (date: string) => vxExpiriesAfter(date, 3).map((e) => calendarDaysBetween(date, e));
		expect(dtes('2018-02-02')).toEqual([12, 47, 75]);
		expect(dtes('2018-02-05')).toEqual([9, 44, 72]);
		expect(dtes('2026-01-09')).toEqual([12, 40, 68]);
	});

	it('vxExpiriesAfter leaves out a contract expiring on the date itself', () => {
		expect(vxExpiriesAfter('2017-11-15', 1)).toEqual(['2017-12-20']);
		expect(vxExpiriesAfter('2017-11-14', 1)).toEqual(['2017-11-15']);
		expect(vxExpiriesAfter('2017-11-14', 0)).toEqual([]);
	});

	it('vxExpiriesAfter returns strictly increasing dates 27–36 days apart (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1991, max: 2190 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				(y, m, d) => {
					const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
					const list = vxExpiriesAfter(date, 12);
					expect(calendarDaysBetween(date, list[0])).toBeGreaterThan(0);
					for (let i = 1; i < list.length; i++) {
						const gap = calendarDaysBetween(list[i - 1], list[i]);
						expect(gap >= 27 && gap <= 36).toBe(true);
					}
				},
			),
			{ numRuns: 100 },
		);
	});

	it('vxExpiriesAfter rejects a negative or fractional count', () => {
		expect(() => vxExpiriesAfter('2017-11-03', -1)).toThrow(/count/);
		expect(() => vxExpiriesAfter('2017-11-03', 1.5)).toThrow(/count/);
	});

	it('nearestVxExpiry picks the listed expiry nearest the target DTE, the later one on a tie', () => {
		// From 2026-01-09 the expiries sit at 12, 40, 68, 96, 130, 159, 194, 222, 250 DTE (counted by hand).
		const from = '2026-01-09';
		expect(vxExpiriesAfter(from, 9).map((e) => calendarDaysBetween(from, e))).toEqual([
			12, 40, 68, 96, 130, 159, 194, 222, 250,
		]);
		expect(nearestVxExpiry(from, 30)).toBe('2026-02-18');
		expect(nearestVxExpiry(from, 110)).toBe('2026-04-15');
		expect(nearestVxExpiry(from, 220)).toBe('2026-08-19');
		expect(nearestVxExpiry(from, 26)).toBe('2026-02-18'); // 12 and 40 are both 14 away
		expect(nearestVxExpiry(from, 0)).toBe('2026-01-21');
	});

	it('nearestVxExpiry rejects a negative target', () => {
		expect(() => nearestVxExpiry('2026-01-09', -5)).toThrow(/targetDteDays/);
	});

	it('nearestVxExpiry is no farther from the target than any of the listed expiries (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 400 }), (target) => {
				const from = '2024-08-05';
				const best = Math.abs(calendarDaysBetween(from, nearestVxExpiry(from, target)) - target);
				for (const e of vxExpiriesAfter(from, 20)) {
					expect(best).toBeLessThanOrEqual(Math.abs(calendarDaysBetween(from, e) - target));
				}
			}),
			{ numRuns: 60 },
		);
	});
});

describe('vxExpiriesAfter at the start of the calendar', () => {
	it('works for January 1990 dates (it once asked for a December 1989 contract)', () => {
		expect(vxExpiriesAfter('1990-01-02', 2)).toEqual([vxExpiry(1990, 1), vxExpiry(1990, 2)]);
		expect(vxExpiriesAfter(vxExpiry(1990, 1), 1)).toEqual([vxExpiry(1990, 2)]);
	});
	it('never skips or repeats a month: each expiry is its month’s, after the date, in order', () => {
		for (let d = epochDayOf('1990-01-01'); d < epochDayOf('1992-01-01'); d += 3) {
			const date = isoDateOfEpochDay(d);
			const [a, b] = vxExpiriesAfter(date, 2);
			expect(a > date).toBe(true);
			expect(epochDayOf(b) - epochDayOf(a)).toBeGreaterThanOrEqual(27);
			expect(epochDayOf(b) - epochDayOf(a)).toBeLessThanOrEqual(36);
		}
	});
});
