import { describe, expect, it } from 'vitest';
import {
	settlementInstant,
	spxMonthlySettlementInstant,
	spxwSettlementInstant,
	valuationInstant,
	vxSettlementInstant,
} from '../../../src/engine/market/settlement';

const iso = (ms: number) => new Date(ms).toISOString();

describe('settlement instants', () => {
	it('settlementInstant gives 09:30 / 16:00 ET: 14:30Z / 21:00Z in winter, 13:30Z / 20:00Z in summer', () => {
		expect(iso(settlementInstant('2026-01-21', 'AM'))).toBe('2026-01-21T14:30:00.000Z');
		expect(iso(settlementInstant('2026-01-21', 'PM'))).toBe('2026-01-21T21:00:00.000Z');
		expect(iso(settlementInstant('2026-06-17', 'AM'))).toBe('2026-06-17T13:30:00.000Z');
		expect(iso(settlementInstant('2026-06-17', 'PM'))).toBe('2026-06-17T20:00:00.000Z');
	});

	it('settlementInstant switches offset across 2026-03-08 and 2026-11-01', () => {
		expect(iso(settlementInstant('2026-03-06', 'PM'))).toBe('2026-03-06T21:00:00.000Z');
		expect(iso(settlementInstant('2026-03-09', 'PM'))).toBe('2026-03-09T20:00:00.000Z');
		expect(iso(settlementInstant('2026-10-30', 'AM'))).toBe('2026-10-30T13:30:00.000Z');
		expect(iso(settlementInstant('2026-11-02', 'AM'))).toBe('2026-11-02T14:30:00.000Z');
	});

	it('settlementInstant rejects an unknown style', () => {
		expect(() => settlementInstant('2026-01-21', 'noon' as 'AM')).toThrow(/style/);
	});

	it('valuationInstant is the 16:00 ET close', () => {
		expect(valuationInstant('2026-01-09')).toBe(settlementInstant('2026-01-09', 'PM'));
	});

	it('vxSettlementInstant is 09:30 ET on the VX expiry, including a Tuesday holiday case', () => {
		expect(iso(vxSettlementInstant(2026, 1))).toBe('2026-01-21T14:30:00.000Z');
		expect(iso(vxSettlementInstant(2025, 3))).toBe('2025-03-18T13:30:00.000Z');
	});

	it('spxMonthlySettlementInstant is 09:30 ET on the monthly expiry (Thursday before Good Friday 2025)', () => {
		expect(iso(spxMonthlySettlementInstant(2026, 2))).toBe('2026-02-20T14:30:00.000Z');
		expect(iso(spxMonthlySettlementInstant(2025, 4))).toBe('2025-04-17T13:30:00.000Z');
	});

	it('spxwSettlementInstant is 16:00 ET and rejects a weekend or holiday expiry', () => {
		expect(iso(spxwSettlementInstant('2026-01-16'))).toBe('2026-01-16T21:00:00.000Z');
		expect(() => spxwSettlementInstant('2026-01-17')).toThrow(/expiry must be a business day/);
		expect(() => spxwSettlementInstant('2025-04-18')).toThrow(/expiry/);
	});
});
