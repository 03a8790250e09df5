// Reading market input of unknown shape (a form, an import, a share link) without throwing: what validation and the
// smile checks need to tell good parts from bad.
import { numberProblem } from '../fields';
import { epochDayOf } from './isoDate';
import { MARKET_FIELDS as F } from './marketFields';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a real calendar date 'YYYY-MM-DD' the calendar can read. */
export function validDate(v: unknown): v is string {
	if (typeof v !== 'string') return false;
	try {
		epochDayOf(v);
		return true;
	} catch {
		return false;
	}
}

/** The futures whose date and price are good, for checks that need the curve (their own problems are reported). */
export function goodFutures(m: Record<string, unknown>): { expiry: string; price: number }[] {
	if (!Array.isArray(m.futures)) return [];
	return m.futures.filter(
		(f): f is { expiry: string; price: number } =>
			isRecord(f) && validDate(f.expiry) && numberProblem(F.vxPrice, f.price) === null,
	);
}
