// The compact daily series the History screen stores and replays: one index's closes, or one VX contract's
// settlements, as epoch days and prices in typed arrays (structured-clone friendly, so IndexedDB and the worker
// take them as they are). Also the import result shape shared by every parser.

import type { IsoDate } from '../types';

/** The indexes a history file may hold. */
export type IndexId = 'VIX' | 'VIX3M' | 'VVIX' | 'SPX';

export const INDEX_IDS: readonly IndexId[] = Object.freeze(['VIX', 'VIX3M', 'VVIX', 'SPX']);

/**
 * Highest close accepted per index, index points. Far above anything printed (VIX 89.53 intraday in 2008, VVIX
 * about 210, SPX under 10,000), so only a wrong column or a wrong scale trips it.
 */
export const MAX_CLOSE: Readonly<Record<IndexId, number>> = Object.freeze({
	VIX: 300,
	VIX3M: 300,
	VVIX: 1000,
	SPX: 1_000_000,
});

/** Highest VX settlement accepted, VIX points (same reasoning as MAX_CLOSE.VIX). */
export const MAX_VX_SETTLE = 300;

/** Daily closes of one index, oldest first, one per date. */
export interface IndexSeries {
	id: IndexId;
	/** Days since 1970-01-01 (UTC day numbers of the exchange dates), strictly increasing. */
	days: Int32Array;
	/** Closing values, index points; close[i] belongs to days[i]. */
	close: Float64Array;
}

/** Daily settlements of one monthly VX contract, oldest first, one per date. */
export interface VxContract {
	/** CFE's contract code as in the file, e.g. 'G (Feb 2018)'. */
	code: string;
	/** Final settlement date of the contract (the engine's VX calendar). */
	expiry: IsoDate;
	/** Days since 1970-01-01, strictly increasing, none after the expiry. */
	days: Int32Array;
	/** Daily settlement prices, VIX points; settle[i] belongs to days[i]. */
	settle: Float64Array;
}

/** What the History screen holds after imports: the index series and the VX contracts, merged. */
export interface HistorySeries {
	vix: IndexSeries;
	/** VIX3M closes (null before any is imported). */
	vix3m: IndexSeries | null;
	spx: IndexSeries;
	contracts: readonly VxContract[];
}

/** A refused file: the line (1 = the header; 0 = the file as a whole, e.g. too large) and why. */
export interface Refusal {
	ok: false;
	line: number;
	message: string;
}

/** The outcome of reading a file: the value, or a refusal of the whole file. */
export type ImportResult<T> = { ok: true; value: T } | Refusal;

/** Rows read but left out of the series, by reason (all counts of rows). */
export interface ImportNotes {
	/** Data rows in the file (blank lines not counted). */
	rows: number;
	/** Rows dated before the calendar's first year (the series starts there). */
	beforeCalendar: number;
	/** Rows whose value the source marks as missing ('null', '.', empty). */
	missingValue: number;
	/** CFE rows with a zero settlement (no settlement on a thin listing day). */
	zeroSettle: number;
	/** Exact repeats of an earlier row. */
	identicalDuplicates: number;
}

export function refusal(line: number, message: string): Refusal {
	return { ok: false, line, message };
}
