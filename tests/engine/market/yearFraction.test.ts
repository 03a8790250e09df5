import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINUTES_PER_YEAR, yearFraction } from '../../../src/engine/market/yearFraction';
import {
	settlementInstant,
	valuationInstant,
	vxSettlementInstant,
} from '../../../src/engine/market/settlement';

describe('yearFraction', () => {
	it('yearFraction of 525,600 minutes is exactly 1 and of one day is 1/365', () => {
		expect(MINUTES_PER_YEAR).toBe(365 * 24 * 60);
		expect(yearFraction(0, 525_600 * 60_000)).toBe(1);
		expect(yearFraction(1e12, 1e12 + 86_400_000)).toBeCloseTo(1 / 365, 15);
	});

	it('yearFraction across the spring switch (Fri 2026-03-06 → Mon 03-09, 16:00 ET) is 3 days − 1 hour', () => {
		const t = yearFraction(valuationInstant('2026-03-06'), valuationInstant('2026-03-09'));
		expect(t).toBeCloseTo((3 * 1440 - 60) / 525_600, 15);
	});

	it('yearFraction across the autumn switch (Fri 2026-10-30 → Mon 11-02, 16:00 ET) is 3 days + 1 hour', () => {
		const t = yearFraction(valuationInstant('2026-10-30'), valuationInstant('2026-11-02'));
		expect(t).toBeCloseTo((3 * 1440 + 60) / 525_600, 15);
	});

	it('yearFraction from the 2026-01-09 close to the Jan 2026 VX SOQ is 11 days 17½ hours', () => {
		const t = yearFraction(valuationInstant('2026-01-09'), vxSettlementInstant(2026, 1));
		expect(t).toBeCloseTo((11 * 1440 + 17.5 * 60) / 525_600, 15);
	});

	it('yearFraction from an AM to a PM settlement on one day is 6½ hours', () => {
		const t = yearFraction(settlementInstant('2026-01-16', 'AM'), settlementInstant('2026-01-16', 'PM'));
		expect(t * MINUTES_PER_YEAR).toBeCloseTo(390, 9);
	});

	it('yearFraction is antisymmetric and additive (property)', () => {
		const instant = fc.integer({ min: 0, max: 4e12 });
		fc.assert(
			fc.property(instant, instant, instant, (a, b, c) => {
				expect(yearFraction(a, b)).toBeCloseTo(-yearFraction(b, a), 12);
				expect(yearFraction(a, b) + yearFraction(b, c)).toBeCloseTo(yearFraction(a, c), 12);
			}),
		);
	});

	it('yearFraction rejects non-finite instants, naming the argument', () => {
		expect(() => yearFraction(Number.NaN, 0)).toThrow(/fromEpochMs/);
		expect(() => yearFraction(0, Infinity)).toThrow(/toEpochMs/);
	});
});
