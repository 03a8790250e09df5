// Runs the paths of one regime-lab start (docs/simulation.md): chunks of antithetic pairs, every policy on every path,
// P&L at mid and after trading costs. A range of pairs is self-contained — each pair draws from its own seeded stream
// — so a pool of workers can run disjoint ranges and the merged series are bit-identical to one worker's.
import type { TradingCosts } from '../book/tradingCosts';
import { condorLegValuesAt, condorMarkAt } from './condorMarks';
import { vixCallMark } from './vixCallMarks';
import { pathBlock, simulatePairs } from './paths';
import { analogPairs } from './analogs';
import { type PolicySpec } from './policySpec';
import { CLOSE_DTE, CLOSE_STOP, CLOSE_TAKE_PROFIT, pathOutcome, type ChunkMarks } from './pathRun';
import { runPolicyOnPath } from './policies';
import { pathSignals } from './signals';
import type { StartPlan } from './labPlan';
import type { PathModel } from './pathModel';

export type EventCounts = Record<
	'monetized' | 'rolled' | 'promoted' | 'takeProfit' | 'stop' | 'dteClose',
	number
>;

/** Per policy, dollars per path: condor alone, hedge, condor + hedge, at mid and after costs; premium bought. */
export interface PolicySeries {
	alone: Float64Array;
	hedge: Float64Array;
	hedged: Float64Array;
	aloneNet: Float64Array;
	hedgeNet: Float64Array;
	hedgedNet: Float64Array;
	bought: Float64Array;
	events: EventCounts;
}

/** A run's (or a range's) series: the plus paths of its pairs, then their minus paths. */
export interface StartSeries {
	pairs: number;
	/** SPX at the horizon over SPX at the start, minus 1, per path. */
	spxReturn: Float64Array;
	policies: PolicySeries[];
}

const SERIES_KEYS = ['alone', 'hedge', 'hedged', 'aloneNet', 'hedgeNet', 'hedgedNet', 'bought'] as const;
const noEvents = (): EventCounts => ({
	monetized: 0,
	rolled: 0,
	promoted: 0,
	takeProfit: 0,
	stop: 0,
	dteClose: 0,
});

function emptySeries(pairs: number, policies: number): StartSeries {
	const n = 2 * pairs;
	return {
		pairs,
		spxReturn: new Float64Array(n),
		policies: Array.from({ length: policies }, () => ({
			...(Object.fromEntries(SERIES_KEYS.map((k) => [k, new Float64Array(n)])) as Omit<
				PolicySeries,
				'events'
			>),
			events: noEvents(),
		})),
	};
}

/**
 * Pairs `firstPair` … `firstPair + pairs − 1` of a start. Awaits `afterChunk` between chunks (false cancels: null).
 */
