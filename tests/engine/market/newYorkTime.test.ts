import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	daylightSavingDays,
	newYorkInstant,
	newYorkUtcOffsetMinutes,
} from '../../../src/engine/market/newYorkTime';
import { epochDayOf, isoDateOfEpochDay } from '../../../src/engine/market/isoDate';

/** The host's tz database offset (minutes) at an instant — an independent source, used only in tests. */
function icuOffsetMinutes(epochMs: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: 'America/New_York',
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
	}).formatToParts(new Date(epochMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const wallMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return (wallMs - epochMs) / 60_000;
}
const hasIcuZone = (() => {
	try {
		return icuOffsetMinutes(Date.UTC(2026, 6, 1)) === -240;
	} catch {
		return false;
	}
})();

describe('New York time', () => {
	it.each([
		[2006, '2006-04-02', '2006-10-29'], // old rule: 1st Sunday April – last Sunday October
		[2007, '2007-03-11', '2007-11-04'], // Energy Policy Act 2005 rule from 2007
		[2025, '2025-03-09', '2025-11-02'],
		[2026, '2026-03-08', '2026-11-01'],
	])('daylightSavingDays(%i) runs %s → %s', (year, start, end) => {
		expect(daylightSavingDays(year)).toEqual({ start, end });
	});

	it('newYorkInstant of 16:00 is 21:00Z in winter and 20:00Z in summer', () => {
		expect(new Date(newYorkInstant('2026-01-09', 960)).toISOString()).toBe('2026-01-09T21:00:00.000Z');
		expect(new Date(newYorkInstant('2026-07-09', 960)).toISOString()).toBe('2026-07-09T20:00:00.000Z');
	});

	it('newYorkUtcOffsetMinutes switches at 02:00 local on both transition days of 2026', () => {
		expect(newYorkUtcOffsetMinutes('2026-03-08', 119)).toBe(-300);
		expect(newYorkUtcOffsetMinutes('2026-03-08', 180)).toBe(-240);
		expect(newYorkUtcOffsetMinutes('2026-11-01', 60)).toBe(-240); // first 01:00, still daylight
		expect(newYorkUtcOffsetMinutes('2026-11-01', 180)).toBe(-300);
	});

	it('newYorkInstant makes 2026-03-08 a 23-hour day and 2026-11-01 a 25-hour day', () => {
		const hours = (a: string, b: string) => (newYorkInstant(b, 0) - newYorkInstant(a, 0)) / 3_600_000;
		expect(hours('2026-03-08', '2026-03-09')).toBe(23);
		expect(hours('2026-11-01', '2026-11-02')).toBe(25);
		expect(hours('2026-03-09', '2026-03-10')).toBe(24);
	});

	it('newYorkInstant rejects minutes outside a day and bad dates', () => {
		expect(() => newYorkInstant('2026-01-09', 1440)).toThrow(/minutesAfterMidnight/);
		expect(() => newYorkInstant('2026-01-09', -1)).toThrow(/minutesAfterMidnight/);
		expect(() => newYorkInstant('2026-02-29', 600)).toThrow(/date/);
	});

	describe.skipIf(!hasIcuZone)(
		'against the tz database (skipped: this runtime has no America/New_York zone)',
		() => {
			it('newYorkUtcOffsetMinutes at 09:30 and 16:00 agrees with Intl on random days 1990–2199 (property)', () => {
				fc.assert(
					fc.property(
						fc.integer({ min: epochDayOf('1990-01-01'), max: epochDayOf('2199-12-31') }),
						fc.constantFrom(570, 960),
						(day, minutes) => {
							const date = isoDateOfEpochDay(day);
							const instant = newYorkInstant(date, minutes);
							expect(icuOffsetMinutes(instant)).toBe(newYorkUtcOffsetMinutes(date, minutes));
						},
					),
					{ numRuns: 300 },
				);
			});

			it('newYorkUtcOffsetMinutes agrees with Intl on the days around every transition 1990–2100', () => {
				for (let year = 1990; year <= 2100; year++) {
					const { start, end } = daylightSavingDays(year);
					for (const edge of [start, end]) {
						for (const shift of [-1, 0, 1]) {
							const date = isoDateOfEpochDay(epochDayOf(edge) + shift);
							for (const minutes of [0, 570, 960]) {
								const instant = newYorkInstant(date, minutes);
								expect(icuOffsetMinutes(instant), `${date} ${minutes}`).toBe(
									newYorkUtcOffsetMinutes(date, minutes),
								);
							}
						}
					}
				}
			});
		},
	);
});
