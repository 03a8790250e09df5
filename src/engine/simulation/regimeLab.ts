// The regime lab (docs/simulation.md): Monte Carlo of the book from each start state (this market and its
// counterparts from history, or chosen markets) under each policy, condor alone vs condor + hedge, at mid and after
// trading costs. One worker runs it whole (runRegimeLab); a pool splits each start's pairs into ranges
// (runLabPart) and one worker reports the merged series (labResult) — bit-identical for the same seed.
import type { MarketSnapshot } from '../market/snapshot';
import type { Regime } from '../market/regime';
import type { BookSpec } from '../book/bookSpec';
import type { PathModel } from './pathModel';
import {
	checkRegimeLabSettings,
	even,
	DEFAULT_REGIME_LAB_SETTINGS,
	type RegimeLabSettings,
} from './labSettings';
import { planStart, type StartPlan } from './labPlan';
import { mergeStartSeries, runPairs, type StartSeries } from './labRun';
import { runEdges, startReport, type PolicyResult } from './labReport';
import { regimeStarts, type StartState } from './startStates';

/** Called between chunks with the fraction done (0–1]; returning false (or a Promise of false) cancels the run. */
export type RegimeLabProgress = (doneFraction: number) => boolean | void | Promise<boolean | void>;

export interface StartResult {
	id: string;
	label: string;
	regime: Regime;
	/** Id of the start whose market (and results) this one shares, else null. */
	sameAs: string | null;
	/** Where a counterpart's curve or an analog start's windows come from (null for the user's market and chosen markets). */
	source: string | null;
	spx: number;
	vix: number;
	vx1: number;
	policies: PolicyResult[];
}

export interface RegimeLabResult {
	seed: number;
	paths: number;
	/** Daily steps to the horizon, the horizon date and its calendar days (of the first start). */
	steps: number;
	horizonDate: string;
	horizonDays: number;
	condorExpiry: string;
	model: PathModel;
	/** Shared histogram bin edges (dollars) for every start, policy, alone and hedged, mid and after costs. */
	histogramEdges: Float64Array;
	starts: StartResult[];
}

/** The starts of a run; those with `sameAs` share an earlier start's results and are not simulated. */
export function labStarts(market: MarketSnapshot, settings: RegimeLabSettings): StartState[] {
	return regimeStarts(market, settings.starts);
}

const plan = (s: StartState, spec: BookSpec, settings: RegimeLabSettings) =>
	planStart(s.market, s.regime, spec, settings, s.analogs);

/**
 * One range of one start's antithetic pairs (for a pool of workers).
 * @returns the range's series, or null when `onChunk` cancels.
 */
export async function runLabPart(
	market: MarketSnapshot,
	spec: BookSpec,
	settings: RegimeLabSettings,
	startId: string,
	firstPair: number,
	pairs: number,
	onChunk?: () => boolean | void | Promise<boolean | void>,
): Promise<StartSeries | null> {
	checkRegimeLabSettings(settings);
	const start = labStarts(market, settings).find((s) => s.id === startId);
	if (!start) throw new RangeError(`no start '${startId}' in this run`);
	const chunkPairs = Math.max(1, Math.min(even(settings.chunkPaths) / 2, pairs));
	return runPairs(
		plan(start, spec, settings),
		settings,
		spec.costs,
		firstPair,
		pairs,
		chunkPairs,
		async () => (onChunk ? (await onChunk()) !== false : true),
	);
}

/** The report of a run from each simulated start's whole series (keyed by start id). */
export function labResult(
	market: MarketSnapshot,
	spec: BookSpec,
	settings: RegimeLabSettings,
	series: ReadonlyMap<string, StartSeries>,
): RegimeLabResult {
	const starts = labStarts(market, settings);
	const plans = new Map<string, StartPlan>();
	for (const s of starts) if (s.sameAs === null) plans.set(s.id, plan(s, spec, settings));
	const shared = runEdges([...series.values()], settings.histogramBins);
	const results = new Map<string, PolicyResult[]>();
	for (const [id, p] of plans)
		results.set(id, startReport(settings.policies, p.entries, series.get(id)!, p.horizonDays, shared));
	const first = plans.get(starts[0].id)!;
	const n = first.grid.dt.length;
	return {
		seed: settings.seed,
		paths: even(settings.paths),
		steps: n,
		horizonDate: first.grid.dates[n],
		horizonDays: first.horizonDays,
		condorExpiry: first.model.condorExpiry,
		model: settings.model,
		histogramEdges: shared.edges,
		starts: starts.map((s) => ({
			id: s.id,
			label: s.label,
			regime: s.regime,
			sameAs: s.sameAs,
			source: s.source ?? plans.get(s.id)?.source ?? null,
			spx: s.market.spx,
			vix: s.market.vix,
			vx1: s.market.futures[0].price,
			policies: results.get(s.sameAs ?? s.id)!,
		})),
	};
}

/**
 * Runs the whole lab in one worker.
 * @param onChunk awaited after each chunk with the fraction done; false cancels.
 * @returns the results, or null when cancelled.
 * @throws RangeError on settings or markets that cannot run (with the field named).
 */
export async function runRegimeLab(
	market: MarketSnapshot,
	spec: BookSpec,
	settings: RegimeLabSettings = DEFAULT_REGIME_LAB_SETTINGS,
	onChunk?: RegimeLabProgress,
): Promise<RegimeLabResult | null> {
	checkRegimeLabSettings(settings);
	const pairsTotal = even(settings.paths) / 2;
	const chunkPairs = Math.min(even(settings.chunkPaths) / 2, pairsTotal);
	const computed = labStarts(market, settings).filter((s) => s.sameAs === null);
	const totalChunks = computed.length * Math.ceil(pairsTotal / chunkPairs);
	let done = 0;
	const series = new Map<string, StartSeries>();
	for (const start of computed) {
		const run = await runPairs(
			plan(start, spec, settings),
			settings,
			spec.costs,
			0,
			pairsTotal,
			chunkPairs,
			async () => {
				done++;
				return onChunk ? (await onChunk(done / totalChunks)) !== false : true;
			},
		);
		if (run === null) return null;
		series.set(start.id, run);
	}
	return labResult(market, spec, settings, series);
}

export { mergeStartSeries };
