// Section e of the real-world VIX measurement: the realized 4/4/2 ladder over 2009–2026 — the app's own back-test
// (src/engine/history) of one steward unit, at mid, on the imported history (real CFE settlements where the files
// hold them, the proxy elsewhere) — and the same ladders on the proxy alone where real settlements exist.
import {
	DEFAULT_BOOK_SPEC,
	NO_COSTS,
	blockBootstrapSe,
	isoDateOfEpochDay,
	type BookSpec,
} from '../../src/engine';
import {
	BACK_TEST_POLICIES,
	DEFAULT_BACK_TEST_SETTINGS,
	backTestPart,
	backTestResult,
	backTestStarts,
	dayIndex,
	historyDays,
	importedHistoryTable,
	overlapsEpisode,
	type BackTestGroup,
	type BackTestSeries,
	type BackTestSettings,
	type HistoryDays,
} from '../../src/engine/history';
import { MARCH_2020 } from './march2020';
import type { HistoryFiles } from './historyFiles';
import { fixed, markdownTable, pct } from './output';
import { mean, median, share } from './stats';

/** One unit of the default 4/4/2, no trading costs: the ladder's own P&L at mid. */
const ONE_UNIT: BookSpec = {
	...DEFAULT_BOOK_SPEC,
	ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units', units: 1 } },
	costs: NO_COSTS,
};

/** A start every day, the steward only; blocks of 45 consecutive starts (about one holding period), 1,000 resamples. */
export const LADDER_SETTINGS: BackTestSettings = {
	...DEFAULT_BACK_TEST_SETTINGS,
	policies: BACK_TEST_POLICIES.filter((p) => p.id === 'steward'),
	episode: { ...MARCH_2020 },
	bootstrap: { blockDays: 45, replicates: 1000, seed: 20260227 },
};

export interface LadderRow {
	subset: BackTestGroup['regime'];
	withoutEpisode: boolean;
	stats: { n: number; meanPremium: number; meanPnl: number; medianPnl: number; pProfit: number };
	se: { meanPremium: number; meanPnl: number; medianPnl: number; pProfit: number };
}

export interface LadderResult {
	rows: LadderRow[];
	premiumRatio: number;
	premiumRatioSe: number;
	markdown: string;
}

const run = (days: HistoryDays): BackTestSeries => {
	const starts = backTestStarts(days, ONE_UNIT, LADDER_SETTINGS);
	return backTestPart(days, ONE_UNIT, LADDER_SETTINGS, starts, 0, starts.length);
};

/** Premium in VIX points per unit and the hedge's P&L over its premium, as the doc's tables give them. */
function rowOf(g: BackTestGroup): LadderRow {
	const r = g.mid.hedgeReturn;
	return {
		subset: g.regime,
		withoutEpisode: g.withoutEpisode,
		stats: {
			n: g.n,
			meanPremium: g.premiumUsd.value / 100,
			meanPnl: r.mean.value,
			medianPnl: r.median.value,
			pProfit: r.pProfit.value,
		},
		se: {
			meanPremium: g.premiumUsd.se / 100,
			meanPnl: r.mean.se,
			medianPnl: r.median.se,
			pProfit: r.pProfit.se,
		},
	};
}

/** Mean premium of backwardation starts over that of contango starts, with its block-bootstrap SE. */
function premiumRatio(s: BackTestSeries): { ratio: number; se: number } {
	const premium = s.policies[0].premiumUsd;
	const ratioOf = (idx: ArrayLike<number>) => {
		const sums = [0, 0, 0, 0];
		for (let k = 0; k < idx.length; k++) {
			const b = s.backwardation[idx[k]];
			sums[2 * b] += premium[idx[k]];
			sums[2 * b + 1]++;
		}
		return sums[2] / sums[3] / (sums[0] / sums[1]);
	};
	const { blockDays, replicates, seed } = LADDER_SETTINGS.bootstrap;
	const all = Int32Array.from(s.rows.keys());
	return {
		ratio: ratioOf(all),
		se: blockBootstrapSe(s.rows.length, (idx) => [ratioOf(idx)], blockDays, replicates, seed)[0],
	};
}

