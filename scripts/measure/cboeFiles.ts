// Readers for the market history files the measurement scripts use (Cboe/Yahoo daily closes and CFE VX contract
// files), from ../shared/data relative to the repo root. Dates come back as 'YYYY-MM-DD', SPX closes rounded to 2 dp
// (the Yahoo file carries float artefacts). The files are never committed; a missing folder is a clear error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root (two folders up from this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the history files live: ../shared/data from the repo root. */
export const DATA_DIR = resolve(REPO_ROOT, '../shared/data');

/** Whether the history files are present (tests skip without them). */
export function haveData(): boolean {
	return existsSync(resolve(DATA_DIR, 'VIX_History.csv'));
}

function dataPath(file: string): string {
	const path = resolve(DATA_DIR, file);
	if (!existsSync(path))
		throw new Error(`${path} is missing: the measurement scripts need the history files in ../shared/data`);
	return path;
}

function lines(file: string): string[][] {
	return readFileSync(dataPath(file), 'utf8')
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((l) => l.split(','));
}

/** 'mm/dd/yyyy' → 'YYYY-MM-DD'. */
function isoOfUs(date: string): string {
	const [m, d, y] = date.split('/');
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Daily closes of a file in Cboe's layout (DATE,OPEN,HIGH,LOW,CLOSE; dates mm/dd/yyyy), oldest first. */
export interface DailyCloses {
	dates: string[];
	closes: number[];
}

function cboeCloses(file: string, round2: boolean): DailyCloses {
	const rows = lines(file)
		.map((c) => ({ date: isoOfUs(c[0]), close: Number(c[4]) }))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return {
		dates: rows.map((r) => r.date),
		closes: rows.map((r) => (round2 ? Math.round(r.close * 100) / 100 : r.close)),
	};
}

/** VIX closes, 1990 on (VIX_History.csv). */
export const readVix = (): DailyCloses => cboeCloses('VIX_History.csv', false);
/** VIX3M closes, 2009-09-18 on (VIX3M_History.csv). */
export const readVix3m = (): DailyCloses => cboeCloses('VIX3M_History.csv', false);
/** S&P 500 closes rounded to 2 dp (SPX_History_yahoo_GSPC.csv). */
export const readSpx = (): DailyCloses => cboeCloses('SPX_History_yahoo_GSPC.csv', true);

/** A date → close lookup. */
export function closeMap(series: DailyCloses): Map<string, number> {
	return new Map(series.dates.map((d, i) => [d, series.closes[i]]));
}

/** One VX monthly contract from a CFE file: its final settlement date and its daily settlements by trade date. */
export interface VxContract {
	/** Final settlement date 'YYYY-MM-DD' (from the file name). */
	expiry: string;
	/** CFE's contract label, e.g. 'H (Mar 2018)'. */
	label: string;
	/** Daily settlement (points) by trade date. */
	settles: Map<string, number>;
}

/** Every contract file in vx/ (CFE_VX_<expiry>.csv), ordered by expiry. */
export function readVxContracts(): VxContract[] {
	const dir = dataPath('vx');
	return readdirSync(dir)
		.filter((f) => /^CFE_VX_\d{4}-\d{2}-\d{2}\.csv$/.test(f))
		.sort()
		.map((f) => {
			const rows = lines(`vx/${f}`);
			return {
				expiry: f.slice(7, 17),
				label: rows[0][1],
				settles: new Map(rows.map((c) => [c[0], Number(c[6])])),
			};
		});
}
