// Writes src/engine/measured/presetHistory.generated.ts — the dated presets' prior closes and the 2025-04-04 preset
// row — and src/engine/measured/flipEpisodes.generated.ts — the four flip episodes — all read from the history files
// (scripts/measure/presetHistoryData.ts), and prints the tables of docs/measured/preset-history.md. Two modules, so
// the presets (on the app's first screen) do not carry the episodes (the History screen's, loaded later).
// Run: npx tsx scripts/measure/presetHistory.ts
import { gzipSync } from 'node:zlib';
import { vxExpiriesAfter } from '../../src/engine/market/expiries';
import { wilderRsi } from '../../src/engine/math/rsi';
import {
	formatModule,
	generatedHeader,
	isMain,
	spliceIntoDoc,
	textTable,
	writeRepoFile,
} from './generatedFiles';
import {
	EPISODE_AFTER,
	EPISODE_BEFORE,
	KNOWN_RSI,
	PRIOR_CLOSE_COUNT,
	closeOn,
	finalSettlement,
	loadPresetData,
	measurePresetHistory,
	type PresetData,
} from './presetHistoryData';

export const MODULE_PATH = 'src/engine/measured/presetHistory.generated.ts';
export const EPISODES_MODULE_PATH = 'src/engine/measured/flipEpisodes.generated.ts';
const SOURCES = ['VIX_History.csv', 'VIX3M_History.csv', 'SPX_History_yahoo_GSPC.csv', 'vx/CFE_VX_*.csv'];
const HOW =
	'Closes and CFE daily settlements copied as they are (SPX rounded to 2 dp); business days are the dates of both the VIX and the SPX file.';
const DOC_PATH = 'docs/measured/preset-history.md';
const num = (x: number | null) => (x === null ? 'null' : String(x));
const list = (xs: readonly (number | null)[]) => `[${xs.map(num).join(', ')}]`;
const quoted = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** The presets' module text (prettier-formatted). */
export async function presetHistoryModule(data: PresetData = loadPresetData()): Promise<string> {
	const { prior, preset } = measurePresetHistory(data);
	const text = `${generatedHeader('presetHistory.ts', SOURCES, HOW)}
import type { IsoDate } from '../types';

/** A dated preset's history: the closes before its date, oldest first, ending the row before the date. */
export interface PresetPriorCloses {
	date: IsoDate;
	/** First date of \`vix\`: the last ${PRIOR_CLOSE_COUNT} rows of Cboe's VIX file before \`date\` (holiday rows included, as Cboe publishes them). */
	vixFrom: IsoDate;
	vix: readonly number[];
	/** First date of \`vix3m\`: the last ${PRIOR_CLOSE_COUNT} rows of Cboe's VIX3M file before \`date\`. */
	vix3mFrom: IsoDate;
	vix3m: readonly number[];
}

/** ${PRIOR_CLOSE_COUNT} prior closes per dated preset: with the date's own close, Wilder's RSI(14) of VIX matches the quoted values. */
export const PRESET_PRIOR_CLOSES: readonly PresetPriorCloses[] = [
${prior.map((p) => `{ date: '${p.date}', vixFrom: '${p.vix.from}', vix: ${list(p.vix.closes)}, vix3mFrom: '${p.vix3m.from}', vix3m: ${list(p.vix3m.closes)} },`).join('\n')}
];

/** The ${preset.date} close: SPX, VIX, VIX3M and the first three VX contracts (CFE daily settlements, calendar days to expiry). */
export const PRESET_${preset.date.replaceAll('-', '_')} = {
	date: '${preset.date}',
	spx: ${preset.spx},
	vix: ${preset.vix},
	vix3m: ${preset.vix3m},
	vx: [${preset.vx.map((v) => `{ expiry: '${v.expiry}', calendarDays: ${v.calendarDays}, settle: ${num(v.settle)} }`).join(', ')}],
} as const;
`;
	return formatModule(text, MODULE_PATH);
}

