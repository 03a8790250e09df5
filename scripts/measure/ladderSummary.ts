// The ladder history over 2009–2026 on the proxy curve (and on real CFE settlements where they cover a start),
// summarised by start regime with block-bootstrap standard errors.
import { calendarDaysBetween, epochDayOf, type IsoDate } from '../../src/engine';
import { proxyFuture, type ProxyCalibration } from '../../src/engine/history/proxyFutures';
import { blockBootstrapSe } from './bootstrap';
import type { HistoryFiles } from './historyFiles';
import {
	HOLD_CALENDAR_DAYS,
	inLargestEpisode,
	ladderOutcome,
	type CurveAt,
	type LadderOutcome,
	type SettleOf,
} from './ladderHistory';
import { regimeOf, settlementValue, termDays, type Day, type StartRegime } from './market';
import { mean, median, share } from './stats';

/** The proxy curve of each day with VIX and VIX3M. */
export function proxyCurve(days: readonly Day[], calibration?: ProxyCalibration): CurveAt {
	const byDate = new Map(termDays(days).map((d) => [d.date, d]));
	return (date, expiry) => {
		const d = byDate.get(date);
		return d ? proxyFuture(d.vix, d.vix3m, calendarDaysBetween(date, expiry), calibration) : null;
	};
}

/** Real CFE settlements by (trade date, expiry). */
export function cfeCurve(files: HistoryFiles): CurveAt {
	const settles = new Map<string, number>();
	for (const c of files.contracts)
		for (const r of c.rows) settles.set(`${r.tradeDate} ${c.expiry}`, r.settle);
	return (date, expiry) => settles.get(`${date} ${expiry}`) ?? null;
}

export function settleOf(files: HistoryFiles, days: readonly Day[]): SettleOf {
	const byDate = new Map(days.map((d) => [d.date, d]));
	return (expiry) => settlementValue(files, byDate, expiry)?.value ?? null;
}

/** Every day with VIX and VIX3M from `from` whose hold ends by the last such day, bought and marked on `curve`. */
export function ladderHistory(
	days: readonly Day[],
	curve: CurveAt,
	settle: SettleOf,
	from: IsoDate = '2009-09-18',
): LadderOutcome[] {
	const term = termDays(days);
	const lastStart = epochDayOf(term.at(-1)!.date) - HOLD_CALENDAR_DAYS;
	return term
		.filter((d) => d.date >= from && epochDayOf(d.date) <= lastStart)
		.flatMap((d) => ladderOutcome(d.date, regimeOf(d.vix, d.vix3m), curve, settle) ?? []);
}

export interface LadderStats {
	n: number;
	/** Mean unit premium, VIX points (× $100). */
	meanPremium: number;
	meanPnl: number;
	medianPnl: number;
	pProfit: number;
}

export function ladderStats(outcomes: readonly LadderOutcome[]): LadderStats {
	const pnl = outcomes.map((o) => o.pnlFraction);
	return {
		n: outcomes.length,
		meanPremium: mean(outcomes.map((o) => o.premium)),
		meanPnl: mean(pnl),
		medianPnl: median(pnl),
		pProfit: share(pnl, (x) => x > 0),
	};
}

const STAT_ORDER = ['meanPremium', 'meanPnl', 'medianPnl', 'pProfit'] as const;
export type Subset = 'all' | StartRegime;
export const SUBSETS: readonly Subset[] = ['all', 'contango', 'backwardation'];

export interface LadderRow {
	subset: Subset;
	withoutEpisode: boolean;
	stats: LadderStats;
	se: Record<(typeof STAT_ORDER)[number], number>;
}

/** Bootstrap settings: blocks of 45 consecutive starts (about one holding period), 1,000 resamples, fixed seed. */
export const BOOTSTRAP = { blockLength: 45, replicates: 1000, seed: 20260227 } as const;

function pick(outcomes: readonly LadderOutcome[], subset: Subset, withoutEpisode: boolean): LadderOutcome[] {
	return outcomes.filter(
		(o) => (subset === 'all' || o.regime === subset) && !(withoutEpisode && inLargestEpisode(o)),
	);
}

/**
 * Per subset (all, contango, backwardation) × with / without the largest episode: statistics and their
 * block-bootstrap standard errors, plus the ratio of the mean unit premium in backwardation to contango.
 */
export function ladderTable(outcomes: readonly LadderOutcome[]): {
	rows: LadderRow[];
	premiumRatio: number;
	premiumRatioSe: number;
} {
	const cases = [false, true].flatMap((withoutEpisode) =>
		SUBSETS.map((subset) => ({ subset, withoutEpisode })),
	);
	const ratio = (sample: readonly LadderOutcome[]) =>
		mean(pick(sample, 'backwardation', false).map((o) => o.premium)) /
		mean(pick(sample, 'contango', false).map((o) => o.premium));
	const evaluate = (sample: readonly LadderOutcome[]) => [
		...cases.flatMap((c) => {
			const s = pick(sample, c.subset, c.withoutEpisode);
			return s.length ? STAT_ORDER.map((k) => ladderStats(s)[k]) : STAT_ORDER.map(() => NaN);
		}),
		ratio(sample),
	];
	const se = blockBootstrapSe(
		outcomes,
		evaluate,
		BOOTSTRAP.blockLength,
		BOOTSTRAP.replicates,
		BOOTSTRAP.seed,
	);
	const rows = cases.map((c, i) => ({
		...c,
		stats: ladderStats(pick(outcomes, c.subset, c.withoutEpisode)),
		se: Object.fromEntries(STAT_ORDER.map((k, j) => [k, se[i * STAT_ORDER.length + j]])) as LadderRow['se'],
	}));
	return { rows, premiumRatio: ratio(outcomes), premiumRatioSe: se.at(-1)! };
}
