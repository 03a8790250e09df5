// The scenario being worked on — market, book, what-if settings, Monte Carlo seed — with its validation and the
// engine's results. Inputs are deep $state so form fields bind to them; results are $state.raw and replaced whole.
// Only inputs that pass validation are sent to the engine, and a result is replaced only by a newer good one, so
// the last good numbers stay on screen while a field holds a mistake.
import {
	DEFAULT_BOOK_SPEC,
	MARKET_PRESETS,
	NO_SHOCK,
	defaultMarket,
	validateBook,
	validateMarket,
	type BookField,
	type BookSpec,
	type MarketField,
	type MarketSnapshot,
	type Problem,
	type Shock,
} from '../engine';
import {
	defaultBackTestSettings,
	defaultLabSettings,
	type BackTestResultRecord,
	type BackTestSettingsRecord,
	type LabResultRecord,
	type LabSettings,
	type Scenario,
} from '../persistence';
import type { EngineApi } from '../worker/api';
import { Superseded, type EngineClient, type EngineHandle } from './engineClient.svelte';
import { problemLookup, type ProblemLookup } from './problems';

/** Each result carries the market it was computed on, so a chart never mixes a result with newer inputs. */
type OnMarket<T> = T & { market: MarketSnapshot };
export type CurveResult = OnMarket<ReturnType<EngineApi['curve']>>;
export type BookResult = OnMarket<ReturnType<EngineApi['book']>>;
export type WhatIfResult = OnMarket<ReturnType<EngineApi['whatIf']>> & { shock: Shock };
export type CompareResult = OnMarket<ReturnType<EngineApi['compare']>>;
export type HeatmapResult = ReturnType<EngineApi['heatmap']>;

type Channel = 'curve' | 'book' | 'whatIf' | 'heatmap' | 'compare';

/** Heatmap axes: SPX moves −25 % … +10 % and VIX levels from below spot to a crash spike. */
export function heatmapAxes(vix: number): { xs: Float64Array; ys: Float64Array } {
	const xs = Float64Array.from({ length: 36 }, (_, i) => -25 + i);
	const lo = Math.max(5, Math.floor(vix * 0.7));
	const hi = Math.max(lo + 20, Math.ceil(vix * 4));
	const rows = 28;
	const ys = Float64Array.from({ length: rows }, (_, j) => lo + ((hi - lo) * j) / (rows - 1));
	return { xs, ys };
}

export class Workbench {
	name = $state('Untitled scenario');
	/** The saved record this scenario came from (null for an unsaved one). */
	savedId = $state<string | null>(null);
	market = $state<MarketSnapshot>(defaultMarket());
	book = $state<BookSpec>(structuredClone(DEFAULT_BOOK_SPEC));
	whatIf = $state<Shock>(structuredClone(NO_SHOCK));
	mcSeed = $state(1);
	/** The regime lab's settings (edited in forms) and its last run (replaced whole). */
	labSettings = $state<LabSettings>(defaultLabSettings());
	labResult = $state.raw<LabResultRecord | null>(null);
	/** Why an earlier lab run was set aside (shown until the next run). */
	labNote = $state<string | null>(null);
	/** The back-test's settings (edited on the History screen) and its last result (replaced whole). */
	backTestSettings = $state<BackTestSettingsRecord>(defaultBackTestSettings());
	backTestResult = $state.raw<BackTestResultRecord | null>(null);
	/** The regime comparison's other market: a preset's id, or null for this market with its curve flipped. */
	compareWith = $state<string | null>(null);
	/** The preset the market came from, while it is unedited by a preset pick. */
	presetId = $state<string | null>(null);

	/**
	 * Plain copies of the market and the book, re-made only when they change: checks, engine requests and autosave read
	 * these (never mutated), so a what-if slider step does not copy the whole scenario again and again.
	 */
	readonly marketData: MarketSnapshot = $derived($state.snapshot(this.market));
	readonly bookData: BookSpec = $derived($state.snapshot(this.book));

	readonly marketProblems: Problem<MarketField>[] = $derived(validateMarket(this.marketData));
	readonly bookProblems: Problem<BookField>[] = $derived(
		validateBook(this.bookData, this.marketData.valuationMinutesEt, this.marketData.valuationDate),
	);
	readonly valid = $derived(this.marketProblems.length === 0 && this.bookProblems.length === 0);

	curve = $state.raw<CurveResult | null>(null);
	bookResult = $state.raw<BookResult | null>(null);
	whatIfResult = $state.raw<WhatIfResult | null>(null);
	compareResult = $state.raw<CompareResult | null>(null);
	heatmapResult = $state.raw<HeatmapResult | null>(null);
	/** The engine's refusal of the current inputs, per result (null when the shown result is current). */
	errors = $state<Record<Channel, string | null>>({
		curve: null,
		book: null,
		whatIf: null,
		heatmap: null,
		compare: null,
	});

