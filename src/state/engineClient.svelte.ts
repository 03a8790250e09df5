// The UI's handle on the engine worker: latest-wins calls per channel, crash restart within a budget, main-thread
// fallback. A worker that keeps crashing (more than RESTART_BUDGET times in RESTART_WINDOW_MS) is not restarted
// again: the engine moves to the main thread and the user is told.
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from '../worker/api';
import { notices } from './notices.svelte';

export type EngineHandle = Remote<EngineApi> | EngineApi;
type Call<T> = (api: EngineHandle) => Promise<T> | T;

interface Channel {
	seq: number;
	busy: boolean;
	/** The newest request waiting for the channel; an older waiting one is simply dropped. */
	next: { go: () => void; drop: () => void } | null;
}

/** Thrown to callers whose request was replaced by a newer one on the same channel. */
export class Superseded extends Error {
	constructor() {
		super('superseded by a newer request');
	}
}

/** Restarts allowed within the window before the engine moves to the main thread. */
export const RESTART_BUDGET = 3;
export const RESTART_WINDOW_MS = 60_000;

/** A new engine worker (the what-if engine, and each regime-lab pool worker). */
export function startEngineWorker(): Worker {
	// The worker script's address for the bundler, never state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
		type: 'module',
		name: 'engine',
	});
}

export class EngineClient {
	/** 'worker' normally; 'main-thread' when workers are unavailable. */
	mode = $state<'worker' | 'main-thread'>('worker');
	/** A message for the user when something went wrong and was recovered (e.g. a worker restart). */
	notice = $state<string | null>(null);
	restarts = $state(0);

	/** When each restart happened (ms), the ones inside the window only. */
	#restartTimes: number[] = [];
	#now: () => number;
	#worker: Worker | null = null;
	#api: Promise<EngineHandle>;
	#crash: { promise: Promise<never>; reject: (e: Error) => void } = EngineClient.#crashSignal();
	// Bookkeeping only, never rendered: a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#channels = new Map<string, Channel>();

	/** @param now the clock the restart budget reads (ms). */
	constructor(create: () => Worker = startEngineWorker, now: () => number = Date.now) {
		this.#now = now;
		this.#api = this.#start(create);
	}

	static #crashSignal() {
		let reject!: (e: Error) => void;
		const promise = new Promise<never>((_, r) => (reject = r));
		promise.catch(() => {}); // observed through races only
		return { promise, reject };
	}

	async #start(create: () => Worker): Promise<EngineHandle> {
		try {
			const worker = create();
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				this.#restart(create, event.message || 'the engine worker crashed');
			});
			this.#worker = worker;
			return wrap<EngineApi>(worker);
		} catch {
			return this.#mainThread('Background worker unavailable: calculations run on the main thread.');
		}
	}

	async #mainThread(notice: string): Promise<EngineHandle> {
		this.#worker = null;
		this.mode = 'main-thread';
		this.#tell(notice);
		return (await import('../worker/api')).api;
	}

	#restart(create: () => Worker, reason: string) {
		this.#worker?.terminate();
		this.#crash.reject(new Error(reason));
		this.#crash = EngineClient.#crashSignal();
		const now = this.#now();
		this.#restartTimes = this.#restartTimes.filter((t) => now - t < RESTART_WINDOW_MS);
		if (this.#restartTimes.length >= RESTART_BUDGET) {
			this.#api = this.#mainThread(
				`The calculation engine stopped ${RESTART_BUDGET + 1} times within a minute (${reason}): it now runs on the main thread, which may feel slower. Your inputs are kept; reload the app to try the background worker again.`,
			);
			return;
		}
		this.#restartTimes.push(now);
		this.restarts += 1;
		this.#tell(`The calculation engine stopped (${reason}) and was restarted. Your inputs are kept.`);
		this.#api = this.#start(create);
	}

	/** Runs `call` now, failing if the worker crashes meanwhile. */
	async run<T>(call: Call<T>): Promise<T> {
		const api = await this.#api;
		return Promise.race([Promise.resolve(call(api)), this.#crash.promise]);
	}

	/**
	 * Runs `call` on `channel` so that only the newest request matters: at most one is in flight per channel, a
	 * request made while one runs waits and replaces any older waiting one (which rejects with Superseded), and a
	 * result that a newer request has overtaken also rejects with Superseded.
	 */
	latest<T>(channel: string, call: Call<T>): Promise<T> {
		let ch = this.#channels.get(channel);
		if (!ch) this.#channels.set(channel, (ch = { seq: 0, busy: false, next: null }));
		const state = ch;
		const seq = ++state.seq;
		return new Promise<T>((resolve, reject) => {
			const go = () => {
				state.busy = true;
				this.run(call)
					.then((value) => (seq === state.seq ? resolve(value) : reject(new Superseded())), reject)
					.finally(() => {
						state.busy = false;
						const next = state.next;
						state.next = null;
						next?.go();
					});
			};
			if (!state.busy) go();
			else {
				state.next?.drop();
				state.next = { go, drop: () => reject(new Superseded()) };
			}
		});
	}

	/** Keeps the message and shows it in the app's notice queue. */
	#tell(message: string) {
		this.notice = message;
		notices.push({ key: 'engine', kind: 'warn', message });
	}

	dismissNotice() {
		this.notice = null;
		notices.dismissKey('engine');
	}

	terminate() {
		this.#worker?.terminate();
	}
}
