// Which date a what-if number is for, in words: every figure on the What-if screen says it, because a P&L today and
// the same move at expiry are different answers.
import { addDays } from '../../engine';
import { dayMonthLabel } from '../../text/format';

/**
 * The date `days` calendar days after the valuation date, as the what-if labels it.
 * @example whatIfDate('2026-01-09', 0) // 'today (9 Jan)'
 * @example whatIfDate('2026-01-09', 5) // '+5 d (14 Jan)'
 */
export function whatIfDate(valuationDate: string, days: number): string {
	const d = Math.round(days);
	const on = dayMonthLabel(addDays(valuationDate, d));
	return d === 0 ? `today (${on})` : `+${d} d (${on})`;
}
