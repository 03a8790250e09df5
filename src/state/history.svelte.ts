// The market history on this device (docs/history.md, "Storage" and "In the worker"): what IndexedDB holds, loaded into
// the engine worker; importing files (parsed and merged in the worker, stored whole, then loaded); clearing; and the
// overview the History screen draws. Without a usable import the embedded episodes stand in. A worker that was
// restarted has lost the history it held: `call` loads it again and retries once.
import { createHistoryStorage, type HistoryRecord, type HistoryStorage } from '../persistence';
import type { ImportOutcome, IndexId, IsoDate } from '../engine';
import type { EngineApi } from '../worker/api';
import type { HistoryFileIn } from '../worker/history';
import { HISTORY_NOT_LOADED, type HistoryRef } from '../worker/historyRef';
import type { EngineClient, EngineHandle } from './engineClient.svelte';

export type HistoryLoadReport = Awaited<ReturnType<EngineApi['historyLoad']>>;
export type HistoryOverview = Awaited<ReturnType<EngineApi['historyOverview']>>;

const EPISODES: HistoryRef = { source: 'episodes' };
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class HistoryData {
	readonly engine: EngineClient;
	readonly storage: HistoryStorage;
	/** 'idle' until first asked for; 'ready' once the stored history (if any) is in the worker. */
	status = $state<'idle' | 'loading' | 'ready'>('idle');
	/** The stored record (typed arrays: replaced whole, never deep-proxied). */
	record = $state.raw<HistoryRecord | null>(null);
	/** The worker's report of it: each series' rows, range and gaps, what is missing, whether it can be replayed. */
	report = $state.raw<HistoryLoadReport | null>(null);
	/** Why the stored history could not be used (damaged), or why storage failed. */
	damaged = $state<string | null>(null);
	storageError = $state<string | null>(null);
	importing = $state(false);
	/** Each file of the last import: accepted (rows, added, notes) or refused (line, reason). */
	outcomes = $state.raw<ImportOutcome[]>([]);
	overview = $state.raw<HistoryOverview | null>(null);
	overviewError = $state<string | null>(null);

	/** The history every replay, back-test and analog start uses: the import when it can be replayed. */
	readonly ref: HistoryRef = $derived(
		this.record && this.report?.usable ? { source: 'import', rev: this.record.rev } : EPISODES,
	);
	readonly usable = $derived(this.ref.source === 'import');

	#started: Promise<void> | null = null;

	constructor(engine: EngineClient, storage: HistoryStorage = createHistoryStorage()) {
		this.engine = engine;
		this.storage = storage;
	}

	/** Reads the store and loads it into the worker, once (later calls wait for the first). */
	start(): Promise<void> {
		return (this.#started ??= this.#start());
	}

	async #start() {
		this.status = 'loading';
		const stored = await this.storage.load();
		if (stored.ok) this.record = stored.value;
		else if (stored.reason === 'invalid') this.damaged = stored.message;
		else this.storageError = stored.message;
		await this.#loadWorker();
		this.status = 'ready';
	}

	async #loadWorker() {
		const r = this.record;
		try {
			this.report = await this.engine.run((api) => api.historyLoad(r?.history ?? null, r?.rev ?? ''));
		} catch (e) {
			this.storageError = `The history could not be loaded into the engine (${message(e)}).`;
		}
		await this.refresh();
	}

	/** Runs a history call; when the worker lost the imported history (a restart), loads it again and retries once. */
	async call<T>(fn: (api: EngineHandle) => Promise<T> | T): Promise<T> {
		try {
			return await this.engine.run(fn);
		} catch (e) {
			if (!message(e).includes(HISTORY_NOT_LOADED)) throw e;
			const r = this.record;
			await this.engine.run((api) => api.historyLoad(r?.history ?? null, r?.rev ?? ''));
			return this.engine.run(fn);
		}
	}

	/** The overview of the history in use (the last good one stays while a new one is computed). */
	async refresh() {
		const ref = this.ref;
		try {
			this.overview = await this.call((api) => api.historyOverview(ref));
			this.overviewError = null;
		} catch (e) {
			this.overviewError = message(e);
		}
	}

	/** The imported VIX closes before `date`, or null when there is no import or it does not reach the day before. */
	async vixClosesBefore(date: IsoDate): Promise<number[] | null> {
		await this.start();
		const rev = this.record?.rev;
		return rev ? this.call((api) => api.historyVixCloses(rev, date)) : null;
	}

	/**
	 * Imports a batch of files (`index`, when given, is the index every index file of the batch holds): read and
	 * merged in the worker, then stored whole; only a stored history is loaded. Another tab may have stored an import
	 * meanwhile: the store is read again first, so the merge starts from it.
	 */
	async importFiles(files: readonly File[], index?: IndexId) {
		if (this.importing || files.length === 0) return;
		await this.start();
		this.importing = true;
		this.storageError = null;
		try {
			const latest = await this.storage.load();
			if (latest.ok && latest.value?.rev !== this.record?.rev) {
				this.record = latest.value;
				await this.#loadWorker();
			}
			const input: HistoryFileIn[] = files.map((f) => ({ name: f.name, data: f, index }));
			const { outcomes, history } = await this.engine.run((api) => api.historyImport(input));
			this.outcomes = outcomes;
			if (!history) return;
			const saved = await this.storage.save(history);
			if (!saved.ok) {
				this.storageError = saved.message;
				return;
			}
			this.record = saved.value;
			this.damaged = null;
			await this.#loadWorker();
		} catch (e) {
			this.storageError = `The files could not be imported (${message(e)}). Nothing stored was changed.`;
		} finally {
			this.importing = false;
		}
	}

	/** Deletes the stored history (a damaged one too); the embedded episodes stand in again. */
	async clear() {
		const r = await this.storage.clear();
		if (!r.ok) {
			this.storageError = r.message;
			return;
		}
		this.record = null;
		this.damaged = null;
		this.outcomes = [];
		await this.#loadWorker();
	}
}
