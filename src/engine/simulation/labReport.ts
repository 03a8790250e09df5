// The regime lab's report (docs/simulation.md, "Statistics"): per start and policy, the condor alone, the hedge and both
// together — statistics, histograms on edges shared by the whole run, and the outcome by SPX move over the horizon —
// at mid and after trading costs. Numbers only: the sentences a trader reads are written by the UI.
import { histogram, pnlStats, sharedEdges, sortedCopy, type Histogram, type PnlStats } from './stats';
import type { PolicyEntry } from './policyEntries';
import type { EventCounts, PolicySeries, StartSeries } from './labRun';
import type { PolicySpec } from './policySpec';
import { MOVE_BUCKETS } from './moveBuckets';

export interface MoveOutcome {
	id: (typeof MOVE_BUCKETS)[number]['id'];
	/** Share of paths whose SPX move falls in the bucket, and their mean P&L (0 when no path does), dollars. */
	probability: number;
	condorUsd: number;
	hedgeUsd: number;
	combinedUsd: number;
}

/** One set of figures: at mid, or after trading costs. */
export interface PolicyFigures {
	alone: PnlStats;
	hedged: PnlStats;
	hedge: PnlStats;
	/** (CVaR95 alone − CVaR95 hedged) / premium bought; null when nothing was bought. */
	tailLossReductionPerHedgeUsd: number | null;
	histogram: { alone: Histogram; hedged: Histogram };
	byMove: MoveOutcome[];
	/** Mean hedge P&L per dollar of premium on the paths where SPX fell 5 % or more; null when none did. */
	hedgeGainPerPremiumWhenDown5: number | null;
}

export interface PolicyResult {
	policyId: string;
	label: string;
	entry: PolicyEntry;
	/** Mean premium paid for calls along a path (entry, rolls, promoter top-ups), dollars. */
	hedgeCostUsd: number;
	mid: PolicyFigures;
	afterCosts: PolicyFigures;
	/** Share of paths where each action happened. */
	events: EventCounts;
}

function byMove(spxReturn: Float64Array, s: PolicySeries, net: boolean): MoveOutcome[] {
	const [alone, hedge] = net ? [s.aloneNet, s.hedgeNet] : [s.alone, s.hedge];
	return MOVE_BUCKETS.map((b) => {
		let n = 0;
		let c = 0;
		let h = 0;
		for (let i = 0; i < spxReturn.length; i++) {
			const move = 100 * spxReturn[i];
			if (move > b.lo && move <= b.hi) {
				n++;
				c += alone[i];
				h += hedge[i];
			}
		}
		const mean = (x: number) => (n > 0 ? x / n : 0);
		return {
			id: b.id,
			probability: n / spxReturn.length,
			condorUsd: mean(c),
			hedgeUsd: mean(h),
			combinedUsd: mean(c + h),
		};
	});
}

function gainPerPremiumWhenDown5(
	spxReturn: Float64Array,
	hedge: Float64Array,
	bought: Float64Array,
): number | null {
	let h = 0;
	let b = 0;
	for (let i = 0; i < spxReturn.length; i++)
		if (spxReturn[i] <= -0.05) {
			h += hedge[i];
			b += bought[i];
		}
	return b > 0 ? h / b : null;
}

function figures(
	entry: PolicyEntry,
	s: PolicySeries,
	spxReturn: Float64Array,
	horizonDays: number,
	hedgeCostUsd: number,
	net: boolean,
	sorted: Map<Float64Array, Float64Array>,
	edges: Float64Array,
): PolicyFigures {
	const [alone, hedge, hedged] = net ? [s.aloneNet, s.hedgeNet, s.hedgedNet] : [s.alone, s.hedge, s.hedged];
	const opts = (risk: number) => ({ antithetic: true, definedRiskUsd: risk, horizonDays });
	const a = pnlStats(alone, opts(entry.maxLossUsd), sorted.get(alone));
	const hd = pnlStats(hedged, opts(entry.maxLossUsd + hedgeCostUsd), sorted.get(hedged));
	return {
		alone: a,
		hedged: hd,
		hedge: pnlStats(hedge, opts(hedgeCostUsd)),
		tailLossReductionPerHedgeUsd: hedgeCostUsd > 0 ? (a.cvar95 - hd.cvar95) / hedgeCostUsd : null,
		histogram: { alone: histogram(alone, edges), hedged: histogram(hedged, edges) },
		byMove: byMove(spxReturn, s, net),
		hedgeGainPerPremiumWhenDown5: gainPerPremiumWhenDown5(spxReturn, hedge, s.bought),
	};
}

/** Shared histogram edges over every alone and hedged series of the run, at mid and after costs. */
export function runEdges(
	all: readonly StartSeries[],
	bins: number,
): { edges: Float64Array; sorted: Map<Float64Array, Float64Array> } {
	const sorted = new Map<Float64Array, Float64Array>();
	for (const run of all)
		for (const s of run.policies)
			for (const x of [s.alone, s.hedged, s.aloneNet, s.hedgedNet]) sorted.set(x, sortedCopy(x));
	return { edges: sharedEdges([...sorted.values()], bins), sorted };
}

/** The report of one start's series. */
export function startReport(
	policies: readonly PolicySpec[],
	entries: readonly PolicyEntry[],
	series: StartSeries,
	horizonDays: number,
	shared: { edges: Float64Array; sorted: Map<Float64Array, Float64Array> },
): PolicyResult[] {
	const paths = series.spxReturn.length;
	return policies.map((p, i) => {
		const s = series.policies[i];
		const hedgeCostUsd = s.bought.reduce((a, b) => a + b, 0) / paths;
		const make = (net: boolean) =>
			figures(entries[i], s, series.spxReturn, horizonDays, hedgeCostUsd, net, shared.sorted, shared.edges);
		const events = Object.fromEntries(
			Object.entries(s.events).map(([k, v]) => [k, v / paths]),
		) as EventCounts;
		return {
			policyId: p.id,
			label: p.label,
			entry: entries[i],
			hedgeCostUsd,
			mid: make(false),
			afterCosts: make(true),
			events,
		};
	});
}
