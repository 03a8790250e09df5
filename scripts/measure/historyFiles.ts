// Loads the real market history the measurement scripts read: Cboe VIX / VIX3M / SPX daily files and the CFE VX
// contract histories, from ../shared/data beside the repository. These files are never committed or bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IsoDate } from '../../src/engine';

/** ../shared/data relative to the repository root. */
export const DATA_DIR = fileURLToPath(new URL('../../../shared/data', import.meta.url));

export interface DailyBar {
	date: IsoDate;
	open: number;
	high: number;
	low: number;
	close: number;
}

/** One CFE daily settlement of a VX contract, in VIX points. */
export interface VxSettle {
	tradeDate: IsoDate;
	settle: number;
}

/** One monthly VX contract: its final settlement date and every settlement of its life, oldest first. */
export interface VxContract {
	expiry: IsoDate;
	rows: VxSettle[];
}

export interface HistoryFiles {
	vix: DailyBar[];
	vix3m: DailyBar[];
	/** S&P 500, prices rounded to 2 dp (the Yahoo file carries float artefacts). */
	spx: DailyBar[];
	contracts: VxContract[];
	/** Final settlement values (SOQ) by VX expiry, where the file has them. */
	soq: Map<IsoDate, number>;
}

/** Whether the history folder is there (tests skip when it is not). */
export function haveHistoryFiles(dir = DATA_DIR): boolean {
	return existsSync(`${dir}/VIX_History.csv`) && existsSync(`${dir}/vx`);
}

function lines(path: string): string[][] {
	return readFileSync(path, 'utf8')
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split(','));
}

function usDate(mmddyyyy: string): IsoDate {
	const [m, d, y] = mmddyyyy.split('/');
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function positive(value: string, where: string): number {
	const x = Number(value);
	if (!(x > 0)) throw new Error(`${where}: expected a positive number, got "${value}"`);
	return x;
}

/** A Cboe-layout file `DATE,OPEN,HIGH,LOW,CLOSE` (mm/dd/yyyy), oldest first; `dp` rounds the prices. */
export function readCboeFile(path: string, dp?: number): DailyBar[] {
	const round = (x: number) => (dp === undefined ? x : Math.round(x * 10 ** dp) / 10 ** dp);
	const bars = lines(path).map(([date, open, high, low, close], i) => {
		const at = `${path} row ${i + 2}`;
		return {
			date: usDate(date),
			open: round(positive(open, at)),
			high: round(positive(high, at)),
			low: round(positive(low, at)),
			close: round(positive(close, at)),
		};
	});
	for (let i = 1; i < bars.length; i++) {
		if (bars[i].date <= bars[i - 1].date) throw new Error(`${path}: dates not increasing at ${bars[i].date}`);
	}
	return bars;
}

/** Every `CFE_VX_<expiry>.csv` of a folder (CFE layout: Trade Date, Futures, …, Settle at column 7). */
export function readVxContracts(dir: string): VxContract[] {
	return readdirSync(dir)
		.filter((name) => /^CFE_VX_\d{4}-\d{2}-\d{2}\.csv$/.test(name))
		.sort()
		.map((name) => ({
			expiry: name.slice(7, 17),
			rows: lines(`${dir}/${name}`).map((cols, i) => ({
				tradeDate: cols[0],
				settle: positive(cols[6], `${name} row ${i + 2}`),
			})),
		}));
}

/** `contract,expiry,final_settlement_value,…` → SOQ by expiry. */
export function readFinalSettlements(path: string): Map<IsoDate, number> {
	return new Map(lines(path).map((cols) => [cols[1], positive(cols[2], path)] as const));
}

/** Everything the measurement scripts read; throws a clear message when the folder is absent. */
export function loadHistoryFiles(dir = DATA_DIR): HistoryFiles {
	if (!haveHistoryFiles(dir)) {
		throw new Error(`The market history folder ${dir} is absent: these scripts measure from ../shared/data.`);
	}
	return {
		vix: readCboeFile(`${dir}/VIX_History.csv`),
		vix3m: readCboeFile(`${dir}/VIX3M_History.csv`),
		spx: readCboeFile(`${dir}/SPX_History_yahoo_GSPC.csv`, 2),
		contracts: readVxContracts(`${dir}/vx`),
		soq: readFinalSettlements(`${dir}/vx_final_settlement_values.csv`),
	};
}
