// The back-test's report (docs/history.md, "Back-test"): by regime at the start (all, contango, backwardation), with
// and without the largest episode, per policy — the hedge premium and condor credit at entry, and for the condor
// alone, the hedge, the condor + hedge and the hedge's return on its premium: mean, median and P(profit), at mid and
// after costs, each with its circular block-bootstrap standard error. A plain object of finite numbers (saved with
// the scenario); a group with no start is left out.
import type { IsoDate } from '../types';
import type { BookSpec } from '../book/bookSpec';
import { isoDateOfEpochDay } from '../market/isoDate';
import { blockBootstrapSe } from '../simulation/blockBootstrap';
import { overlapsEpisode, type BackTestSettings } from './backTestSettings';
import type { BackTestSeries } from './backTest';
import type { HistoryTable } from './historyTable';
import { largestEpisode, type Episode } from './largestEpisode';
import {
	groupFigures,
	PNL_SERIES,
	REGIME_GROUPS,
	FIGURES_PER_POLICY,
	type PnlSeriesId,
} from './backTestFigures';

/** A figure and its block-bootstrap standard error. */
export interface Figure {
	value: number;
	se: number;
}

export interface PnlFigures {
	mean: Figure;
	median: Figure;
	/** Share of starts with P&L above 0. */
	pProfit: Figure;
}

export interface BackTestGroup {
	regime: 'all' | 'contango' | 'backwardation';
	/** True: the starts whose holding window overlaps the episode are left out. */
	withoutEpisode: boolean;
	policyId: string;
	/** Starts in the group. */
	n: number;
	/** Mean hedge premium and condor credit at entry, dollars. */
	premiumUsd: Figure;
	creditUsd: Figure;
	/** Dollars per start, except hedgeReturn: the hedge's P&L as a fraction of its premium (−1: all lost). */
	mid: Record<PnlSeriesId, PnlFigures>;
	afterCosts: Record<PnlSeriesId, PnlFigures>;
}

export interface BackTestResult {
	source: HistoryTable['source'];
	/** The first and last start, the spacing, the starts run and those that could not be entered. */
	firstStart: IsoDate;
	lastStart: IsoDate;
	every: number;
	starts: number;
	skipped: number;
	condorDteDays: number;
	episode: Episode | null;
	/** Blocks of `blockStarts` consecutive starts (about blockDays history days), resamples, seed. */
	bootstrap: { blockStarts: number; replicates: number; seed: number };
	policies: { id: string; label: string }[];
	groups: BackTestGroup[];
}

/** The report of a merged series. @throws RangeError when the series has no start. */
export function backTestResult(
	table: HistoryTable,
	spec: BookSpec,
	settings: BackTestSettings,
	series: BackTestSeries,
): BackTestResult {
	const n = series.rows.length;
	if (n === 0) throw new RangeError('the back-test ran no start');
	const ep = settings.episode === 'largest' ? largestEpisode(table) : settings.episode;
	const inEpisode = Uint8Array.from(series.startDays, (d, i) =>
		ep && overlapsEpisode(ep, isoDateOfEpochDay(d), isoDateOfEpochDay(series.endDays[i])) ? 1 : 0,
	);
	const evaluate = groupFigures(series, inEpisode);
	const all = new Int32Array(n).map((_, i) => i);
	const point = evaluate(all);
	const blockStarts = Math.max(1, Math.round(settings.bootstrap.blockDays / settings.every));
	const { replicates, seed } = settings.bootstrap;
	const se = blockBootstrapSe(n, evaluate, blockStarts, replicates, seed);
	const P = settings.policies.length;
	const groups: BackTestGroup[] = [];
	REGIME_GROUPS.forEach((regime, r) =>
		[false, true].forEach((withoutEpisode, w) =>
			settings.policies.forEach((policy, p) => {
				const at = ((r * 2 + w) * P + p) * FIGURES_PER_POLICY;
				const count = point[at];
				if (!(count > 0)) return;
				const fig = (f: number): Figure => ({ value: point[at + f], se: se[at + f] });
				const pnl = (base: number) =>
					Object.fromEntries(
						PNL_SERIES.map((id, k) => [
							id,
							{ mean: fig(base + 3 * k), median: fig(base + 3 * k + 1), pProfit: fig(base + 3 * k + 2) },
						]),
					) as Record<PnlSeriesId, PnlFigures>;
				groups.push({
					regime,
					withoutEpisode,
					policyId: policy.id,
					n: count,
					premiumUsd: fig(1),
					creditUsd: fig(2),
					mid: pnl(3),
					afterCosts: pnl(3 + 3 * PNL_SERIES.length),
				});
			}),
		),
	);
	return {
		source: table.source,
		firstStart: table.dates[series.rows[0]],
		lastStart: table.dates[series.rows[n - 1]],
		every: settings.every,
		starts: n,
		skipped: series.skipped,
		condorDteDays: spec.condorDteDays,
		episode: ep ? { ...ep } : null,
		bootstrap: { blockStarts, replicates, seed },
		policies: settings.policies.map((p) => ({ id: p.id, label: p.label })),
		groups,
	};
}
