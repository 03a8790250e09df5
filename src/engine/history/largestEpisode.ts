// The largest episode of a history, which the back-test's "without" rows leave out (docs/history.md, "Back-test"):
// the stretch of closes with VIX above VIX3M around the history's highest VIX close. Found in the data, so a partial
// import leaves out its own worst sell-off, not one it does not hold (on Cboe's files since 2009: 2020-02-24 …
// 2020-04-23, around VIX 82.69 on 2020-03-16).
import type { IsoDate } from '../types';
import type { HistoryTable } from './historyTable';

export interface Episode {
	/** The month of the peak, e.g. 'March 2020'. */
	label: string;
	from: IsoDate;
	to: IsoDate;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * The backwardation stretch (VIX above VIX3M, consecutive business days) holding the highest VIX close, or that day
 * alone when VIX was not above VIX3M then (or VIX3M is unknown); null for an empty history.
 * @example largestEpisode(table) // { label: 'March 2020', from: '2020-02-24', to: '2020-04-23' } on Cboe's files
 */
export function largestEpisode(table: HistoryTable): Episode | null {
	const n = table.vix.length;
	if (n === 0) return null;
	let peak = 0;
	for (let i = 1; i < n; i++) if (table.vix[i] > table.vix[peak]) peak = i;
	const above = (i: number) => table.vix[i] > table.vix3m[i]; // false where VIX3M is NaN
	let [from, to] = [peak, peak];
	if (above(peak)) {
		while (from > 0 && table.follows[from] === 1 && above(from - 1)) from--;
		while (to < n - 1 && table.follows[to + 1] === 1 && above(to + 1)) to++;
	}
	const [year, month] = table.dates[peak].split('-');
	return { label: `${MONTHS[Number(month) - 1]} ${year}`, from: table.dates[from], to: table.dates[to] };
}
