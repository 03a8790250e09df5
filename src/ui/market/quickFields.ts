// The quick market card's fields in entry order — SPX, VIX, VIX3M, then each VX future — and what a pasted row of
// numbers fills: the field it was pasted into and the ones after it, adding futures when the row is longer.
import { nextVxFuture, type MarketSnapshot } from '../../engine';
import { parseNumberInput } from '../controls/parseNumber';

/**
 * The numbers of a pasted row — '16.15 17.87 18.95', tab-separated cells from a spreadsheet, or '16.15; 17.87' —
 * or null when it holds fewer than two or anything that is not a number (then the field reads it as typed text).
 * @example pastedRow('16.15 17.87\t18.95') // [16.15, 17.87, 18.95]
 * @example pastedRow('6,966.28') // null (one number)
 */
export function pastedRow(text: string): number[] | null {
	const parts = text
		.trim()
		.split(/[\s;]+|,\s+/)
		.filter(Boolean);
	if (parts.length < 2) return null;
	const values = parts.map((p) => parseNumberInput(p));
	return values.every((v) => v.ok) ? values.map((v) => (v.ok ? v.value : NaN)) : null;
}

/** Index of the first future among the quick fields (SPX, VIX and VIX3M come first). */
export const FIRST_FUTURE = 3;

/** `m` with `values` written into the quick fields from index `from` on, adding the next listed futures as needed. */
export function fillQuickFields(m: MarketSnapshot, from: number, values: readonly number[]): MarketSnapshot {
	const next: MarketSnapshot = { ...m, futures: m.futures.map((f) => ({ ...f })) };
	values.forEach((v, j) => {
		const k = from + j;
		if (k === 0) next.spx = v;
		else if (k === 1) next.vix = v;
		else if (k === 2) next.vix3m = v;
		else {
			while (next.futures.length <= k - FIRST_FUTURE) next.futures.push(nextVxFuture(next));
			next.futures[k - FIRST_FUTURE].price = v;
		}
	});
	return next;
}
