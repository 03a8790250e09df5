// The history files joined by date: each day's VIX, VIX3M and SPX, the regime rule, and a VX contract's
// settlement value.
import type { IsoDate } from '../../src/engine';
import { closeMap, type HistoryFiles } from './historyFiles';

export type StartRegime = 'contango' | 'backwardation';
export const REGIMES: readonly StartRegime[] = ['contango', 'backwardation'];

/** One VIX trading day with what else is known that day. */
export interface Day {
	date: IsoDate;
	vixOpen: number;
	vix: number;
	/** VIX3M close, null before 2009-09-18 or after the file ends. */
	vix3m: number | null;
	/** SPX close, null when the SPX file has no row that day. */
	spx: number | null;
}

/** The app's history rule: backwardation when VIX closes above VIX3M. */
export function regimeOf(vix: number, vix3m: number): StartRegime {
	return vix / vix3m > 1 ? 'backwardation' : 'contango';
}

/** Every VIX day, oldest first, with VIX3M and SPX joined by date. */
export function joinDays(files: HistoryFiles): Day[] {
	const vix3m = closeMap(files.vix3m);
	const spx = closeMap(files.spx);
	return files.vix.dates.map((date, i) => ({
		date,
		vixOpen: files.vix.opens[i],
		vix: files.vix.closes[i],
		vix3m: vix3m.get(date) ?? null,
		spx: spx.get(date) ?? null,
	}));
}

/** Days that have both VIX and VIX3M (2009-09-18 on). */
export function termDays(days: readonly Day[]): (Day & { vix3m: number })[] {
	return days.filter((d): d is Day & { vix3m: number } => d.vix3m !== null);
}

/** Where a settlement value came from. */
export type SettlementSource = 'soq' | 'cfeFinal' | 'vixOpen';

/**
 * The value a VX contract (and its VIX options) settled at: the SOQ from the final settlement values file; else
 * the CFE file's settlement on the expiry day itself (the SOQ again, where both exist); else VIX's open that day
 * (Cboe's first VIX print, an approximation of the SOQ). Null when none is known.
 */
export function settlementValue(
	files: HistoryFiles,
	dayByDate: ReadonlyMap<IsoDate, Day>,
	expiry: IsoDate,
): { value: number; source: SettlementSource } | null {
	const soq = files.soq.get(expiry);
	if (soq !== undefined) return { value: soq, source: 'soq' };
	const last = files.contracts.find((c) => c.expiry === expiry)?.rows.at(-1);
	if (last?.tradeDate === expiry) return { value: last.settle, source: 'cfeFinal' };
	const day = dayByDate.get(expiry);
	return day ? { value: day.vixOpen, source: 'vixOpen' } : null;
}