export async function runPairs(
	plan: StartPlan,
	settings: { model: PathModel; policies: PolicySpec[]; seed: number },
	costs: TradingCosts,
	firstPair: number,
	pairs: number,
	chunkPairs: number,
	afterChunk: () => Promise<boolean>,
): Promise<StartSeries | null> {
	const n = plan.grid.dt.length;
	const stride = n + 1;
	const block = pathBlock(chunkPairs, n, plan.vx.opens.steps.length);
	const size = 2 * chunkPairs * stride;
	const marks: ChunkMarks = {
		rows: 0,
		stride,
		block,
		condors: plan.condors.map(() => new Float64Array(size)),
		layers: plan.calls.map(() => new Float64Array(size)),
		back: new Uint8Array(size),
		rsi: new Float64Array(size),
		condorDteDays: plan.condors[0].dteDays,
		// Marks on demand, cached in the chunk's arrays (NaN = not marked yet): most policies read few of them.
		fill: {
			condor: (ci, row, j) =>
				condorMarkAt(plan.condors[ci], block.spx[row * stride + j], block.vix[row * stride + j], j),
			layer: (l, row, j) =>
				vixCallMark(plan.vx, plan.calls[l].expiryIndex, plan.calls[l].strike, block, row, j),
		},
		condorLegs: (ci, row, j) =>
			condorLegValuesAt(plan.condors[ci], block.spx[row * stride + j], block.vix[row * stride + j], j),
		call: (e, K, row, j) => vixCallMark(plan.vx, e, K, block, row, j),
	};
	const out = emptySeries(pairs, settings.policies.length);
	const outcome = pathOutcome();
	for (let done = 0; done < pairs; done += chunkPairs) {
		const count = Math.min(chunkPairs, pairs - done);
		if (plan.analogs)
			analogPairs(
				plan.analogs,
				{ spx: plan.pathStart.spx, vix: plan.model.vix.curve.vix },
				settings.seed,
				firstPair + done,
				count,
				plan.vx.opens,
				block,
			);
		else
			simulatePairs(
				settings.model,
				plan.pathStart,
				plan.grid.dt,
				settings.seed,
				firstPair + done,
				count,
				plan.vx.opens,
				block,
			);
		const rows = 2 * count;
		marks.rows = rows;
		for (const a of marks.condors) a.fill(NaN, 0, rows * stride);
		for (const a of marks.layers) a.fill(NaN, 0, rows * stride);
		pathSignals(block.vix, rows, stride, plan.vx.backwardationVix, plan.rsi, marks.back, marks.rsi);
		// Row r of the chunk: its pair's plus path (r < count) or minus path, at its place in the range's layout.
		const at = (row: number) => (row < count ? done + row : pairs + done + (row - count));
		for (let row = 0; row < rows; row++)
			out.spxReturn[at(row)] = block.spx[row * stride + n] / block.spx[row * stride] - 1;
		settings.policies.forEach((policy, pi) => {
			const s = out.policies[pi];
			const ev = s.events;
			for (let row = 0; row < rows; row++) {
				runPolicyOnPath(policy, plan.books[pi], marks, plan.vx, plan.rollStrike, costs, row, outcome);
				const i = at(row);
				s.alone[i] = outcome.condorUsd;
				s.hedge[i] = outcome.hedgeUsd;
				s.hedged[i] = outcome.condorUsd + outcome.hedgeUsd;
				s.aloneNet[i] = outcome.condorUsd - outcome.condorCostsUsd;
				s.hedgeNet[i] = outcome.hedgeUsd - outcome.hedgeCostsUsd;
				s.hedgedNet[i] = s.aloneNet[i] + s.hedgeNet[i];
				s.bought[i] = outcome.boughtUsd;
				if (outcome.monetizeStep >= 0) ev.monetized++;
				if (outcome.rollStep >= 0) ev.rolled++;
				if (outcome.promoted) ev.promoted++;
				if (outcome.closeReason === CLOSE_TAKE_PROFIT) ev.takeProfit++;
				else if (outcome.closeReason === CLOSE_STOP) ev.stop++;
				else if (outcome.closeReason === CLOSE_DTE) ev.dteClose++;
			}
		});
		if (!(await afterChunk())) return null;
	}
	return out;
}

/** Series of consecutive pair ranges (in order) as the series of the whole run: plus paths, then minus paths. */
export function mergeStartSeries(parts: readonly StartSeries[]): StartSeries {
	const pairs = parts.reduce((s, p) => s + p.pairs, 0);
	const whole = emptySeries(pairs, parts[0].policies.length);
	const copy = (dst: Float64Array, src: Float64Array, offset: number, partPairs: number) => {
		dst.set(src.subarray(0, partPairs), offset);
		dst.set(src.subarray(partPairs, 2 * partPairs), pairs + offset);
	};
	let offset = 0;
	for (const part of parts) {
		copy(whole.spxReturn, part.spxReturn, offset, part.pairs);
		part.policies.forEach((s, pi) => {
			const w = whole.policies[pi];
			for (const k of SERIES_KEYS) copy(w[k], s[k], offset, part.pairs);
			for (const k of Object.keys(s.events) as (keyof EventCounts)[]) w.events[k] += s.events[k];
		});
		offset += part.pairs;
	}
	return whole;
}
