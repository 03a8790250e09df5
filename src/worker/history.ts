// The history the worker holds (docs/history.md, "In the worker"): the imported series the app last stored, and, built
// from them once and kept, the history table and its priced days — so a replay, a back-test or an analog lab run
// does not rebuild them. The embedded episodes are always at hand. This module is loaded by the first history call
// (api.ts), so the what-if engine starts without it. A worker that was restarted has lost what it held: a call that
// names an import it does not hold fails with HISTORY_NOT_LOADED, and the caller loads the series again.
// The history's functions come from its own barrel (the engine's carries only its types), so they stay in this
// module's chunk.
import {
	EMPTY_HISTORY,
	FOMC_DECISIONS,
	addImports,
	embeddedHistoryTable,
	historyDays,
	historyFlips,
	historySeries,
	historyTimeline,
	importHistoryFile,
	importSizeRefusal,
	importedHistoryTable,
	missingSeries,
	PRIOR_VIX_CLOSE_COUNT,
	proxyErrorReport,
	replay,
	replayEntryDate,
	runBackTest,
	storedReport,
	storedVixClosesBefore,
	type BackTestSettings,
	type HistoryDays,
	type HistoryTable,
	type ImportResult,
	type ImportedFile,
	type IndexId,
	type StoredHistory,
} from '../engine/history';
import { DEFAULT_POLICIES, epochDayOf, type BookSpec, type IsoDate } from '../engine';

import { HISTORY_NOT_LOADED, type HistoryRef } from './historyRef';

export type { HistoryRef };

/** A file to import: its name, its contents (a File, its bytes or its text), and the index the user chose. */
export interface HistoryFileIn {
	name: string;
	data: Blob | ArrayBuffer | string;
	index?: IndexId;
}

/** Where a replay enters: N business days before a day (a flip), or on a day. */
export type ReplayEntry = { before: IsoDate; businessDays: number } | { on: IsoDate };

let held: { rev: string; stored: StoredHistory } | null = null;
let built: { rev: string; table: HistoryTable; days: HistoryDays } | null = null;
let episodes: HistoryDays | null = null;

const sizeOf = (data: HistoryFileIn['data']) =>
	typeof data === 'string' ? data.length : data instanceof ArrayBuffer ? data.byteLength : data.size;

async function read(file: HistoryFileIn): Promise<ImportResult<ImportedFile>> {
	const sizeBytes = sizeOf(file.data);
	// A file over the limit is refused on its size, before a byte of it is read.
	const tooLarge = importSizeRefusal(sizeBytes);
	if (tooLarge) return tooLarge;
	const { data } = file;
	const text =
		typeof data === 'string'
			? data
			: data instanceof ArrayBuffer
				? new TextDecoder().decode(data)
				: await data.text();
	return importHistoryFile({ name: file.name, text, sizeBytes, index: file.index });
}

/**
 * Reads a batch of files and merges them with the history held: each file's outcome, and the merged history to
 * store (null when nothing changed). What the worker holds does not change until `load` is called with it — after
 * the caller has stored it.
 */
export async function importFiles(files: readonly HistoryFileIn[]) {
	const results = [];
	for (const file of files) results.push({ name: file.name, result: await read(file) });
	const { history, outcomes, changed } = addImports(held?.stored ?? EMPTY_HISTORY, results);
	return { outcomes, history: changed ? history : null };
}

/** Holds the stored history (null: none) under `rev`; its report, what is missing, and whether it can be replayed. */
export function load(stored: StoredHistory | null, rev: string) {
	held = stored ? { rev, stored } : null;
	built = null;
	const history = stored ?? EMPTY_HISTORY;
	let problem: string | null = null;
	if (stored) {
		try {
			view({ source: 'import', rev });
		} catch (e) {
			problem = e instanceof Error ? e.message : String(e);
		}
	}
	return {
		report: storedReport(history),
		missing: missingSeries(history),
		usable: built !== null,
		problem,
	};
}

/**
 * The imported VIX closes before `date` (the 59 a dated market carries), or null when the import does not reach the
 * business day before it. @throws Error(HISTORY_NOT_LOADED) when this worker does not hold the import `rev`.
 */
export function vixClosesBefore(rev: string, date: IsoDate): number[] | null {
	if (held?.rev !== rev) throw new Error(HISTORY_NOT_LOADED);
	return storedVixClosesBefore(held.stored, date, PRIOR_VIX_CLOSE_COUNT);
}

/** The priced days of a history. @throws Error(HISTORY_NOT_LOADED) for an import this worker does not hold. */
function view(ref: HistoryRef): HistoryDays {
	if (ref.source === 'episodes') return (episodes ??= historyDays(embeddedHistoryTable()));
	if (built?.rev === ref.rev) return built.days;
	if (held?.rev !== ref.rev) throw new Error(HISTORY_NOT_LOADED);
	const series = historySeries(held.stored);
	if (!series) throw new RangeError(`the imports still lack ${missingSeries(held.stored).join(', ')}`);
	const table = importedHistoryTable(series);
	built = { rev: ref.rev, table, days: historyDays(table) };
	return built.days;
}

/** The history table of a reference (the analog starts draw their windows from it). */
export const tableOf = (ref: HistoryRef): HistoryTable => view(ref).table;

/** What the History screen draws: the timeline, the flips with their FOMC flags, the FOMC days, the proxy's error. */
export function overview(ref: HistoryRef) {
	const { table } = view(ref);
	const first = table.days[0];
	const last = table.days[table.days.length - 1];
	return {
		source: table.source,
		from: table.dates[0],
		to: table.dates[table.dates.length - 1],
		timeline: historyTimeline(table),
		flips: historyFlips(table),
		fomcDays: FOMC_DECISIONS.map((d) => epochDayOf(d)).filter((d) => d >= first && d <= last),
		proxyError: proxyErrorReport(table),
	};
}

/** The replay of the book under one of the app's policies from an entry day. */
export function replayOn(ref: HistoryRef, spec: BookSpec, policyId: string, entry: ReplayEntry) {
	const days = view(ref);
	const policy = DEFAULT_POLICIES.find((p) => p.id === policyId);
	if (!policy) throw new RangeError(`unknown policy '${policyId}'`);
	const date = 'on' in entry ? entry.on : replayEntryDate(days.table, entry.before, entry.businessDays);
	return replay(days, spec, policy, date);
}

/** The back-test in this worker, chunk by chunk; `onChunk` is awaited between chunks and cancels with false. */
export function backTest(
	ref: HistoryRef,
	spec: BookSpec,
	settings: BackTestSettings,
	onChunk?: (fraction: number) => boolean | void | Promise<boolean | void>,
) {
	return runBackTest(view(ref), spec, settings, onChunk);
}
