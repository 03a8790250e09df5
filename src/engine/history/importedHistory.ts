// The history table of the files a user imported (docs/history.md, "History days"): VIX's rows as Cboe publishes them
// (holiday rows included, for RSI), valued on the days SPX closed too, with VIX3M and the CFE contracts' settlements.
import type { IsoDate } from '../types';
import type { HistorySeries, VxContract } from './series';
import { buildHistoryTable, type HistoryTable, type VxFacts } from './historyTable';
import { epochDayOf } from '../market/isoDate';

/** The VX facts of stored contracts: daily settlements, and the SOQ as the settlement printed on the expiry day. */
function contractFacts(contracts: readonly VxContract[]): VxFacts {
	const byExpiry = new Map<IsoDate, VxContract>();
	for (const c of contracts) if (!byExpiry.has(c.expiry)) byExpiry.set(c.expiry, c);
	const settledDays = new Set<number>();
	for (const c of byExpiry.values()) for (const d of c.days) settledDays.add(d);
	return {
		settlements: (expiry) => byExpiry.get(expiry),
		// The settlement printed on the expiry day itself is the final settlement (the SOQ).
		finalOf: (expiry) => {
			const c = byExpiry.get(expiry);
			return c && c.days[c.days.length - 1] === epochDayOf(expiry)
				? c.settle[c.settle.length - 1]
				: undefined;
		},
		settledDays,
	};
}

/**
 * The table of imported series: every VIX row, valued on the days with an SPX close and a VIX3M close or a VX
 * settlement.
 * @throws RangeError when no such day exists (e.g. VIX and SPX files that do not overlap).
 */
export function importedHistoryTable(series: HistorySeries): HistoryTable {
	const { vix, vix3m, spx } = series;
	const days: { day: number; spx: number; vix3m: number; row: number }[] = [];
	for (let row = 0, s = 0, t = 0; row < vix.days.length; row++) {
		const day = vix.days[row];
		while (s < spx.days.length && spx.days[s] < day) s++;
		if (s === spx.days.length || spx.days[s] !== day) continue;
		while (vix3m && t < vix3m.days.length && vix3m.days[t] < day) t++;
		const v3 = vix3m && t < vix3m.days.length && vix3m.days[t] === day ? vix3m.close[t] : NaN;
		days.push({ day, spx: spx.close[s], vix3m: v3, row });
	}
	return buildHistoryTable('import', [{ vixRows: vix.close, days }], contractFacts(series.contracts));
}
