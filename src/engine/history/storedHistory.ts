// What the History screen keeps of the user's imports: every index series and VX contract, merged file by file. A
// batch of files is added one file at a time: a file the parser refused, or one that disagrees with what is kept
// (or with an earlier file of the batch), is refused whole and changes nothing; the others are merged. Also the
// per-series report (rows, range, gaps) and what is still missing before the imports can be replayed.
import type { IsoDate } from '../types';
import { isoDateOfEpochDay } from '../market/isoDate';
import { businessDayGaps, type Gap } from './businessDayGaps';
import type { ImportedFile } from './importHistoryFile';
import { mergeContract, mergeSeries } from './mergeSeries';
import {
	INDEX_IDS,
	type HistorySeries,
	type ImportNotes,
	type ImportResult,
	type IndexId,
	type IndexSeries,
	type VxContract,
} from './series';

/** The imported series as stored: at most one series per index, one contract per expiry (by expiry). */
export interface StoredHistory {
	indexes: IndexSeries[];
	contracts: VxContract[];
}

export const EMPTY_HISTORY: StoredHistory = Object.freeze({ indexes: [], contracts: [] }) as StoredHistory;

/** What became of one file of a batch. */
export type ImportOutcome =
	| {
			name: string;
			ok: true;
			/** The index, or the contract's code. */
			what: string;
			layout: ImportedFile['layout'];
			/** Rows kept from the file, and dates new to what was stored. */
			rows: number;
			added: number;
			notes: ImportNotes;
	  }
	| {
			name: string;
			ok: false;
			/** 1 = the header; 0 = the file as a whole or its disagreement with what is stored. */
			line: number;
			message: string;
	  };

/**
 * The stored history with a batch of read files added, and each file's outcome (in the batch's order).
 * @param files - each file's name and importHistoryFile's result for it
 * @example addImports(EMPTY_HISTORY, [{ name: 'VIX_History.csv', result }]).outcomes[0] // { ok: true, what: 'VIX', … }
 */
export function addImports(
	stored: StoredHistory,
	files: readonly { name: string; result: ImportResult<ImportedFile> }[],
): { history: StoredHistory; outcomes: ImportOutcome[]; changed: boolean } {
	const indexes = new Map(stored.indexes.map((s) => [s.id, s]));
	const contracts = new Map(stored.contracts.map((c) => [c.expiry, c]));
	let changed = false;
	const outcomes = files.map(({ name, result }): ImportOutcome => {
		if (!result.ok) return { name, ok: false, line: result.line, message: result.message };
		const file = result.value;
		const refused = (message: string): ImportOutcome => ({
			name,
			ok: false,
			line: 0,
			message: `it disagrees with what is stored: ${message}`,
		});
		if (file.kind === 'index') {
			const merged = mergeSeries(indexes.get(file.series.id) ?? null, file.series);
			if (!merged.ok) return refused(merged.message);
			indexes.set(file.series.id, merged.value.series);
			changed ||= merged.value.added > 0;
			return done(name, file, file.series.id, file.series.days.length, merged.value.added);
		}
		const merged = mergeContract(contracts.get(file.contract.expiry) ?? null, file.contract);
		if (!merged.ok) return refused(merged.message);
		contracts.set(file.contract.expiry, merged.value.contract);
		changed ||= merged.value.added > 0;
		return done(name, file, file.contract.code, file.contract.days.length, merged.value.added);
	});
	const history = {
		indexes: INDEX_IDS.flatMap((id) => indexes.get(id) ?? []),
		contracts: [...contracts.values()].sort((a, b) => (a.expiry < b.expiry ? -1 : 1)),
	};
	return { history, outcomes, changed };
}

function done(name: string, file: ImportedFile, what: string, rows: number, added: number): ImportOutcome {
	return { name, ok: true, what, layout: file.layout, rows, added, notes: file.notes };
}

/**
 * The series a history table is built from, or null while one is missing (see missingSeries).
 * @example historySeries(EMPTY_HISTORY) // null
 */
export function historySeries(stored: StoredHistory): HistorySeries | null {
	const get = (id: IndexId) => stored.indexes.find((s) => s.id === id) ?? null;
	const [vix, vix3m, spx] = [get('VIX'), get('VIX3M'), get('SPX')];
	if (!vix || !spx || (!vix3m && stored.contracts.length === 0)) return null;
	return { vix, vix3m, spx, contracts: stored.contracts };
}

/** What must still be imported before the history can be replayed (empty when nothing is missing). */
export function missingSeries(stored: StoredHistory): string[] {
	const has = (id: IndexId) => stored.indexes.some((s) => s.id === id);
	const missing: string[] = [];
	if (!has('VIX')) missing.push('VIX');
	if (!has('VIX3M') && stored.contracts.length === 0) missing.push('VIX3M (or CFE VX contract files)');
	if (!has('SPX')) missing.push('an S&P 500 file (SPX)');
	return missing;
}

/** Rows, range and missing business days of one stored series. */
export interface SeriesReport {
	/** The index, or the contract's code. */
	what: string;
	rows: number;
	from: IsoDate;
	to: IsoDate;
	missingBusinessDays: number;
	/** The largest gaps, largest first (at most three). */
	largestGaps: Gap[];
}

function reportOf(what: string, days: Int32Array, gaps: boolean): SeriesReport {
	const g = gaps ? businessDayGaps(days, 3) : { missingBusinessDays: 0, largest: [] };
	return {
		what,
		rows: days.length,
		from: isoDateOfEpochDay(days[0]),
		to: isoDateOfEpochDay(days[days.length - 1]),
		missingBusinessDays: g.missingBusinessDays,
		largestGaps: g.largest,
	};
}

/**
 * The report of every stored series: the indexes with their gaps; the contracts with rows and range (a contract
 * trades from its listing, so a gap there is the market's, not the file's).
 */
export function storedReport(stored: StoredHistory): { indexes: SeriesReport[]; contracts: SeriesReport[] } {
	return {
		indexes: stored.indexes.map((s) => reportOf(s.id, s.days, true)),
		contracts: stored.contracts.map((c) => reportOf(c.code, c.days, false)),
	};
}
