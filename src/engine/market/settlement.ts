// Settlement and valuation instants: SPX monthlies and VX/VIX options settle at the 09:30 ET opening SOQ,
// SPXW weeklies/dailies at the 16:00 ET close; a date is valued at its 16:00 ET close by default.

import type { IsoDate } from '../types';
import { isBusinessDay } from './calendar';
import { spxMonthlyExpiry, vxExpiry } from './expiries';
import { newYorkInstant } from './newYorkTime';

/** 'AM' = 09:30 ET special opening quotation; 'PM' = 16:00 ET close. */
export type SettlementStyle = 'AM' | 'PM';

const AM_MINUTE = 9 * 60 + 30;
const PM_MINUTE = 16 * 60;

/**
 * UTC epoch milliseconds of an AM (09:30 ET) or PM (16:00 ET) settlement on a date.
 * @param date - New York calendar date 'YYYY-MM-DD'
 * @param style - 'AM' or 'PM'
 * @example new Date(settlementInstant('2026-03-09', 'PM')).toISOString() // '2026-03-09T20:00:00.000Z'
 * @example settlementInstant('2026-03-09', 'noon' as 'AM') // throws RangeError naming style
 */
export function settlementInstant(date: IsoDate, style: SettlementStyle): number {
	if (style !== 'AM' && style !== 'PM')
		throw new RangeError(`style must be 'AM' or 'PM', got ${String(style)}`);
	return newYorkInstant(date, style === 'AM' ? AM_MINUTE : PM_MINUTE);
}

/**
 * Default valuation instant of a date: its 16:00 ET close.
 * @param date - 'YYYY-MM-DD'
 * @example valuationInstant('2026-01-09') === settlementInstant('2026-01-09', 'PM') // true
 */
export function valuationInstant(date: IsoDate): number {
	return newYorkInstant(date, PM_MINUTE);
}

/**
 * Settlement instant of a PM-settled SPXW weekly or daily expiring on `expiry` (16:00 ET).
 * @param expiry - 'YYYY-MM-DD', must be a business day
 * @example new Date(spxwSettlementInstant('2026-01-16')).toISOString() // '2026-01-16T21:00:00.000Z'
 * @example spxwSettlementInstant('2026-01-17') // throws RangeError naming expiry (a Saturday)
 */
export function spxwSettlementInstant(expiry: IsoDate): number {
	if (!isBusinessDay(expiry)) throw new RangeError(`expiry must be a business day, got ${expiry}`);
	return newYorkInstant(expiry, PM_MINUTE);
}

/**
 * Settlement instant of the AM-settled standard SPX monthly of a month (09:30 ET SOQ).
 * @param year - calendar year
 * @param month - month 1–12
 * @example new Date(spxMonthlySettlementInstant(2026, 2)).toISOString() // '2026-02-20T14:30:00.000Z'
 */
export function spxMonthlySettlementInstant(year: number, month: number): number {
	return newYorkInstant(spxMonthlyExpiry(year, month), AM_MINUTE);
}

/**
 * Settlement instant of the VX future and VIX options of a contract month (09:30 ET SOQ on the VX expiry).
 * @param year - contract year
 * @param month - contract month 1–12
 * @example new Date(vxSettlementInstant(2026, 1)).toISOString() // '2026-01-21T14:30:00.000Z'
 */
export function vxSettlementInstant(year: number, month: number): number {
	return newYorkInstant(vxExpiry(year, month), AM_MINUTE);
}
