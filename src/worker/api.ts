// The calls the UI may make into the engine. Runs inside the module worker (engine.worker.ts) or, where workers
// fail, on the main thread — so it holds no state and touches nothing but the engine, except the history the worker
// keeps between calls (history.ts, loaded by the first history call). Grids come back as Float64Arrays whose
// buffers are transferred, not copied.
import { transfer } from 'comlink';
import { memoLast } from './memo';
import type { HistoryFileIn, ReplayEntry } from './history';
import type { HistoryRef } from './historyRef';

/** The regime lab's code, loaded by the first lab call: a what-if never waits for it. */
const lab = () => import('./lab');
import {
	DEFAULT_BOOK_SPEC,
	bookRiskAtExpiry,
	NO_SHOCK,
	classifyCurve,
	compareRegimes,
	curveModel,
	entryUsd,
	payoffGrid,
	playbookFor,
	pnlHeatmap,
	priceBook,
	referenceStress,
	termStructure,
	whatIfPnl,
	wilderRsi,
	type BookSpec,
	type IsoDate,
	type MarketSnapshot,
	type RegimeLabSettings,
	type Shock,
	type StartSeries,
	type StartSpec,
	type BackTestSettings,
	type StoredHistory,
} from '../engine';

/** The history's code and what the worker holds of it, loaded by the first call that needs it. */
const history = () => import('./history');

/**
 * The lab's settings as the UI sends them: an analog start names its history (the worker holds the table) — or, in
 * the same thread, may carry the table itself.
 */
export type LabSettingsIn = Omit<RegimeLabSettings, 'starts'> & {
	starts: StartSpec | { mode: 'analogs'; history: HistoryRef };
};

async function resolved(s: LabSettingsIn): Promise<RegimeLabSettings> {
	const starts = s.starts;
	if (starts.mode !== 'analogs' || 'days' in starts.history) return { ...s, starts: starts as StartSpec };
	const { tableOf } = await history();
	return { ...s, starts: { mode: 'analogs', history: tableOf(starts.history) } };
}

const buffersOf = (arrays: Float64Array[]) => arrays.map((a) => a.buffer as ArrayBuffer);

// A drag changes only the shock: the market's curve model and the priced book are reused until their inputs change.
const pricedBook = memoLast(priceBook);
const modelForCurve = memoLast(curveModel);
const regimeOf = memoLast((market: MarketSnapshot) =>
	classifyCurve({
		valuationDate: market.valuationDate,
		vix: market.vix,
		vix3m: market.vix3m,
		futures: market.futures,
	}),
);

