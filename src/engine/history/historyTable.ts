// History days (docs/history.md, "History days"): the stored series aligned on the days a book can be valued — the
// exchange days with SPX and VIX closes and either a VIX3M close or a VX settlement — with what each day's market
// and the replay's rules read: VIX3M, RSI(14) of VIX, the listed VX expiries, the real settlements and the SOQs.
// Built once per history (stored files or the embedded episodes) and shared by every replay and back-test start.
import type { IsoDate } from '../types';
import { nextBusinessDay } from '../market/calendar';
import { vxExpiriesAfter } from '../market/expiries';
import { epochDayOf, isoDateOfEpochDay } from '../market/isoDate';
import { wilderRsiSeries } from '../math/rsi';
import { RSI_DAYS } from '../simulation/signals';

export interface HistoryTable {
	/** 'import': the files the user imported; 'episodes': the flip episodes embedded in the app. */
	source: 'import' | 'episodes';
	dates: IsoDate[];
	/** Days since 1970-01-01 of `dates`, increasing. */
	days: Int32Array;
	/** Closes, index points; VIX3M is NaN where unknown. */
	spx: Float64Array;
	vix: Float64Array;
	vix3m: Float64Array;
	/** 1 where day i − 1 is the business day before day i (0 on a first day or after a gap). */
	follows: Uint8Array;
	/** RSI(14) of VIX after day i's close, over its VIX rows (holiday rows included); NaN before the 15th row. */
	rsi: Float64Array;
	/** VIX closes as published, holiday rows included, oldest first: day i's own close is vixRows[vixRow[i]]. */
	vixRows: Float64Array;
	vixRow: Int32Array;
	/** The first row of day i's stretch of rows (an embedded episode's rows never run into another's). */
	vixRowFrom: Int32Array;
	/** Monthly VX expiries from the first day to a year past the last; per day, the first expiry after it. */
	expiries: IsoDate[];
	expiryDays: Int32Array;
	firstListed: Int32Array;
	/** Real daily settlements per expiry and day (NaN where none; null: none at all for that expiry). */
	settle: (Float64Array | null)[];
	/** Final settlement (SOQ) per expiry where known, else NaN. */
	final: Float64Array;
}

/** A stretch of consecutive VIX rows and the valued days within it. */
export interface TableSegment {
	vixRows: ArrayLike<number>;
	/** Each day: its day number, SPX and VIX3M (NaN) closes and its row in `vixRows`. */
	days: readonly { day: number; spx: number; vix3m: number; row: number }[];
}

/** Where the real VX prices come from: an expiry's daily settlements and its SOQ (undefined: unknown). */
export interface VxFacts {
	/** The settlements of an expiry's contract: day numbers (increasing) and prices, VIX points. */
	settlements(expiry: IsoDate): { days: ArrayLike<number>; settle: ArrayLike<number> } | undefined;
	finalOf(expiry: IsoDate): number | undefined;
	/** Days on which any contract settled (a day without VIX3M is still valued on them). */
	settledDays: ReadonlySet<number>;
}

/** The months from one date's month to another's, counting both. */
const monthsSpanned = (a: IsoDate, b: IsoDate) =>
	(Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;

/**
 * The table of a history given as stretches of VIX rows with their valued days (a day needs a VIX3M close or a
 * settlement) and the VX facts.
 * @throws RangeError when no day can be valued.
 */
export function buildHistoryTable(
	source: HistoryTable['source'],
	segments: readonly TableSegment[],
	vx: VxFacts,
): HistoryTable {
	const rows: number[] = [];
	const kept: { day: number; spx: number; vix3m: number; row: number; from: number; rsi: number }[] = [];
	for (const seg of segments) {
		const from = rows.length;
		for (let r = 0; r < seg.vixRows.length; r++) rows.push(seg.vixRows[r]);
		const rsi = wilderRsiSeries(seg.vixRows, RSI_DAYS);
		for (const d of seg.days)
			if (d.vix3m === d.vix3m || vx.settledDays.has(d.day))
				kept.push({ ...d, row: from + d.row, from, rsi: d.row >= RSI_DAYS ? rsi[d.row - RSI_DAYS] : NaN });
	}
	if (kept.length === 0) throw new RangeError('no day with SPX, VIX and VIX3M closes (or a VX settlement)');
	const n = kept.length;
	const dates = kept.map((d) => isoDateOfEpochDay(d.day));
	const expiries = vxExpiriesAfter(dates[0], monthsSpanned(dates[0], dates[n - 1]) + 12);
	const expiryDays = Int32Array.from(expiries, (e) => epochDayOf(e));
	const firstListed = new Int32Array(n);
	for (let i = 0, e = 0; i < n; i++) {
		while (expiryDays[e] <= kept[i].day) e++;
		firstListed[i] = e;
	}
	const settle = expiries.map((e) => {
		const facts = vx.settlements(e);
		if (!facts) return null;
		const out = new Float64Array(n).fill(NaN);
		let found = false;
		for (let i = 0, k = 0; i < n && k < facts.days.length;) {
			if (facts.days[k] < kept[i].day) k++;
			else if (facts.days[k] > kept[i].day) i++;
			else {
				out[i++] = facts.settle[k++];
				found = true;
			}
		}
		return found ? out : null;
	});
	return {
		source,
		dates,
		days: Int32Array.from(kept, (d) => d.day),
		spx: Float64Array.from(kept, (d) => d.spx),
		vix: Float64Array.from(kept, (d) => rows[d.row]),
		vix3m: Float64Array.from(kept, (d) => d.vix3m),
		follows: Uint8Array.from(kept, (_, i) => (i > 0 && nextBusinessDay(dates[i - 1]) === dates[i] ? 1 : 0)),
		rsi: Float64Array.from(kept, (d) => d.rsi),
		vixRows: Float64Array.from(rows),
		vixRow: Int32Array.from(kept, (d) => d.row),
		vixRowFrom: Int32Array.from(kept, (d) => d.from),
		expiries,
		expiryDays,
		firstListed,
		settle,
		final: Float64Array.from(expiries, (e) => vx.finalOf(e) ?? NaN),
	};
}

/**
 * The row of a date in the table, or −1 when the table has no such day.
 * @example dayIndex(table, '2018-02-05')
 */
export function dayIndex(table: HistoryTable, date: IsoDate): number {
	const day = epochDayOf(date);
	let lo = 0;
	let hi = table.days.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (table.days[mid] < day) lo = mid + 1;
		else if (table.days[mid] > day) hi = mid - 1;
		else return mid;
	}
	return -1;
}

/** The VIX closes before day i, oldest first (at most `count`, none from another stretch of rows). */
export function priorVixCloses(table: HistoryTable, i: number, count: number): number[] {
	const end = table.vixRow[i];
	return Array.from(table.vixRows.subarray(Math.max(table.vixRowFrom[i], end - count), end));
}
