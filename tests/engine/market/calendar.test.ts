import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addBusinessDays,
	businessDaysBetween,
	isBusinessDay,
	nextBusinessDay,
	previousBusinessDay,
} from '../../../src/engine/market/calendar';
import { epochDayOf, isoDateOfEpochDay } from '../../../src/engine/market/isoDate';

const anyDate = fc
	.integer({ min: epochDayOf('1990-06-01'), max: epochDayOf('2199-06-01') })
	.map((d) => isoDateOfEpochDay(d));

describe('business days', () => {
	it('isBusinessDay is false on weekends, holidays and special closures', () => {
		expect(isBusinessDay('2026-01-16')).toBe(true); // Friday
		expect(isBusinessDay('2026-01-17')).toBe(false); // Saturday
		expect(isBusinessDay('2026-01-18')).toBe(false); // Sunday
		expect(isBusinessDay('2026-01-19')).toBe(false); // MLK day
		expect(isBusinessDay('2018-12-05')).toBe(false); // Bush funeral
		expect(() => isBusinessDay('2026-1-19')).toThrow(/date/);
	});

	it('businessDaysBetween counts days after from up to and including to', () => {
		// NYSE 2025 had 250 trading days: 261 weekdays − 10 holidays − the Carter closure.
		expect(businessDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
		// 2022 had 251 trading days (260 weekdays − 9 holidays).
		expect(businessDaysBetween('2021-12-31', '2022-12-31')).toBe(251);
		expect(businessDaysBetween('2025-04-17', '2025-04-21')).toBe(1); // Good Friday + weekend skipped
		expect(businessDaysBetween('2025-04-21', '2025-04-17')).toBe(-1);
		expect(businessDaysBetween('2026-01-09', '2026-01-09')).toBe(0);
		expect(() => businessDaysBetween('2026-01-09', 'x')).toThrow(/to must/);
	});

	it('businessDaysBetween to the VX1 expiry of the 2026-01-09 preset is 7 (MLK day skipped)', () => {
		// Jan 12–16 (5), Jan 19 holiday, Jan 20, Jan 21 → 7.
		expect(businessDaysBetween('2026-01-09', '2026-01-21')).toBe(7);
	});

	it('addBusinessDays(Sunday, -1) is the Friday before, though no business day lies between them', () => {
		expect(addBusinessDays('2026-01-11', -1)).toBe('2026-01-09');
		expect(businessDaysBetween('2026-01-11', '2026-01-09')).toBe(0);
	});

	it('addBusinessDays skips holidays both ways and rejects fractional n', () => {
		expect(addBusinessDays('2025-04-17', 1)).toBe('2025-04-21');
		expect(addBusinessDays('2025-04-21', -1)).toBe('2025-04-17');
		expect(addBusinessDays('2026-01-17', 0)).toBe('2026-01-17');
		expect(addBusinessDays('2001-09-10', 1)).toBe('2001-09-17');
		expect(() => addBusinessDays('2025-04-17', 0.5)).toThrow(/n must be an integer/);
	});

	it('previousBusinessDay and nextBusinessDay step over Juneteenth and Christmas', () => {
		expect(previousBusinessDay('2026-06-19')).toBe('2026-06-18');
		expect(nextBusinessDay('2025-12-24')).toBe('2025-12-26');
	});

	it('businessDaysBetween(d, addBusinessDays(d, n)) === n and the result is a business day (property)', () => {
		fc.assert(
			fc.property(anyDate, fc.integer({ min: -40, max: 40 }), (date, n) => {
				fc.pre(n >= 0 || isBusinessDay(date));
				const moved = addBusinessDays(date, n);
				expect(businessDaysBetween(date, moved)).toBe(n);
				if (n !== 0) expect(isBusinessDay(moved)).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});

	it('businessDaysBetween is additive: (a,b) + (b,c) = (a,c) (property)', () => {
		fc.assert(
			fc.property(
				anyDate,
				fc.integer({ min: -60, max: 60 }),
				fc.integer({ min: -60, max: 60 }),
				(a, x, y) => {
					const b = isoDateOfEpochDay(epochDayOf(a) + x);
					const c = isoDateOfEpochDay(epochDayOf(a) + y);
					expect(businessDaysBetween(a, b) + businessDaysBetween(b, c)).toBe(businessDaysBetween(a, c));
				},
			),
			{ numRuns: 200 },
		);
	});
});