	/** The message for a form field, e.g. 'futures[1].price' or 'condor.qty'. */
	problem(field: MarketField | BookField): string | null {
		return (
			this.marketProblems.find((p) => p.field === field)?.message ??
			this.bookProblems.find((p) => p.field === field)?.message ??
			null
		);
	}

	/** The messages for the market's fields, by path inside `key` (the whole market without one). */
	marketAt(): ProblemLookup<MarketSnapshot>;
	marketAt<K extends keyof MarketSnapshot & string>(key: K): ProblemLookup<MarketSnapshot[K]>;
	marketAt(key = ''): ProblemLookup<unknown> {
		return problemLookup(() => this.marketProblems, key);
	}

	/** The messages for the book's fields, by path inside `key` (the whole book without one). */
	bookAt(): ProblemLookup<BookSpec>;
	bookAt<K extends keyof BookSpec & string>(key: K): ProblemLookup<BookSpec[K]>;
	bookAt(key = ''): ProblemLookup<unknown> {
		return problemLookup(() => this.bookProblems, key);
	}

	/** The scenario as plain data (for saving, exporting and sharing). */
	scenario(): Scenario {
		return $state.snapshot({
			market: this.market,
			book: this.book,
			whatIf: this.whatIf,
			mcSeed: this.mcSeed,
			lab: { settings: this.labSettings, result: this.labResult, note: this.labNote },
			history: { settings: this.backTestSettings, result: this.backTestResult },
		});
	}

	/** Replaces everything with a scenario (already validated by the persistence layer). */
	load(data: Scenario, name: string, savedId: string | null) {
		this.market = structuredClone(data.market);
		this.book = structuredClone(data.book);
		this.whatIf = structuredClone(data.whatIf);
		this.mcSeed = data.mcSeed;
		this.labSettings = structuredClone(data.lab.settings);
		this.labResult = data.lab.result;
		this.labNote = data.lab.note;
		this.backTestSettings = structuredClone(data.history.settings);
		this.backTestResult = data.history.result;
		this.name = name;
		this.savedId = savedId;
		this.presetId = null;
	}

	setMarket(market: MarketSnapshot, presetId: string | null) {
		this.market = structuredClone(market);
		this.presetId = presetId;
	}

	resetWhatIf() {
		this.whatIf = structuredClone(NO_SHOCK);
	}

	/**
	 * Keeps the results in step with the inputs: each change of valid inputs asks the engine again on its own
	 * latest-wins channel (a slider drag never queues stale work). Returns the teardown.
	 */
	connect(engine: EngineClient): () => void {
		const ask = <T>(
			channel: Channel,
			call: (api: EngineHandle) => T | Promise<T>,
			set: (value: T) => void,
		) => {
			engine.latest(channel, call).then(
				(value) => {
					set(value);
					this.errors[channel] = null;
				},
				(e: unknown) => {
					if (e instanceof Superseded) return;
					this.errors[channel] = e instanceof Error ? e.message : String(e);
				},
			);
		};
		return $effect.root(() => {
			// The what-if first: on a slider step its answer is the one the user is waiting for.
			$effect(() => {
				if (!this.valid) return;
				const market = this.marketData;
				const book = this.bookData;
				const shock = $state.snapshot(this.whatIf);
				ask(
					'whatIf',
					(api) => api.whatIf(market, book, shock),
					(v) => (this.whatIfResult = { ...v, market, shock }),
				);
			});
			$effect(() => {
				if (this.marketProblems.length > 0) return;
				const market = this.marketData;
				const shock = $state.snapshot(this.whatIf);
				ask(
					'curve',
					(api) => api.curve(market, shock),
					(v) => (this.curve = { ...v, market }),
				);
			});
			$effect(() => {
				if (!this.valid) return;
				const market = this.marketData;
				const book = this.bookData;
				ask(
					'book',
					(api) => api.book(market, book),
					(v) => (this.bookResult = { ...v, market }),
				);
				const other = MARKET_PRESETS.find((p) => p.id === this.compareWith)?.market;
				ask(
					'compare',
					(api) => api.compare(market, book, other),
					(v) => (this.compareResult = { ...v, market }),
				);
			});
			$effect(() => {
				// Reads only what the heatmap depends on: an SPX or VIX drag does not recompute it.
				if (!this.valid) return;
				const market = this.marketData;
				const book = this.bookData;
				const { daysForward, longRunLevel, spxVolShiftPts, volOfVolShiftPts, vixSkewScale } = this.whatIf;
				const shock: Shock = {
					...NO_SHOCK,
					daysForward,
					longRunLevel,
					spxVolShiftPts,
					volOfVolShiftPts,
					vixSkewScale,
				};
				const axes = heatmapAxes(market.vix);
				ask(
					'heatmap',
					(api) => api.heatmap(market, book, shock, axes),
					(v) => (this.heatmapResult = v),
				);
			});
		});
	}
}
