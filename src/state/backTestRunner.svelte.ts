// Runs the back-test with progress and cancel and keeps its result on the workbench, so it is saved with the scenario
// (docs/history.md, "Back-test"). It runs in the engine worker that holds the history, chunk by chunk: between chunks
// the worker answers other calls (a what-if stays live) and a cancel stops it; the last result stays meanwhile.
import { proxy } from 'comlink';
import { BACK_TEST_POLICIES, DEFAULT_BACK_TEST_SETTINGS, type BackTestSettings } from '../engine';
import { backTestResultRecord, digest } from '../persistence';
import type { HistoryData } from './history.svelte';
import type { Workbench } from './workbench.svelte';

export type BackTestStatus = 'idle' | 'running' | 'cancelled' | 'failed';

export class BackTestRunner {
	readonly history: HistoryData;
	readonly bench: Workbench;
	status = $state<BackTestStatus>('idle');
	/** Fraction of the starts done while running (0–1). */
	progress = $state(0);
	error = $state<string | null>(null);
	/** Wall-clock seconds of the last completed run. */
	seconds = $state<number | null>(null);
	#cancel = false;

	constructor(history: HistoryData, bench: Workbench) {
		this.history = history;
		this.bench = bench;
	}

	/** The engine's settings for the workbench's back-test settings. */
	settings(): BackTestSettings {
		const s = $state.snapshot(this.bench.backTestSettings);
		return {
			...DEFAULT_BACK_TEST_SETTINGS,
			every: s.every,
			policies: BACK_TEST_POLICIES.filter((p) => s.policyIds.includes(p.id)),
		};
	}

	/** The digest of what a run depends on: the book, the settings, the episode left out and the history in use. */
	get inputsKey(): string {
		return digest({
			book: this.bench.bookData,
			settings: $state.snapshot(this.bench.backTestSettings),
			episode: DEFAULT_BACK_TEST_SETTINGS.episode,
			history: this.history.ref,
		});
	}

	get stale(): boolean {
		const r = this.bench.backTestResult;
		return r !== null && r.inputsKey !== this.inputsKey;
	}

	async run() {
		if (this.status === 'running') return;
		if (!this.bench.valid) {
			this.error = 'Fix the fields marked in red on Market and Book first.';
			this.status = 'failed';
			return;
		}
		await this.history.start();
		const book = this.bench.bookData;
		const settings = this.settings();
		const ref = this.history.ref;
		const key = this.inputsKey;
		this.#cancel = false;
		this.status = 'running';
		this.progress = 0;
		this.error = null;
		const started = performance.now();
		try {
			const result = await this.history.call((api) =>
				api.historyBackTest(
					ref,
					book,
					settings,
					proxy((f: number) => {
						this.progress = f;
						return !this.#cancel;
					}),
				),
			);
			if (result === null) {
				this.status = 'cancelled';
				return;
			}
			this.bench.backTestResult = backTestResultRecord(result, key);
			this.seconds = (performance.now() - started) / 1000;
			this.status = 'idle';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'failed';
		}
	}

	cancel() {
		this.#cancel = true;
	}
}
