// The replay the History screen shows (docs/history.md, "Replay"): the book entered N business days before a chosen
// flip, or on a chosen day, under one policy, on the history in use. It follows its inputs — the entry, the policy,
// the book, the history — on its own latest-wins channel, and the last good result stays while a newer one is
// computed or while the book holds a mistake.
import type { IsoDate } from '../engine';
import type { EngineApi } from '../worker/api';
import { Superseded, type EngineClient } from './engineClient.svelte';
import type { HistoryData } from './history.svelte';
import type { Workbench } from './workbench.svelte';

export type ReplayResultView = Awaited<ReturnType<EngineApi['historyReplay']>>;

/** Where the replay enters: N business days before a flip, or on a tapped day. */
export type ReplayChoice =
	{ kind: 'flip'; flipDate: IsoDate; businessDays: number } | { kind: 'day'; date: IsoDate };

/** Business days before the flip the book is entered by default (a 45-day condor then spans the flip). */
export const DEFAULT_DAYS_BEFORE_FLIP = 10;

export class ReplayRunner {
	readonly history: HistoryData;
	readonly bench: Workbench;
	readonly engine: EngineClient;
	choice = $state<ReplayChoice | null>(null);
	policyId = $state('steward');
	result = $state.raw<ReplayResultView | null>(null);
	error = $state<string | null>(null);
	running = $state(false);

	constructor(history: HistoryData, bench: Workbench) {
		this.history = history;
		this.bench = bench;
		this.engine = history.engine;
	}

	/** Replays a flip N business days before it (N kept from the last flip chosen). */
	chooseFlip(flipDate: IsoDate) {
		const n = this.choice?.kind === 'flip' ? this.choice.businessDays : DEFAULT_DAYS_BEFORE_FLIP;
		this.choice = { kind: 'flip', flipDate, businessDays: n };
	}

	chooseDay(date: IsoDate) {
		this.choice = { kind: 'day', date };
	}

	/** Keeps the result in step with the inputs; returns the teardown. */
	connect(): () => void {
		return $effect.root(() => {
			$effect(() => {
				const choice = $state.snapshot(this.choice);
				const policyId = this.policyId;
				const ref = this.history.ref;
				if (!choice || !this.bench.valid || this.history.status !== 'ready') return;
				const book = this.bench.bookData;
				const entry =
					choice.kind === 'flip'
						? { before: choice.flipDate, businessDays: choice.businessDays }
						: { on: choice.date };
				this.running = true;
				this.engine
					.latest('replay', () => this.history.call((api) => api.historyReplay(ref, book, policyId, entry)))
					.then(
						(r) => {
							this.result = r;
							this.error = null;
							this.running = false;
						},
						(e: unknown) => {
							if (e instanceof Superseded) return;
							this.error = e instanceof Error ? e.message : String(e);
							this.running = false;
						},
					);
			});
		});
	}
}
