// One entry point for an imported history file: size caps before any parsing, CSV parsing (d3-dsv), layout by
// header, then the index or VX parser. Never throws: every outcome is a value or a refusal of the whole file.

import { csvParseRows } from 'd3-dsv';
import { clip } from './csvFields';
import { acceptedHeaders, detectLayout, indexFromFileName, type Layout, type LayoutId } from './layouts';
import { parseIndexRows } from './parseIndexFile';
import { parseVxRows } from './parseVxFile';
import {
	INDEX_IDS,
	refusal,
	type ImportNotes,
	type ImportResult,
	type IndexId,
	type IndexSeries,
	type Refusal,
	type VxContract,
} from './series';

/** Largest file read, bytes: over 3× the full Yahoo S&P 500 history since 1927 (2 MB). */
export const MAX_IMPORT_BYTES = 8_000_000;
/** Most lines read: about 400 years of daily rows. */
export const MAX_IMPORT_ROWS = 100_000;

/** A file handed to the import. */
export interface HistoryFileInput {
	/** The file's name (tells which index a Cboe file holds). */
	name: string;
	/** The file's text. */
	text: string;
	/** The file's size in bytes when known (File.size), checked before the text is looked at. */
	sizeBytes?: number;
	/** The index the user says the file holds; overrides the name (not FRED's SP500 column). */
	index?: IndexId;
}

/** What an accepted file holds. */
export type ImportedFile =
	| { kind: 'index'; layout: Exclude<LayoutId, 'cfe'>; series: IndexSeries; notes: ImportNotes }
	| { kind: 'vx'; layout: 'cfe'; contract: VxContract; notes: ImportNotes };

/**
 * The refusal of a file too large to read, or null. Call it with File.size before reading the file.
 * @param sizeBytes - the file's size, bytes
 * @example importSizeRefusal(100e6)?.message // 'the file is 100.0 MB; the limit is 8.0 MB'
 */
export function importSizeRefusal(sizeBytes: number): Refusal | null {
	if (Number.isFinite(sizeBytes) && sizeBytes >= 0 && sizeBytes <= MAX_IMPORT_BYTES) return null;
	const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`;
	return refusal(
		0,
		`the file is ${Number.isFinite(sizeBytes) ? mb(sizeBytes) : 'of unknown size'}; the limit is ${mb(MAX_IMPORT_BYTES)}`,
	);
}

/**
 * Reads one history file: an index series (Cboe, Yahoo, Stooq, FRED) or one VX contract (CFE). The whole file is
 * refused, with the line and the reason, at the first problem; see docs/history.md for the rules.
 * @param input - the file's name and text (and size, and the user's choice of index, when known)
 * @example importHistoryFile({ name: 'VIX_History.csv', text: 'DATE,OPEN,HIGH,LOW,CLOSE\n01/02/1990,17.24,17.24,17.24,17.24\n' })
 * // { ok: true, value: { kind: 'index', layout: 'cboe', series: { id: 'VIX', … }, notes } }
 * @example importHistoryFile({ name: 'x.csv', text: 'Date,Price\n' }) // { ok: false, line: 1, message: 'unknown header …' }
 */
export function importHistoryFile(input: HistoryFileInput): ImportResult<ImportedFile> {
	const { name, text } = input;
	if (typeof text !== 'string' || typeof name !== 'string') return refusal(0, 'not a text file');
	const tooLarge = importSizeRefusal(input.sizeBytes ?? 0) ?? importSizeRefusal(text.length);
	if (tooLarge) return tooLarge;
	const lines = countLines(text);
	if (lines > MAX_IMPORT_ROWS + 1) return refusal(MAX_IMPORT_ROWS + 2, `more than ${MAX_IMPORT_ROWS} rows`);
	const rows = csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (rows.length === 0) return refusal(1, 'the file is empty');
	const layout = detectLayout(rows[0]);
	if (!layout) return refusal(1, `unknown header; the accepted headers are:\n${acceptedHeaders()}`);
	const notes: ImportNotes = {
		rows: 0,
		beforeCalendar: 0,
		missingValue: 0,
		zeroSettle: 0,
		identicalDuplicates: 0,
	};
	if (layout.id === 'cfe') {
		const contract = parseVxRows(rows, layout, notes);
		return contract.ok
			? { ok: true, value: { kind: 'vx', layout: 'cfe', contract: contract.value, notes } }
			: contract;
	}
	const id = whichIndex(input, layout);
	if (typeof id !== 'string') return id;
	const series = parseIndexRows(rows, layout, id, notes);
	return series.ok
		? { ok: true, value: { kind: 'index', layout: layout.id, series: series.value, notes } }
		: series;
}

/**
 * The index an index file holds: the one its header names (FRED's SP500), else the user's choice, else the one
 * its file name names, else SPX for Yahoo and Stooq (the layouts the app takes S&P 500 closes in). A Cboe file
 * with an unknown name is refused: the four Cboe files share one header.
 */
function whichIndex(input: HistoryFileInput, layout: Layout): IndexId | Refusal {
	const chosen = input.index;
	if (chosen !== undefined && !INDEX_IDS.includes(chosen))
		return refusal(0, `unknown index '${String(chosen)}'`);
	if (layout.headerIndex) {
		if (chosen !== undefined && chosen !== layout.headerIndex) {
			return refusal(1, `the header names ${layout.headerIndex}, not ${chosen}`);
		}
		return layout.headerIndex;
	}
	const id = chosen ?? indexFromFileName(input.name);
	if (id) return id;
	if (layout.id !== 'cboe') return 'SPX';
	return refusal(
		1,
		`cannot tell which index '${clip(input.name, 60)}' holds: name the file VIX_History.csv, VIX3M_History.csv, ` +
			'VVIX_History.csv or SPX_History.csv, or choose the index',
	);
}

/** Line count as d3-dsv splits lines: at \n, \r\n or a lone \r. */
function countLines(text: string): number {
	return 1 + occurrences(text, '\n') + occurrences(text, '\r') - occurrences(text, '\r\n');
}

function occurrences(text: string, needle: string): number {
	let count = 0;
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
	return count;
}
