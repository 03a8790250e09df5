// A pool of engine workers for the regime lab (docs/architecture.md, "Data flow"): hardwareConcurrency − 1 workers
// (at least one), each running ranges of a start's antithetic pairs. Every pair draws from its own seeded stream, so
// the merged series — and the report — are bit-identical to one worker's for the same seed. The workers stay alive
// between runs; where workers cannot start, the caller falls back to the main engine. A worker that dies mid-run
// (an uncaught error, out of memory) fails the run with a message instead of leaving it waiting for an answer that
// never comes; the pool then starts fresh workers for the next run.
import { proxy, wrap, type Remote } from 'comlink';
import type { BookSpec, MarketSnapshot, StartSeries } from '../engine';
import type { EngineApi, LabSettingsIn } from '../worker/api';

export interface LabPart {
	startId: string;
	firstPair: number;
	pairs: number;
}

/** The parts of a run: each simulated start's pairs split into `workers` ranges of whole chunks (in pair order). */
export function splitParts(
	starts: readonly { id: string; sameAs: string | null }[],
	pairsTotal: number,
	chunkPairs: number,
	workers: number,
): LabPart[] {
	const chunks = Math.ceil(pairsTotal / chunkPairs);
	const perWorker = Math.ceil(chunks / workers);
	const parts: LabPart[] = [];
	for (const s of starts.filter((x) => x.sameAs === null))
		for (let c = 0; c < chunks; c += perWorker) {
			const firstPair = c * chunkPairs;
			parts.push({
				startId: s.id,
				firstPair,
				pairs: Math.min(pairsTotal, (c + perWorker) * chunkPairs) - firstPair,
			});
		}
	return parts;
}

/** The pool size for this device: one worker per core but one (left for the page and the what-if engine). */
export const poolSize = (cores: number | undefined) => Math.max(1, (cores ?? 2) - 1);

export class LabPool {
	#workers: Worker[] = [];
	#apis: Remote<EngineApi>[] = [];
	/** Fails the run in progress (set while one is). */
	#fail: ((error: Error) => void) | null = null;

	constructor(
		readonly size: number,
		private readonly create: () => Worker,
	) {}

	#ensure(): Remote<EngineApi>[] {
		while (this.#workers.length < this.size) {
			const w = this.create();
			w.addEventListener('error', (event) => {
				if (!this.#workers.includes(w)) return; // a worker of an earlier, terminated pool
				const reason = (event as ErrorEvent).message || 'it crashed';
				this.terminate();
				this.#fail?.(new Error(`A regime lab worker stopped (${reason}); run the lab again.`));
			});
			this.#workers.push(w);
			this.#apis.push(wrap<EngineApi>(w));
		}
		return this.#apis;
	}

	/**
	 * Runs every part on the pool (each worker takes the next part when free) and returns the parts' series, or null
	 * when `keepGoing` says stop. `onChunk` is told after each chunk anywhere in the pool.
	 * @throws Error when a worker of the pool stops during the run.
	 */
	async run(
		market: MarketSnapshot,
		spec: BookSpec,
		settings: LabSettingsIn,
		parts: readonly LabPart[],
		onChunk: () => void,
		keepGoing: () => boolean,
	): Promise<{ startId: string; firstPair: number; series: StartSeries }[] | null> {
		const apis = this.#ensure();
		const results: { startId: string; firstPair: number; series: StartSeries }[] = [];
		let next = 0;
		let cancelled = false;
		const tick = proxy(() => {
			onChunk();
			return keepGoing();
		});
		const work = async (api: Remote<EngineApi>) => {
			while (!cancelled && next < parts.length) {
				const part = parts[next++];
				const series = await api.labPart(market, spec, settings, part, tick);
				if (series === null) cancelled = true;
				else results.push({ startId: part.startId, firstPair: part.firstPair, series });
			}
		};
		const died = new Promise<never>((_, reject) => (this.#fail = reject));
		try {
			await Promise.race([Promise.all(apis.map(work)), died]);
		} finally {
			this.#fail = null;
		}
		return cancelled ? null : results;
	}

	terminate() {
		for (const w of this.#workers) w.terminate();
		this.#workers = [];
		this.#apis = [];
	}
}
