// The regime lab (DESIGN §4.5): Monte Carlo of the book from each start state (contango, backwardation, or chosen
// markets) under each policy, condor alone vs condor + hedge. Runs in chunks of paths and awaits the caller between
// chunks (progress, cancel, and a worker free to serve other calls); every path draws from its own seeded stream,
// so the results do not depend on the chunk size.
import type { MarketSnapshot } from '../market/snapshot';
import type { Regime } from '../market/regime';
import { calendarDaysBetween } from '../market/isoDate';
import { vxExpiriesAfter } from '../market/expiries';
import type { BookSpec } from '../book/bookSpec';
import type { CondorStrikes } from '../book/ironCondor';
import { layerStrike } from '../book/ladderLayers';
import { roundVixStrike } from '../book/ladderSpec';
import { dateState } from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { applyPlaybook, playbookFor } from '../book/playbook';
import { wilderRsi } from '../math/rsi';
import { priceBook } from '../scenario/priceBook';
import { DEFAULT_PATH_MODEL, checkPathModel, pathBlock, simulatePairs, type PathModel } from './paths';
import { horizonDate, stepGrid } from './stepGrid';
import { condorMarkAt, condorTables, modelFuture, vixCallMark, vxTables } from './marking';
import { pathSignals, rsiSeed } from './signals';
import {
	CLOSE_DTE,
	CLOSE_STOP,
	CLOSE_TAKE_PROFIT,
	DEFAULT_POLICIES,
	checkPolicy,
	pathOutcome,
	runPolicyOnPath,
	type ChunkMarks,
	type EntryBook,
	type EntryRule,
	type PolicySpec,
} from './policies';
import { histogram, pnlStats, sharedEdges, sortedCopy, type Histogram, type PnlStats } from './stats';
import { regimeStarts, type StartSpec } from './startStates';

export interface RegimeLabSettings {
	/** PRNG seed (32-bit integer), saved with the scenario. */
	seed: number;
	/** Paths per start state (rounded up to even: antithetic pairs). */
	paths: number;
	/** Calendar days to the horizon (capped at the condor's expiry); null: the condor's expiry. */
	horizonDays: number | null;
	model: PathModel;
	policies: PolicySpec[];
	starts: StartSpec;
	/** Paths per chunk between progress reports (rounded up to even). */
	chunkPaths: number;
	histogramBins: number;
}

export const DEFAULT_REGIME_LAB_SETTINGS: RegimeLabSettings = {
	seed: 20260109,
	paths: 20_000,
	horizonDays: null,
	model: DEFAULT_PATH_MODEL,
	policies: DEFAULT_POLICIES,
	starts: { mode: 'counterparts' },
	chunkPaths: 2_000,
	histogramBins: 40,
};

/** Called between chunks with the fraction done (0–1]; returning false (or a Promise of false) cancels the run. */
export type RegimeLabProgress = (doneFraction: number) => boolean | void | Promise<boolean | void>;

/** What a policy entered at one start: the condor, and the hedge before any path-dependent trade. */
export interface PolicyEntry {
	strikes: CondorStrikes;
	qty: number;
	creditUsd: number;
	/** Condor max loss, dollars: its defined risk. */
	maxLossUsd: number;
	/** Hedge units and contracts per layer (near, mid, long order of the ladder). */
	units: number;
	contracts: number[];
	/** Premium of the entry contracts and their theta per 30 days (negative: carry cost), dollars. */
	hedgePremiumUsd: number;
	hedgeCarryUsdPer30Days: number;
}