/** The same starts on the real curve and on the proxy alone, where every future at entry and exit is a settlement. */
function realVersusProxy(real: HistoryDays, withReal: BackTestSeries, withProxy: BackTestSeries): string {
	const { table } = real;
	const exitDate = (s: BackTestSeries, k: number) => isoDateOfEpochDay(s.endDays[k]);
	const allReal = (i: number) => real.day(i).proxy.every((p) => !p);
	const keep = Array.from(withReal.rows.keys()).filter(
		(k) => allReal(withReal.rows[k]) && allReal(dayIndex(table, exitDate(withReal, k))),
	);
	const proxyStart = new Map(Array.from(withProxy.rows, (row, k) => [row, k]));
	const proxyKeep = keep.flatMap((k) => proxyStart.get(withReal.rows[k]) ?? []);
	const outside = (s: BackTestSeries) => (k: number) =>
		!overlapsEpisode(MARCH_2020, table.dates[s.rows[k]], exitDate(s, k));
	const row = (label: string, s: BackTestSeries, ks: number[]) => {
		const p = s.policies[0];
		const returns = ks.map((k) => p.hedgeUsd[k] / p.premiumUsd[k]);
		const premium = fixed(mean(ks.map((k) => p.premiumUsd[k])), 0);
		return [
			label,
			String(ks.length),
			premium,
			pct(mean(returns)),
			pct(median(returns)),
			pct(share(returns, (x) => x > 0)),
		];
	};
	return markdownTable(
		'The same ladders where every future at entry and exit is a CFE settlement: real settlements vs the proxy alone',
		['curve', 'n', 'mean unit premium ($)', 'mean P&L', 'median P&L', 'P(profit)'],
		[
			row('real CFE', withReal, keep),
			row('proxy', withProxy, proxyKeep),
			row('real CFE, without episode', withReal, keep.filter(outside(withReal))),
			row('proxy, without episode', withProxy, proxyKeep.filter(outside(withProxy))),
		],
	);
}

const withSe = (x: number, se: number) => `${pct(x)} ± ${pct(se)}`;

export function measureLadder(files: HistoryFiles): LadderResult {
	const real = historyDays(importedHistoryTable(files.series));
	const series = run(real);
	const result = backTestResult(real.table, ONE_UNIT, LADDER_SETTINGS, series);
	const order = ['all', 'contango', 'backwardation'];
	const rows = result.groups
		.map(rowOf)
		.sort(
			(a, b) =>
				Number(a.withoutEpisode) - Number(b.withoutEpisode) ||
				order.indexOf(a.subset) - order.indexOf(b.subset),
		);
	const { ratio, se } = premiumRatio(series);
	const proxy = historyDays(importedHistoryTable({ ...files.series, contracts: [] }));
	const main = markdownTable(
		`Realized 4/4/2 ladder (one unit, steward, mid), starts ${result.firstStart} → ${result.lastStart}, the app's back-test on the imported history (± block-bootstrap SE: circular blocks of ${result.bootstrap.blockStarts} consecutive starts, ${result.bootstrap.replicates} resamples)`,
		[
			'starts',
			'episode',
			'n',
			'mean unit premium ($)',
			'mean P&L / premium',
			'median P&L / premium',
			'P(profit)',
		],
		rows.map((r) => [
			r.subset,
			r.withoutEpisode ? 'without' : 'with',
			String(r.stats.n),
			`${fixed(100 * r.stats.meanPremium, 0)} ± ${fixed(100 * r.se.meanPremium, 0)}`,
			withSe(r.stats.meanPnl, r.se.meanPnl),
			withSe(r.stats.medianPnl, r.se.medianPnl),
			withSe(r.stats.pProfit, r.se.pProfit),
		]),
	);
	const markdown = [
		`Largest episode: the starts whose holding window (start → condor expiry) overlaps ${MARCH_2020.from} … ${MARCH_2020.to}.`,
		main,
		`Mean unit premium in backwardation / in contango: ${fixed(ratio, 3)} ± ${fixed(se, 3)}.`,
		realVersusProxy(real, series, run(proxy)),
	].join('\n\n');
	return { rows, premiumRatio: ratio, premiumRatioSe: se, markdown };
}
