// The one loader of the real market history the measurement scripts and the data tests read: Cboe VIX / VIX3M and
// the S&P 500 daily files and the CFE VX contract files from ../shared/data beside the repository, every one through
// the engine's importHistoryFile (the app's own parser and checks). These files are never committed or bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { importHistoryFile } from '../../src/engine/history';
import {
	isoDateOfEpochDay,
	type HistorySeries,
	type IndexSeries,
	type IsoDate,
	type VxContract,
} from '../../src/engine';
import { REPO_ROOT } from './output';

/** ../shared/data relative to the repository root. */
export const DATA_DIR = resolve(REPO_ROOT, '../shared/data');

/** Daily closes of one file, oldest first. */
export interface DailyCloses {
	dates: IsoDate[];
	closes: number[];
}

/** One VX contract's settlements (VIX points) by trade date, oldest first, and as a lookup. */
export interface VxContractRows {
	/** Final settlement date (the engine's VX calendar). */
	expiry: IsoDate;
	/** CFE's code, e.g. 'H (Mar 2018)'. */
	code: string;
	rows: { tradeDate: IsoDate; settle: number }[];
	settles: Map<IsoDate, number>;
}

export interface HistoryFiles {
	/** VIX closes, with the OPEN column alongside (the scripts compare it with the SOQ). */
	vix: DailyCloses & { opens: number[] };
	vix3m: DailyCloses;
	/** S&P 500 closes from 1990, rounded to 2 dp (the Yahoo file carries float artefacts). */
	spx: DailyCloses;
	contracts: VxContractRows[];
	/** Final settlement values (SOQ) by VX expiry, where the file has them. */
	soq: Map<IsoDate, number>;
	/** The same files as the app stores them after an import (values as printed). */
	series: HistorySeries;
}

/** Whether the history folder is there (tests skip when it is not). */
export function haveHistoryFiles(dir = DATA_DIR): boolean {
	return ['VIX_History.csv', 'VIX3M_History.csv', 'SPX_History_yahoo_GSPC.csv', 'vx'].every((f) =>
		existsSync(`${dir}/${f}`),
	);
}

function imported(name: string, text: string) {
	const result = importHistoryFile({ name, text });
	if (!result.ok) throw new Error(`${name} refused at line ${result.line}: ${result.message}`);
	return result.value;
}

function indexSeries(name: string, text: string): IndexSeries {
	const file = imported(name, text);
	if (file.kind !== 'index') throw new Error(`${name}: expected an index file`);
	return file.series;
}

const closesOf = (s: IndexSeries, dp?: number): DailyCloses => ({
	dates: Array.from(s.days, isoDateOfEpochDay),
	closes: Array.from(s.close, (x) => (dp === undefined ? x : Math.round(x * 10 ** dp) / 10 ** dp)),
});

/** A Cboe-layout file's OPEN column as a series: the importer keeps CLOSE, so the file goes in with OPEN there. */
function opensOf(name: string, text: string): IndexSeries {
	const [header, ...rows] = csvParseRows(text);
	return indexSeries(name, csvFormatRows([header, ...rows.map(([d, open, h, l]) => [d, open, h, l, open])]));
}

function contractRows(c: VxContract): VxContractRows {
	const rows = Array.from(c.days, (d, i) => ({ tradeDate: isoDateOfEpochDay(d), settle: c.settle[i] }));
	return { expiry: c.expiry, code: c.code, rows, settles: new Map(rows.map((r) => [r.tradeDate, r.settle])) };
}

const loaded = new Map<string, HistoryFiles>();

/** Everything the scripts read (loaded once per folder); throws a clear message when the folder is absent. */
export function loadHistoryFiles(dir = DATA_DIR): HistoryFiles {
	const cached = loaded.get(dir);
	if (cached) return cached;
	if (!haveHistoryFiles(dir))
		throw new Error(`The market history folder ${dir} is absent: these scripts measure from ../shared/data.`);
	const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');
	const vixText = read('VIX_History.csv');
	const vix = indexSeries('VIX_History.csv', vixText);
	const vix3m = indexSeries('VIX3M_History.csv', read('VIX3M_History.csv'));
	const spx = indexSeries('SPX_History_yahoo_GSPC.csv', read('SPX_History_yahoo_GSPC.csv'));
	const contracts = readdirSync(`${dir}/vx`)
		.filter((name) => /^CFE_VX_\d{4}-\d{2}-\d{2}\.csv$/.test(name))
		.sort()
		.map((name) => {
			const file = imported(name, read(`vx/${name}`));
			if (file.kind !== 'vx') throw new Error(`${name}: expected a CFE VX contract file`);
			return file.contract;
		});
	const opens = opensOf('VIX_History.csv', vixText);
	if (opens.days.some((d, i) => d !== vix.days[i]))
		throw new Error('VIX_History.csv: OPEN rows differ from CLOSE rows');
	const soq = csvParseRows(read('vx_final_settlement_values.csv'))
		.slice(1)
		.map((cols): [IsoDate, number] => [cols[1], Number(cols[2])]);
	const files: HistoryFiles = {
		vix: { ...closesOf(vix), opens: Array.from(opens.close) },
		vix3m: closesOf(vix3m),
		spx: closesOf(spx, 2),
		contracts: contracts.map(contractRows),
		soq: new Map(soq),
		series: { vix, vix3m, spx, contracts },
	};
	loaded.set(dir, files);
	return files;
}

/** A date → close lookup. */
export const closeMap = (s: DailyCloses): Map<IsoDate, number> =>
	new Map(s.dates.map((d, i) => [d, s.closes[i]]));