export interface PolicyResult {
	policyId: string;
	label: string;
	entry: PolicyEntry;
	/** P&L of the condor alone and of condor + hedge, dollars per path. */
	alone: PnlStats;
	hedged: PnlStats;
	/** The hedge's own P&L (its premium is the defined risk of the annualized figure). */
	hedge: PnlStats;
	/** Mean premium paid for calls along a path (entry, rolls, promoter top-ups), dollars. */
	hedgeCostUsd: number;
	/** (CVaR95 alone − CVaR95 hedged) / hedgeCostUsd; null when nothing was bought. */
	tailLossReductionPerHedgeUsd: number | null;
	/** Histograms on the run's shared edges. */
	histogram: { alone: Histogram; hedged: Histogram };
	/** Share of paths where each action happened. */
	events: {
		monetized: number;
		rolled: number;
		promoted: number;
		takeProfit: number;
		stop: number;
		dteClose: number;
	};
	/** The one-line read-out: net hedge cost per 30 days and the cut of the 5 % worst-case loss (CVaR95). */
	summary: { hedgeCostUsdPerMonth: number; worst5CutPct: number | null; text: string };
}

export interface StartResult {
	id: string;
	label: string;
	regime: Regime;
	/** Id of the start whose market (and results) this one shares, else null. */
	sameAs: string | null;
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
	/** Shared histogram bin edges (dollars) for every start, policy, alone and hedged. */
	histogramEdges: Float64Array;
	starts: StartResult[];
}

/** Throws a RangeError naming the first setting that cannot run. */
export function checkRegimeLabSettings(s: RegimeLabSettings): void {
	if (!Number.isInteger(s.seed)) throw new RangeError(`seed must be a whole number (got ${s.seed})`);
	if (!(Number.isInteger(s.paths) && s.paths >= 2 && s.paths <= 1_000_000))
		throw new RangeError(`paths must be a whole number 2–1,000,000 (got ${s.paths})`);
	if (!(Number.isInteger(s.chunkPaths) && s.chunkPaths >= 2))
		throw new RangeError(`chunkPaths must be a whole number ≥ 2 (got ${s.chunkPaths})`);
	if (!(Number.isInteger(s.histogramBins) && s.histogramBins >= 1 && s.histogramBins <= 500))
		throw new RangeError(`histogramBins must be a whole number 1–500 (got ${s.histogramBins})`);
	checkPathModel(s.model);
	if (s.policies.length === 0) throw new RangeError('policies: at least one policy is required');
	const ids = new Set<string>();
	s.policies.forEach((p, i) => {
		checkPolicy(p, `policies[${i}]`);
		if (ids.has(p.id)) throw new RangeError(`policies[${i}].id '${p.id}' is used twice`);
		ids.add(p.id);
	});
}

const even = (n: number) => n + (n % 2);

/** The book spec a policy's entry rule gives at a start market. */
function entrySpec(spec: BookSpec, rule: EntryRule, market: MarketSnapshot, regime: Regime): BookSpec {
	if (rule === 'book') return spec;
	const plain16: BookSpec = {
		...spec,
		condor: { ...spec.condor, shorts: { mode: 'delta', putDelta: 0.16, callDelta: 0.16 } },
	};
	if (rule === 'plain16') return plain16;
	// The entry only: the playbook policy monetizes the near layer along the path, not at entry.
	const { shortDelta = 0.16, coverage } = playbookFor(regime, wilderRsi(market.recentVixCloses)).changes;
	return applyPlaybook(spec, { shortDelta, coverage }).spec;
}

const sameStrikes = (a: CondorStrikes, b: CondorStrikes) =>
	a.longPut === b.longPut &&
	a.shortPut === b.shortPut &&
	a.shortCall === b.shortCall &&
	a.longCall === b.longCall;

interface Series {
	alone: Float64Array;
	hedge: Float64Array;
	hedged: Float64Array;
	bought: Float64Array;
	events: PolicyResult['events'];
}

interface StartRun {
	entries: PolicyEntry[];
	series: Series[];
	horizonDays: number;
	steps: number;
	horizonDate: string;
	condorExpiry: string;
}