/** The episodes' module text (prettier-formatted). */
export async function flipEpisodesModule(data: PresetData = loadPresetData()): Promise<string> {
	const { episodes } = measurePresetHistory(data);
	const expiries = [
		...new Set(episodes.flatMap((e) => e.vx1Expiry.flatMap((x) => vxExpiriesAfter(x, 2).concat(x)))),
	].sort();
	const text = `${generatedHeader('presetHistory.ts', SOURCES, HOW)}
import type { IsoDate } from '../types';

/** VX expiries the episodes refer to by index. */
export const EPISODE_VX_EXPIRIES: readonly IsoDate[] = ${quoted(expiries)};

/** The final settlement (SOQ) of each of EPISODE_VX_EXPIRIES: its contract's CFE settlement on the expiry day. */
export const EPISODE_VX_SETTLEMENTS: readonly (number | null)[] = ${list(expiries.map((e) => finalSettlement(data, e)))};

/** A flip episode: one entry per business day, oldest first, in parallel columns. */
export interface FlipEpisode {
	/** The day the episode is centred on (index ${EPISODE_BEFORE} of \`dates\`). */
	date: IsoDate;
	dates: readonly IsoDate[];
	/** The last ${PRIOR_CLOSE_COUNT} rows of Cboe's VIX file before \`dates[0]\` (holiday rows included), oldest first. */
	vixBefore: readonly number[];
	/** Rows of Cboe's VIX file within the episode on exchange holidays (not in \`dates\`: no SPX close that day). */
	vixHolidays: readonly { date: IsoDate; close: number }[];
	/** SPX close (2 dp). */
	spx: readonly number[];
	vix: readonly number[];
	/** VIX3M close; null when the file has no row that day. */
	vix3m: readonly (number | null)[];
	/** Index into EPISODE_VX_EXPIRIES of the first contract not expired that day; VX2 and VX3 are the next two. */
	vx1Expiry: readonly number[];
	/** CFE daily settlements of VX1, VX2, VX3; null when the contract has no row that day. */
	vx: readonly [readonly (number | null)[], readonly (number | null)[], readonly (number | null)[]];
}

/** Business days from ${EPISODE_BEFORE} before to ${EPISODE_AFTER} after each flip date. */
export const FLIP_EPISODES: readonly FlipEpisode[] = [
${episodes.map((e) => `{ date: '${e.date}', dates: ${quoted(e.dates)}, vixBefore: ${list(e.vixBefore)}, vixHolidays: [${e.vixHolidays.map((h) => `{ date: '${h.date}', close: ${h.close} }`).join(', ')}], spx: ${list(e.spx)}, vix: ${list(e.vix)}, vix3m: ${list(e.vix3m)}, vx1Expiry: ${list(e.vx1Expiry.map((x) => expiries.indexOf(x)))}, vx: [${e.vx.map(list).join(', ')}] },`).join('\n')}
];
`;
	return formatModule(text, EPISODES_MODULE_PATH);
}

/** The printed tables of docs/measured/preset-history.md. */
function report(data: PresetData, modules: readonly { path: string; text: string }[]): string {
	const { prior, preset, episodes } = measurePresetHistory(data);
	const out: string[] = [];
	const rsiWith = (p: (typeof prior)[number], n: number) => {
		const own = closeOn(data.vix, p.date)!;
		return wilderRsi([...p.vix.closes.slice(-n), own])!.toFixed(2);
	};
	out.push(
		'RSI(14) of VIX on each preset date: wilderRsi of its last 30 or 59 prior closes and the close of the date',
		textTable(
			['date', 'VIX', 'RSI 30+1', 'RSI 59+1', 'quoted', 'VIX from', 'VIX3M rows', 'VIX3M from'],
			prior.map((p) => [
				p.date,
				closeOn(data.vix, p.date)!.toFixed(2),
				rsiWith(p, 30),
				rsiWith(p, PRIOR_CLOSE_COUNT),
				KNOWN_RSI[p.date]?.toFixed(1) ?? '-',
				p.vix.from ?? '-',
				p.vix3m.closes.length,
				p.vix3m.from ?? '-',
			]),
		),
		`Presets with fewer than ${PRIOR_CLOSE_COUNT} prior VIX3M closes: ${prior.filter((p) => p.vix3m.closes.length < PRIOR_CLOSE_COUNT).length}`,
		'',
		`Preset ${preset.date}: SPX ${preset.spx}, VIX ${preset.vix}, VIX3M ${preset.vix3m}`,
		textTable(
			['VX', 'expiry', 'calendar days', 'settle'],
			preset.vx.map((v, k) => [`VX${k + 1}`, v.expiry, v.calendarDays, num(v.settle)]),
		),
		'',
		'Flip episodes',
	);
	out.push(
		textTable(
			[
				'date',
				'rows',
				'first',
				'last',
				'VIX3M null',
				'VX1 null',
				'VX2 null',
				'VX3 null',
				'peak VIX',
				'contracts',
			],
			episodes.map((e) => [
				e.date,
				e.dates.length,
				e.dates[0],
				e.dates[e.dates.length - 1],
				e.vix3m.filter((x) => x === null).length,
				...e.vx.map((col) => col.filter((x) => x === null).length),
				Math.max(...e.vix).toFixed(2),
				new Set(e.vx1Expiry).size + 2,
			]),
		),
	);
	out.push('');
	for (const m of modules)
		out.push(
			`${m.path}: ${Buffer.byteLength(m.text)} bytes, ${gzipSync(m.text, { level: 9 }).length} bytes gzipped (level 9)`,
		);
	return out.join('\n');
}

if (isMain(import.meta.url)) {
	const data = loadPresetData();
	const modules = [
		{ path: MODULE_PATH, text: await presetHistoryModule(data) },
		{ path: EPISODES_MODULE_PATH, text: await flipEpisodesModule(data) },
	];
	for (const m of modules) writeRepoFile(m.path, m.text);
	const printed = report(data, modules);
	console.log(printed);
	spliceIntoDoc(DOC_PATH, printed);
}
