// Runs the regime lab with progress and cancel, and stores its result on the workbench (so it is saved with the
// scenario). The paths run on a pool of workers (labPool.ts) while the main engine worker keeps answering what-ifs;
// the main engine worker then reports the merged series. Without workers the main engine runs the whole lab, and so
// does it with analog starts: it holds the history their windows come from (history.svelte.ts).
import { proxy } from 'comlink';
import { DEFAULT_POLICIES, DEFAULT_REGIME_LAB_SETTINGS, MARKET_PRESETS } from '../engine';
import { labInputsKey, labResultRecord } from '../persistence';
import { notices } from './notices.svelte';
import type { LabSettingsIn } from '../worker/api';
import type { EngineClient, EngineHandle } from './engineClient.svelte';
import type { HistoryData } from './history.svelte';
import { LabPool, splitParts } from './labPool';
import type { Workbench } from './workbench.svelte';

const NOTICE = 'lab';

export type LabStatus = 'idle' | 'running' | 'cancelled' | 'failed';

export class LabRunner {
	readonly bench: Workbench;
	readonly engine: EngineClient;
	readonly pool: LabPool | null;
	/** The history analog starts draw from (null: analog starts are not offered). */
	readonly history: HistoryData | null;
	status = $state<LabStatus>('idle');
	/** Fraction of paths done while running (0–1). */
	progress = $state(0);
	error = $state<string | null>(null);
	/** Wall-clock seconds of the last completed run, and how many workers ran it. */
	seconds = $state<number | null>(null);
	workers = $state(1);
	#cancel = false;

	constructor(
		bench: Workbench,
		engine: EngineClient,
		pool: LabPool | null = null,
		history: HistoryData | null = null,
	) {
		this.bench = bench;
		this.engine = engine;
		this.pool = pool;
		this.history = history;
	}

	/** The digest of everything a run depends on: when it differs from the stored result's, that result is stale. */
	get inputsKey(): string {
		return labInputsKey({
			market: this.bench.marketData,
			book: this.bench.bookData,
			mcSeed: this.bench.mcSeed,
			settings: $state.snapshot(this.bench.labSettings),
			history: this.bench.labSettings.startAnalogs ? this.history?.ref : undefined,
		});
	}

	get stale(): boolean {
		const result = this.bench.labResult;
		return result !== null && result.inputsKey !== this.inputsKey;
	}

	/** The engine's settings for the workbench's lab settings and seed (analog starts name the history in use). */
	settings(): LabSettingsIn {
		const s = $state.snapshot(this.bench.labSettings);
		const presets = (s.startPresetIds ?? []).flatMap((id) => MARKET_PRESETS.filter((p) => p.id === id));
		return {
			...DEFAULT_REGIME_LAB_SETTINGS,
			seed: this.bench.mcSeed,
			paths: s.paths,
			horizonDays: s.horizonDays,
			model: s.model,
			policies: DEFAULT_POLICIES.filter((p) => s.policyIds.includes(p.id)),
			starts:
				s.startAnalogs && this.history
					? { mode: 'analogs', history: this.history.ref }
					: presets.length === 2
						? { mode: 'markets', markets: presets.map((p) => ({ label: p.label, market: p.market })) }
						: { mode: 'counterparts' },
		};
	}

	async run() {
		if (this.status === 'running') return;
		if (!this.bench.valid) return this.#failed('Fix the fields marked in red on Market and Book first.');
		if (this.bench.labSettings.startAnalogs) {
			await this.history?.start();
			if (!this.history?.usable)
				return this.#failed(
					'Analog starts need the imported history: import the VIX, VIX3M and S&P 500 files on the History screen.',
				);
		}
		const market = this.bench.marketData;
		const book = this.bench.bookData;
		const settings = this.settings();
		const analogs = settings.starts.mode === 'analogs';
		const key = this.inputsKey;
		this.#cancel = false;
		notices.dismissKey(NOTICE);
		this.status = 'running';
		this.progress = 0;
		this.error = null;
		const started = performance.now();
		try {
			const onOne = (api: EngineHandle) =>
				api.regimeLab(
					market,
					book,
					settings,
					proxy((f: number) => this.#tick(f)),
				);
			const result =
				this.pool && !analogs
					? await this.#onPool(this.pool, market, book, settings)
					: analogs && this.history
						? await this.history.call(onOne)
						: await this.engine.run(onOne);
			if (result === null) {
				this.status = 'cancelled';
				notices.info('Regime lab cancelled; the last completed run is kept.', { key: NOTICE });
				return;
			}
			this.bench.labResult = labResultRecord(result, key);
			this.bench.labNote = null;
			this.seconds = (performance.now() - started) / 1000;
			this.status = 'idle';
		} catch (e) {
			this.#failed(e instanceof Error ? e.message : String(e));
		}
	}

	#tick(fraction: number): boolean {
		this.progress = fraction;
		return !this.#cancel;
	}

	async #onPool(
		pool: LabPool,
		market: Workbench['marketData'],
		book: Workbench['bookData'],
		settings: LabSettingsIn,
	) {
		const starts = await this.engine.run((api) => api.labStarts(market, settings));
		const pairs = Math.ceil(settings.paths / 2);
		const chunkPairs = Math.ceil(settings.chunkPaths / 2);
		const parts = splitParts(starts, pairs, chunkPairs, pool.size);
		const total = parts.reduce((s, p) => s + Math.ceil(p.pairs / chunkPairs), 0);
		let done = 0;
		this.workers = pool.size;
		const series = await pool.run(
			market,
			book,
			settings,
			parts,
			() => this.#tick(++done / total),
			() => !this.#cancel,
		);
		return series === null ? null : this.engine.run((api) => api.labReport(market, book, settings, series));
	}

	/** Keeps the message and shows it in the app's notice queue. */
	#failed(message: string) {
		this.error = message;
		this.status = 'failed';
		notices.error(`The regime lab did not run: ${message}`, { key: NOTICE });
	}

	cancel() {
		this.#cancel = true;
	}
}