/**
 * Runs the regime lab.
 * @param market the user's market. @param spec the user's book. @param settings see RegimeLabSettings.
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
	const paths = even(settings.paths);
	const chunkPairs = Math.min(even(settings.chunkPaths) / 2, paths / 2);
	const starts = regimeStarts(market, spec.condorDteDays, settings.starts);
	const computed = starts.filter((s) => s.sameAs === null);
	const chunksPerStart = Math.ceil(paths / 2 / chunkPairs);
	const totalChunks = computed.length * chunksPerStart;
	let done = 0;
	const runs = new Map<string, StartRun>();
	for (const start of computed) {
		const run = await runStart(start.market, start.regime, spec, settings, paths, chunkPairs, async () => {
			done++;
			if (!onChunk) return true;
			return (await onChunk(done / totalChunks)) !== false;
		});
		if (run === null) return null;
		runs.set(start.id, run);
	}
	// Statistics, then histograms on edges shared by every series of the run.
	const sorted = new Map<Float64Array, Float64Array>();
	for (const run of runs.values())
		for (const s of run.series) {
			sorted.set(s.alone, sortedCopy(s.alone));
			sorted.set(s.hedged, sortedCopy(s.hedged));
		}
	const edges = sharedEdges([...sorted.values()], settings.histogramBins);
	const results = new Map<string, PolicyResult[]>();
	for (const [id, run] of runs)
		results.set(
			id,
			settings.policies.map((p, i) =>
				policyResult(p, run.entries[i], run.series[i], run.horizonDays, sorted, edges),
			),
		);
	const first = runs.get(computed[0].id)!;
	return {
		seed: settings.seed,
		paths,
		steps: first.steps,
		horizonDate: first.horizonDate,
		horizonDays: first.horizonDays,
		condorExpiry: first.condorExpiry,
		model: settings.model,
		histogramEdges: edges,
		starts: starts.map((s) => ({
			id: s.id,
			label: s.label,
			regime: s.regime,
			sameAs: s.sameAs,
			spx: s.market.spx,
			vix: s.market.vix,
			vx1: s.market.futures[0].price,
			policies: results.get(s.sameAs ?? s.id)!,
		})),
	};
}

function policyResult(
	policy: PolicySpec,
	entry: PolicyEntry,
	s: Series,
	horizonDays: number,
	sorted: Map<Float64Array, Float64Array>,
	edges: Float64Array,
): PolicyResult {
	let boughtSum = 0;
	for (let i = 0; i < s.bought.length; i++) boughtSum += s.bought[i];
	const hedgeCostUsd = boughtSum / s.bought.length;
	const alone = pnlStats(
		s.alone,
		{ antithetic: true, definedRiskUsd: entry.maxLossUsd, horizonDays },
		sorted.get(s.alone),
	);
	const hedged = pnlStats(
		s.hedged,
		{ antithetic: true, definedRiskUsd: entry.maxLossUsd + hedgeCostUsd, horizonDays },
		sorted.get(s.hedged),
	);
	const hedge = pnlStats(s.hedge, { antithetic: true, definedRiskUsd: hedgeCostUsd, horizonDays });
	const hedgeCostUsdPerMonth = (-hedge.mean * 30) / horizonDays;
	const worst5CutPct = alone.cvar95 > 0 ? ((alone.cvar95 - hedged.cvar95) / alone.cvar95) * 100 : null;
	const usd = (x: number) => `${x < 0 ? '−' : ''}$${Math.round(Math.abs(x)).toLocaleString('en-US')}`;
	const text =
		entry.contracts.every((c) => c === 0) && hedgeCostUsd === 0
			? 'No hedge is held under this policy.'
			: `${hedgeCostUsdPerMonth >= 0 ? 'The hedge costs' : 'The hedge earns'} ${usd(Math.abs(hedgeCostUsdPerMonth))} a month on average, net of its payoffs, and ` +
				(worst5CutPct === null
					? 'the condor alone has no loss in its 5 % worst cases.'
					: worst5CutPct >= 0
						? `cuts the 5 % worst-case loss by ${worst5CutPct.toFixed(0)} %.`
						: `adds ${(-worst5CutPct).toFixed(0)} % to the 5 % worst-case loss.`);
	return {
		policyId: policy.id,
		label: policy.label,
		entry,
		alone,
		hedged,
		hedge,
		hedgeCostUsd,
		tailLossReductionPerHedgeUsd: hedgeCostUsd > 0 ? (alone.cvar95 - hedged.cvar95) / hedgeCostUsd : null,
		histogram: { alone: histogram(s.alone, edges), hedged: histogram(s.hedged, edges) },
		events: s.events,
		summary: { hedgeCostUsdPerMonth, worst5CutPct, text },
	};
}

/** All paths of one start state under every policy; null when cancelled. */
async function runStart(
	market: MarketSnapshot,
	regime: Regime,
	spec: BookSpec,
	settings: RegimeLabSettings,
	paths: number,
	chunkPairs: number,
	afterChunk: () => Promise<boolean>,
): Promise<StartRun | null> {
	const pairsTotal = paths / 2;
	// Entry books: one priced book per entry rule the policies use.
	const priced = new Map<EntryRule, ReturnType<typeof priceBook>>();
	for (const p of settings.policies)
		if (!priced.has(p.entry))
			priced.set(p.entry, priceBook(market, entrySpec(spec, p.entry, market, regime)));
	const ref = priced.values().next().value!;
	const model = ref.model;
	const end = horizonDate(market.valuationDate, settings.horizonDays, model.condorExpiry);
	const grid = stepGrid(market.valuationDate, market.valuationMinutesEt, end);
	const n = grid.dt.length;
	const stride = n + 1;
	// VX expiries: through the longest layer plus one (a roll's target), and past the horizon (the front future).
	const longestDays = Math.max(
		calendarDaysBetween(market.valuationDate, end),
		...ref.ladder.layers.map((l) => l.dteDays),
	);
	const listed = vxExpiriesAfter(market.valuationDate, Math.ceil(longestDays / 27) + 4);
	const layerIdx = ref.ladder.layers.map((l) => listed.indexOf(l.expiry));
	const pastHorizon = listed.findIndex((e) => e > end);
	const vx = vxTables(model, grid, Math.max(pastHorizon + 1, ...layerIdx.map((i) => i + 2)));
	const calls = ref.ladder.layers.map((l, i) => ({ expiryIndex: layerIdx[i], strike: l.strike }));
	// Distinct condors, and each policy's entry book.
	const condorList: CondorStrikes[] = [];
	const entries: PolicyEntry[] = [];
	const books: EntryBook[] = settings.policies.map((p) => {
		const b = priced.get(p.entry)!;
		b.ladder.layers.forEach((l, i) => {
			if (l.expiry !== ref.ladder.layers[i].expiry || l.strike !== ref.ladder.layers[i].strike)
				throw new Error('entry books must share the ladder strikes'); // the strike rule ignores the condor
		});
		let ci = condorList.findIndex((k) => sameStrikes(k, b.condor.strikes));
		if (ci < 0) ci = condorList.push(b.condor.strikes) - 1;
		entries.push({
			strikes: b.condor.strikes,
			qty: b.condor.qty,
			creditUsd: b.condor.creditUsd,
			maxLossUsd: b.condor.maxLossUsd,
			units: b.ladder.units,
			contracts: b.ladder.layers.map((l) => l.contracts),
			hedgePremiumUsd: b.ladder.premiumUsd,
			hedgeCarryUsdPer30Days: b.ladder.carryUsdPer30Days,
		});
		return {
			condorIndex: ci,
			creditPts: b.condor.creditPts,
			qty: b.condor.qty,
			layers: b.ladder.layers.map((l, i) => ({ ...calls[i], contracts: l.contracts })),
			nearLayer: b.ladder.layers.findIndex((l) => l.id === 'near'),
		};
	});
	const condorTbs = condorList.map((k) => condorTables(model, k, grid));
	const rule = spec.ladder.strikeRule;
	const today = dateState(model, NO_SHOCK, 0);
	const rollStrike = (e: number, j: number, vix: number) => {
		const i = e * stride + j;
		const F = modelFuture(vx, e, j, vix);
		const slot = { T: vx.tau[i], sqrtT: vx.sqrtTau[i], df: 1, future: F, beta: 1, atmVol: vx.atmVol[i] };
		return roundVixStrike(layerStrike(rule, today, slot, F), spec.ladder.halfPointStrikes);
	};
	const seed = rsiSeed(market.recentVixCloses, market.vix, settings.model.eta);
	const start = {
		spx: market.spx,
		vix: market.vix,
		rate: market.rate,
		dividendYield: model.spx.dividendYield,
	};

	// Chunk buffers, reused.
	const block = pathBlock(chunkPairs, n);
	const size = 2 * chunkPairs * stride;
	const marks: ChunkMarks = {
		rows: 0,
		stride,
		vix: block.vix,
		condors: condorList.map(() => new Float64Array(size)),
		layers: calls.map(() => new Float64Array(size)),
		back: new Uint8Array(size),
		rsi: new Float64Array(size),
		condorDteDays: condorTbs[0].dteDays,
		// Marks on demand, cached in the chunk's arrays (NaN = not marked yet): most policies read few of them.
		fill: {
			condor: (ci, row, j) => {
				const i = row * stride + j;
				return condorMarkAt(condorTbs[ci], block.spx[i], block.vix[i], j);
			},
			layer: (l, row, j) =>
				vixCallMark(vx, calls[l].expiryIndex, calls[l].strike, block.vix, row * stride, j),
		},
	};
	const series: Series[] = settings.policies.map(() => ({
		alone: new Float64Array(paths),
		hedge: new Float64Array(paths),
		hedged: new Float64Array(paths),
		bought: new Float64Array(paths),
		events: { monetized: 0, rolled: 0, promoted: 0, takeProfit: 0, stop: 0, dteClose: 0 },
	}));
	const out = pathOutcome();
	for (let first = 0; first < pairsTotal; first += chunkPairs) {
		const count = Math.min(chunkPairs, pairsTotal - first);
		simulatePairs(settings.model, start, grid.dt, settings.seed, first, count, block);
		const rows = 2 * count;
		marks.rows = rows;
		for (const a of marks.condors) a.fill(NaN, 0, rows * stride);
		for (const a of marks.layers) a.fill(NaN, 0, rows * stride);
		pathSignals(block.vix, rows, stride, vx.backwardationVix, seed, marks.back, marks.rsi);
		settings.policies.forEach((policy, pi) => {
			const s = series[pi];
			const ev = s.events;
			for (let row = 0; row < rows; row++) {
				runPolicyOnPath(policy, books[pi], marks, vx, rollStrike, row, out);
				const idx = row < count ? first + row : pairsTotal + first + (row - count);
				s.alone[idx] = out.condorUsd;
				s.hedge[idx] = out.hedgeUsd;
				s.hedged[idx] = out.condorUsd + out.hedgeUsd;
				s.bought[idx] = out.boughtUsd;
				if (out.monetizeStep >= 0) ev.monetized++;
				if (out.rollStep >= 0) ev.rolled++;
				if (out.promoted) ev.promoted++;
				if (out.closeReason === CLOSE_TAKE_PROFIT) ev.takeProfit++;
				else if (out.closeReason === CLOSE_STOP) ev.stop++;
				else if (out.closeReason === CLOSE_DTE) ev.dteClose++;
			}
		});
		if (!(await afterChunk())) return null;
	}
	for (const s of series)
		for (const k of Object.keys(s.events) as (keyof Series['events'])[]) s.events[k] /= paths;
	return {
		entries,
		series,
		horizonDays: calendarDaysBetween(market.valuationDate, grid.dates[n]),
		steps: n,
		horizonDate: grid.dates[n],
		condorExpiry: model.condorExpiry,
	};
}
