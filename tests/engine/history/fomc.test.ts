import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, dayOfWeek, isBusinessDay } from '../../../src/engine';
import {
	FOMC_DECISIONS,
	UNSCHEDULED_FOMC_DECISIONS,
	flagFlipsNearFomc,
	type Flip,
} from '../../../src/engine/history';

const flipOn = (date: string): Flip => ({
	date,
	row: 0,
	vix: 20,
	vix3m: 19,
	peakVix: 20,
	peakDate: date,
	backwardationDays: 1,
	ongoing: false,
});

describe('FOMC_DECISIONS', () => {
	const scheduled = FOMC_DECISIONS.filter((d) => !UNSCHEDULED_FOMC_DECISIONS.includes(d));
	it('holds eight scheduled decisions a year 2009–2026, seven in 2020 plus its two unscheduled ones', () => {
		for (let year = 2009; year <= 2026; year++) {
			// The 2020-03-15 meeting took the place of the scheduled 2020-03-17/18 one.
			expect(scheduled.filter((d) => d.startsWith(`${year}-`))).toHaveLength(year === 2020 ? 7 : 8);
		}
		expect(FOMC_DECISIONS).toHaveLength(18 * 8 + 1);
		expect(UNSCHEDULED_FOMC_DECISIONS.every((d) => FOMC_DECISIONS.includes(d))).toBe(true);
	});
	it('is in date order, scheduled decisions 5–10 weeks apart on a Tuesday, Wednesday or Thursday session', () => {
		expect([...FOMC_DECISIONS].sort()).toEqual(FOMC_DECISIONS);
		scheduled.forEach((d, i) => {
			expect([2, 3, 4]).toContain(dayOfWeek(d));
			expect(isBusinessDay(d)).toBe(true);
			if (i === 0 || d === '2020-04-29') return; // after the replaced March 2020 meeting
			expect(calendarDaysBetween(scheduled[i - 1], d)).toBeGreaterThanOrEqual(35);
			expect(calendarDaysBetween(scheduled[i - 1], d)).toBeLessThanOrEqual(70);
		});
	});
	it('has the dates that moved: Thursday statements after elections and in Sept 2012/2015', () => {
		for (const d of ['2012-09-13', '2015-09-17', '2018-11-08', '2020-11-05', '2024-11-07']) {
			expect(FOMC_DECISIONS).toContain(d);
		}
		expect(dayOfWeek('2020-03-15')).toBe(0);
	});
});

describe('flagFlipsNearFomc', () => {
	it('flags a flip within ±5 business days with the signed offset of the nearest decision', () => {
		const [before, after, far] = flagFlipsNearFomc([
			flipOn('2018-01-24'),
			flipOn('2018-02-02'),
			flipOn('2018-02-12'),
		]);
		// 2018-01-24 → decision 2018-01-31: 5 business days later; 2018-02-02 is 2 after it; 02-12 is 8 after it.
		expect(before.fomc).toEqual({ date: '2018-01-31', offsetBusinessDays: 5 });
		expect(after.fomc).toEqual({ date: '2018-01-31', offsetBusinessDays: -2 });
		expect(far.fomc).toBeNull();
	});
	it('counts a weekend decision from the next session (Sunday 2020-03-15 → Monday 03-16)', () => {
		const [monday, friday] = flagFlipsNearFomc([flipOn('2020-03-16'), flipOn('2020-03-13')]);
		expect(monday.fomc).toEqual({ date: '2020-03-15', offsetBusinessDays: 0 });
		expect(friday.fomc).toEqual({ date: '2020-03-15', offsetBusinessDays: 1 });
	});
	it('takes the window width in business days and refuses a bad one', () => {
		expect(flagFlipsNearFomc([flipOn('2018-01-24')], 4)[0].fomc).toBeNull();
		expect(() => flagFlipsNearFomc([], -1)).toThrow(RangeError);
	});
});
