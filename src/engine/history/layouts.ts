// The file layouts the History screen accepts, recognised by their header row, and which index a file holds.

import type { DateStyle } from './csvFields';
import type { IndexId } from './series';

/** Where a layout comes from. */
export type LayoutId = 'cboe' | 'yahoo' | 'stooq' | 'fred' | 'cfe';

/** One accepted header and how to read the rows under it. */
export interface Layout {
	id: LayoutId;
	/** The header's column names, compared case-insensitively after trimming. */
	header: readonly string[];
	dates: DateStyle;
	/** Column of the stored value: the close (indexes) or the settlement (CFE). */
	valueColumn: number;
	/** Value-column texts that mark a day without a value: the row is left out, not refused. */
	missing: readonly string[];
	/** The index the header itself names (FRED's SP500, Cboe's DATE,VVIX), if any. */
	headerIndex?: IndexId;
}

const OHLC = ['DATE', 'OPEN', 'HIGH', 'LOW', 'CLOSE'];

export const LAYOUTS: readonly Layout[] = Object.freeze([
	// Cboe's index history files (VIX, VIX3M, VVIX, SPX). Stooq's index files without a volume column share
	// this header with yyyy-mm-dd dates, so either style is read (one style per file).
	{ id: 'cboe', header: OHLC, dates: 'either', valueColumn: 4, missing: [] },
	{ id: 'cboe', header: ['DATE', 'VVIX'], dates: 'mdy', valueColumn: 1, missing: [], headerIndex: 'VVIX' },
	{
		id: 'yahoo',
		header: ['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume'],
		dates: 'ymd',
		valueColumn: 4,
		missing: ['null'],
	},
	{
		id: 'stooq',
		header: ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'],
		dates: 'ymd',
		valueColumn: 4,
		missing: [],
	},
	{
		id: 'fred',
		header: ['observation_date', 'SP500'],
		dates: 'ymd',
		valueColumn: 1,
		missing: ['.', ''],
		headerIndex: 'SPX',
	},
	{
		id: 'fred',
		header: ['DATE', 'SP500'],
		dates: 'ymd',
		valueColumn: 1,
		missing: ['.', ''],
		headerIndex: 'SPX',
	},
	{
		id: 'cfe',
		header: [
			'Trade Date',
			'Futures',
			'Open',
			'High',
			'Low',
			'Close',
			'Settle',
			'Change',
			'Total Volume',
			'EFP',
			'Open Interest',
		],
		dates: 'either',
		valueColumn: 6,
		missing: [],
	},
] satisfies Layout[]);

/**
 * The layout whose header this is, or null.
 * @param fields - the first row's fields (a leading byte-order mark already removed)
 * @example detectLayout(['DATE', 'OPEN', 'HIGH', 'LOW', 'CLOSE'])?.id // 'cboe'
 * @example detectLayout(['Date', 'Price']) // null
 */
export function detectLayout(fields: readonly string[]): Layout | null {
	const names = fields.map((f) => f.trim().toUpperCase());
	return (
		LAYOUTS.find(
			(l) => l.header.length === names.length && l.header.every((h, i) => h.toUpperCase() === names[i]),
		) ?? null
	);
}

/** The accepted headers, one per line, for the message refusing an unknown one. */
export function acceptedHeaders(): string {
	return [...new Set(LAYOUTS.map((l) => l.header.join(',')))].join('\n');
}

// Words of a file name that name an index: Cboe's own names, VXV (VIX3M's former name), Yahoo's ^GSPC and
// Stooq's ^SPX, FRED's SP500. A longer name (VIX9D, VIX6M) is another index and matches nothing.
const NAME_WORDS: Readonly<Record<string, IndexId>> = Object.freeze({
	VIX: 'VIX',
	VIX3M: 'VIX3M',
	VXV: 'VIX3M',
	VVIX: 'VVIX',
	SPX: 'SPX',
	GSPC: 'SPX',
	SP500: 'SPX',
});

/**
 * The index a file name names, from its words (split at anything but letters and digits), or null.
 * @param fileName - the file's name, with or without a folder and extension
 * @example indexFromFileName('VIX3M_History.csv') // 'VIX3M'
 * @example indexFromFileName('^GSPC (1).csv') // 'SPX'
 * @example indexFromFileName('VIX9D_History.csv') // null
 */
export function indexFromFileName(fileName: string): IndexId | null {
	const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	for (const word of base
		.replace(/\.[A-Za-z]+$/, '')
		.toUpperCase()
		.split(/[^A-Z0-9]+/)) {
		if (Object.hasOwn(NAME_WORDS, word)) return NAME_WORDS[word];
	}
	return null;
}
