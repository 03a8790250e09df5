// What the payoff chart shows of the what-if's grid: which dates can be picked (today, the what-if's date when it is
// neither today nor expiry, expiry) and the slice of SPX levels within a ± move of spot, so a condor's ±$3k is not
// squeezed flat by a hedge's +$60k tail far out.
import { addDays, type PayoffGrid } from '../../engine';
import { dayMonthLabel } from '../../text/format';

export interface PayoffDate {
	/** Index into the grid's dates. */
	index: 0 | 1 | 2;
	label: string;
	/** In a sentence: 'today', '5 days forward', 'the condor expiry (23 Feb)'. */
	words: string;
}

/** The dates worth a choice: the middle one only when it differs from today and from expiry. */
export function payoffDates(days: readonly number[], valuationDate: string): PayoffDate[] {
	const d = days.map((x) => Math.round(x));
	const on = (n: number) => dayMonthLabel(addDays(valuationDate, n));
	const out: PayoffDate[] = [{ index: 0, label: 'Today', words: `today (${on(0)})` }];
	if (d[1] > 0 && d[1] < d[2])
		out.push({ index: 1, label: `+${d[1]} d`, words: `${d[1]} days forward (${on(d[1])})` });
	out.push({ index: 2, label: 'Expiry', words: `the condor expiry (${on(d[2])})` });
	return out;
}

/** The SPX move ranges offered, ± percent of spot. */
export const PAYOFF_RANGES = [5, 10, 25] as const;

/** First and last index (inclusive) of the grid's SPX levels within ±rangePct of spot. */
export function rangeSlice(x: ArrayLike<number>, spot: number, rangePct: number): [number, number] {
	const lo = spot * (1 - rangePct / 100) - 1e-9;
	const hi = spot * (1 + rangePct / 100) + 1e-9;
	let a = 0;
	let b = x.length - 1;
	while (a < b && x[a] < lo) a++;
	while (b > a && x[b] > hi) b--;
	return [a, b];
}

/** The grid's arrays cut to [a, b] (views, not copies). */
export function cut(grid: Pick<PayoffGrid, 'x'>, arrays: Float64Array[], [a, b]: [number, number]) {
	return { x: grid.x.subarray(a, b + 1), ys: arrays.map((y) => y.subarray(a, b + 1)) };
}
