// The dated facts behind the market presets, read from the history files: each dated preset's prior VIX and
// VIX3M closes, the 2025-04-04 preset row, and four flip episodes (SPX, VIX, VIX3M and VX1–VX3 settlements from 30
// business days before to 60 after the flip date).
import { vxExpiriesAfter } from '../../src/engine/market/expiries';
import { calendarDaysBetween } from '../../src/engine/market/isoDate';
import { closeMap, loadHistoryFiles, type DailyCloses, type VxContractRows } from './historyFiles';

/** The app's dated presets. */
export const PRESET_DATES = [
	'2017-11-03',
	'2018-02-02',
	'2018-02-05',
	'2020-03-13',
	'2020-03-16',
	'2022-10-12',
	'2024-08-02',
	'2024-08-05',
	'2025-04-04',
	'2026-01-09',
];
export const NEW_PRESET_DATE = '2025-04-04';
export const EPISODE_DATES = ['2018-02-02', '2020-03-13', '2024-08-02', '2025-04-04'];
/** Closes carried before each preset date: with the date's own close, 60 — enough for Wilder's RSI(14) to settle. */
export const PRIOR_CLOSE_COUNT = 59;
export const EPISODE_BEFORE = 30;
export const EPISODE_AFTER = 60;
/** RSI(14) of VIX on preset dates, as quoted for the presets (1 dp). */
export const KNOWN_RSI: Record<string, number> = {
	'2018-02-02': 74.6,
	'2018-02-05': 91.0,
	'2020-03-16': 72.3,
	'2024-08-02': 74.8,
	'2024-08-05': 87.3,
};

export interface PresetData {
	vix: DailyCloses;
	vix3m: DailyCloses;
	spx: Map<string, number>;
	/** Business days: the dates of both the VIX and the SPX file (the VIX file's holiday rows drop out). */
	days: string[];
	contracts: Map<string, VxContractRows>;
}

export function loadPresetData(): PresetData {
	const files = loadHistoryFiles();
	const spx = closeMap(files.spx);
	return {
		vix: files.vix,
		vix3m: files.vix3m,
		spx,
		days: files.vix.dates.filter((d) => spx.has(d)),
		contracts: new Map(files.contracts.map((c) => [c.expiry, c])),
	};
}

/** The `count` closes of a file before `date` (oldest first); fewer when the file starts later. */
function priorCloses(
	series: DailyCloses,
	date: string,
	count: number,
): { from: string | null; closes: number[] } {
	const end = series.dates.findIndex((d) => d >= date);
	const start = Math.max(0, end - count);
	return { from: end > 0 ? series.dates[start] : null, closes: series.closes.slice(start, end) };
}

export const closeOn = (series: DailyCloses, date: string): number | null => {
	const i = series.dates.indexOf(date);
	return i < 0 ? null : series.closes[i];
};

/** The first three VX expiries after `day` (by the exchange calendar) and their settlements that day. */
function vxOn(data: PresetData, day: string): { expiry: string; settle: number | null }[] {
	return vxExpiriesAfter(day, 3).map((expiry) => {
		const contract = data.contracts.get(expiry);
		if (!contract) throw new Error(`no CFE file for the VX contract expiring ${expiry} (needed on ${day})`);
		return { expiry, settle: contract.settles.get(day) ?? null };
	});
}

/** Everything the module holds, as plain values. */
export function measurePresetHistory(data: PresetData) {
	const prior = PRESET_DATES.map((date) => ({
		date,
		vix: priorCloses(data.vix, date, PRIOR_CLOSE_COUNT),
		vix3m: priorCloses(data.vix3m, date, PRIOR_CLOSE_COUNT),
	}));
	const d = NEW_PRESET_DATE;
	const preset = {
		date: d,
		spx: data.spx.get(d)!,
		vix: closeOn(data.vix, d)!,
		vix3m: closeOn(data.vix3m, d)!,
		vx: vxOn(data, d).map((v) => ({ ...v, calendarDays: calendarDaysBetween(d, v.expiry) })),
	};
	const episodes = EPISODE_DATES.map((date) => {
		const at = data.days.indexOf(date);
		const dates = data.days.slice(at - EPISODE_BEFORE, at + EPISODE_AFTER + 1);
		const vx = dates.map((day) => vxOn(data, day));
		const [first, last] = [dates[0], dates[dates.length - 1]];
		return {
			date,
			dates,
			vixBefore: priorCloses(data.vix, first, PRIOR_CLOSE_COUNT).closes,
			vixHolidays: data.vix.dates
				.map((day, i) => ({ date: day, close: data.vix.closes[i] }))
				.filter((r) => r.date >= first && r.date <= last && !data.spx.has(r.date)),
			spx: dates.map((day) => data.spx.get(day)!),
			vix: dates.map((day) => closeOn(data.vix, day)!),
			vix3m: dates.map((day) => closeOn(data.vix3m, day)),
			vx1Expiry: vx.map((v) => v[0].expiry),
			vx: [0, 1, 2].map((k) => vx.map((v) => v[k].settle)),
		};
	});
	return { prior, preset, episodes };
}

/** The final settlement of a VX expiry: its contract's CFE settlement on the expiry day (the SOQ), null when absent. */
export const finalSettlement = (data: PresetData, expiry: string): number | null =>
	data.contracts.get(expiry)?.settles.get(expiry) ?? null;