export const api = {
	/** The regime with its measures, and the fitted (and optionally shocked) term structure. */
	curve(market: MarketSnapshot, shock: Shock | null = null) {
		return { regime: regimeOf(market), term: termStructure(market, shock, modelForCurve(market)) };
	},

	/**
	 * Condor and 4/4/2 read-outs, the combined book's break-evens and max loss, what the positions were entered for
	 * (fills where typed), their P&L in the reference stress, the regime and its playbook.
	 */
	book(market: MarketSnapshot, spec: BookSpec = DEFAULT_BOOK_SPEC) {
		const priced = pricedBook(market, spec);
		const { condor, ladder, model } = priced;
		const regime = regimeOf(market);
		const { breakEvens, maxLossWithHedgeUsd } = bookRiskAtExpiry(priced, NO_SHOCK);
		return {
			condor,
			ladder,
			combined: { breakEvens, maxLossWithHedgeUsd },
			entry: entryUsd(priced.positions),
			stress: referenceStress(priced),
			condorExpiry: model.condorExpiry,
			regime,
			playbook: playbookFor(regime.regime, wilderRsi(market.recentVixCloses)),
		};
	},

	/** P&L after the shock and the payoff grids at three dates, with the grids' buffers transferred. */
	whatIf(market: MarketSnapshot, spec: BookSpec, shock: Shock = NO_SHOCK) {
		const priced = pricedBook(market, spec);
		const grid = payoffGrid(priced, shock);
		const result = { pnl: whatIfPnl(priced, shock), grid };
		return transfer(result, buffersOf([grid.x, ...grid.condor, ...grid.combined, ...grid.layers.flat()]));
	},

	/**
	 * Combined P&L over SPX move × VIX level at the shock's date. Its own channel: it does not depend on the shock's
	 * SPX move or VIX (the grid spans both), so an SPX drag does not recompute or repaint it.
	 */
	heatmap(
		market: MarketSnapshot,
		spec: BookSpec,
		shock: Shock,
		axes: { xs: Float64Array; ys: Float64Array },
	) {
		const heat = pnlHeatmap(pricedBook(market, spec), shock, axes.xs, axes.ys);
		return transfer(heat, buffersOf([heat.xs, heat.ys, heat.condor, heat.hedge, heat.combined]));
	},

	/** The same book in the user's market and in its other-regime counterpart from history (or another market). */
	compare(market: MarketSnapshot, spec: BookSpec, other?: MarketSnapshot) {
		const { positions, model } = pricedBook(market, spec);
		// Another date: the same rules entered there (the held condor may have expired by then).
		const otherBook =
			other && other.valuationDate !== market.valuationDate ? priceBook(other, spec) : undefined;
		return compareRegimes(
			market,
			model,
			positions,
			spec.costs,
			other,
			otherBook && { held: otherBook.positions, model: otherBook.model },
		);
	},

	/**
	 * The Monte Carlo regime lab in this one worker: per start state (this market and its counterparts, or chosen
	 * markets) and policy, the condor alone and with the hedge. `onProgress` (a comlink proxy) is awaited between
	 * chunks with the fraction done — which also lets the worker serve other calls — and cancels the run by returning
	 * false (result: null).
	 */
	async regimeLab(
		market: MarketSnapshot,
		spec: BookSpec = DEFAULT_BOOK_SPEC,
		settings?: LabSettingsIn,
		onProgress?: (fraction: number) => boolean | void | Promise<boolean | void>,
	) {
		const { runRegimeLab, DEFAULT_REGIME_LAB_SETTINGS } = await lab();
		return runRegimeLab(market, spec, await resolved(settings ?? DEFAULT_REGIME_LAB_SETTINGS), onProgress);
	},

	/** The starts of a lab run (id, and whether it shares another start's results), for a pool to split. */
	async labStarts(market: MarketSnapshot, settings: LabSettingsIn) {
		const { labStarts } = await lab();
		return labStarts(market, await resolved(settings)).map((s) => ({ id: s.id, sameAs: s.sameAs }));
	},

	/**
	 * One range of one start's pairs, for a pool of workers; `onChunk` (a comlink proxy) is awaited between chunks
	 * and cancels by returning false (result: null). The series' buffers are transferred.
	 */
	async labPart(
		market: MarketSnapshot,
		spec: BookSpec,
		settings: LabSettingsIn,
		part: { startId: string; firstPair: number; pairs: number },
		onChunk?: () => boolean | void | Promise<boolean | void>,
	) {
		const { runLabPart } = await lab();
		const all = await resolved(settings);
		const s = await runLabPart(market, spec, all, part.startId, part.firstPair, part.pairs, onChunk);
		if (s === null) return null;
		const arrays = [
			s.spxReturn,
			...s.policies.flatMap((p) => [
				p.alone,
				p.hedge,
				p.hedged,
				p.aloneNet,
				p.hedgeNet,
				p.hedgedNet,
				p.bought,
			]),
		];
		return transfer(s, buffersOf(arrays));
	},

	/** The lab's report from the pool's parts, merged in pair order per start. */
	async labReport(
		market: MarketSnapshot,
		spec: BookSpec,
		settings: LabSettingsIn,
		parts: { startId: string; firstPair: number; series: StartSeries }[],
	) {
		const { labResult, mergeStartSeries } = await lab();
		const byStart = new Map<string, StartSeries>();
		for (const id of new Set(parts.map((p) => p.startId)))
			byStart.set(
				id,
				mergeStartSeries(
					parts
						.filter((p) => p.startId === id)
						.sort((a, b) => a.firstPair - b.firstPair)
						.map((p) => p.series),
				),
			);
		return labResult(market, spec, await resolved(settings), byStart);
	},

	/**
	 * Reads and merges a batch of history files in the worker (a file over the size limit is refused before it is
	 * read): each file's outcome, and the merged history for the caller to store (null when nothing changed).
	 */
	async historyImport(files: HistoryFileIn[]) {
		return (await history()).importFiles(files);
	},

	/** Holds the stored history under `rev` (after the caller stored it, or read it back): its report. */
	async historyLoad(stored: StoredHistory | null, rev: string) {
		return (await history()).load(stored, rev);
	},

	/** The imported VIX closes before a date (a typed market's RSI), or null when the import does not reach it. */
	async historyVixCloses(rev: string, date: IsoDate) {
		return (await history()).vixClosesBefore(rev, date);
	},

	/** The timeline, the flips, the FOMC days and the proxy's error of a history. */
	async historyOverview(ref: HistoryRef) {
		return (await history()).overview(ref);
	},

	/** The book replayed under one policy from an entry day to its condor's expiry. */
	async historyReplay(ref: HistoryRef, spec: BookSpec, policyId: string, entry: ReplayEntry) {
		return (await history()).replayOn(ref, spec, policyId, entry);
	},

	/** The back-test with progress between chunks; `onProgress` returning false cancels (result: null). */
	async historyBackTest(
		ref: HistoryRef,
		spec: BookSpec,
		settings: BackTestSettings,
		onProgress?: (fraction: number) => boolean | void | Promise<boolean | void>,
	) {
		return (await history()).backTest(ref, spec, settings, onProgress);
	},
};

export type EngineApi = typeof api;
