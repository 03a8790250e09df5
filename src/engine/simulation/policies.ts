// Hedge and condor policies applied along each path (DESIGN §3, §4.5), combinable in one PolicySpec:
// - hedge size: steward (hold the entry contracts) or promoter (round(contracts × m) while the path is in
//   backwardation, back to the entry contracts when it leaves — traded at the day's mark);
// - monetize: once per path, sell `fraction` of the near layer (at least one contract) at the first close in
//   backwardation with RSI(14) of VIX above `rsiAbove` (70);
// - roll: when the near layer has fewer than `belowDteDays` calendar days left, sell it and buy the same number of
//   calls on the next listed VX expiry, strike by the ladder's strike rule on that future at the path's state;
// - condor management: take profit when the P&L reaches x % of the credit, stop when the loss reaches y × credit,
//   close at n DTE; checked at each close, filled at that close's mark; else held to the horizon;
// - entry: the user's book, a plain 16Δ condor, or the methodology's playbook for the start regime.
// Every trade fills at the model mark and pays the trading costs (half-spread and commission, book/tradingCosts.ts)
// on top: the outcome carries both, at mid and after costs. The hedge is held to the horizon even after the condor is
// closed, then sold (a settled call is cash). Whole contracts throughout.
import { SPX_MULTIPLIER as SPX_MULT, VIX_MULTIPLIER as VIX_MULT } from '../conventions';
import { tradeCostUsd, type TradingCosts } from '../book/tradingCosts';
import type { VxTables } from './marking';
import { vixCallMark } from './marking';
import type { PathBlock } from './paths';
import type { PolicySpec } from './policySpec';

/** A policy's book at entry, as the path runner needs it. */
export interface EntryBook {
	/** Which of the chunk's condor mark arrays is this condor's. */
	condorIndex: number;
	/** Credit per condor, points, and the number of condors. */
	creditPts: number;
	qty: number;
	/** What opening the condor cost beyond mid (four legs' half-spreads and commissions), dollars. */
	condorEntryCostUsd: number;
	/** The ladder: expiry index into the VX tables, strike, entry contracts (before the promoter's multiple). */
	layers: { expiryIndex: number; strike: number; contracts: number }[];
	/** Index of the near layer in `layers` (monetize and roll act on it), −1 when there is none. */
	nearLayer: number;
}

/** One chunk's marks and signals: row-major arrays of rows × stride (stride = steps + 1). */
export interface ChunkMarks {
	rows: number;
	stride: number;
	/** The chunk's paths (VIX closes, and the opens that settle VIX options). */
	block: PathBlock;
	/** Cost to close one condor, points, per distinct entry condor. */
	condors: Float64Array[];
	/** One call of each ladder layer, points. */
	layers: Float64Array[];
	back: Uint8Array;
	rsi: Float64Array;
	/** Per step: calendar days to the condor's expiry. */
	condorDteDays: Int32Array;
	/**
	 * Lazy marking: when given, a NaN in `condors` or `layers` means "not marked yet" and is filled from here on
	 * first read, so a (path, step) is marked at most once and only where a rule reads it.
	 */
	fill?: {
		condor(index: number, row: number, step: number): number;
		layer(index: number, row: number, step: number): number;
	};
	/** Each leg's value (long put, short put, short call, long call; points) of a condor at a step: what closing it
	 * early pays the spreads on. */
	condorLegs(index: number, row: number, step: number): readonly number[];
}

/** How a rolled call's strike is chosen at a path state: expiry index, step and spot VIX → strike (points). */
export type RollStrike = (expiryIndex: number, step: number, vix: number) => number;

export const CLOSE_HORIZON = 0;
export const CLOSE_TAKE_PROFIT = 1;
export const CLOSE_STOP = 2;
export const CLOSE_DTE = 3;

/** What happened on one path (reused between paths: the runner fills it). */
export interface PathOutcome {
	/** Condor P&L, dollars. */
	condorUsd: number;
	/** Hedge P&L at the horizon (cash from trades plus the marks of what is held), dollars. */
	hedgeUsd: number;
	/** Trading costs paid on the condor and on the hedge (entry, every trade, the exit at the horizon), dollars. */
	condorCostsUsd: number;
	hedgeCostsUsd: number;
	/** Premium paid for calls over the path (entry included), dollars. */
	boughtUsd: number;
	condorCloseStep: number;
	/** CLOSE_HORIZON, CLOSE_TAKE_PROFIT, CLOSE_STOP or CLOSE_DTE. */
	closeReason: number;
	/** Step of the monetizing sale, −1 when none. */
	monetizeStep: number;
	/** Step of the first roll, −1 when none. */
	rollStep: number;
	/** Whether the promoter ever held more than the entry contracts. */
	promoted: boolean;
}

export function pathOutcome(): PathOutcome {
	return {
		condorUsd: 0,
		hedgeUsd: 0,
		condorCostsUsd: 0,
		hedgeCostsUsd: 0,
		boughtUsd: 0,
		condorCloseStep: 0,
		closeReason: CLOSE_HORIZON,
		monetizeStep: -1,
		rollStep: -1,
		promoted: false,
	};
}

// Per-path scratch for the layers, grown on demand: no allocation per path or step.
let held = new Float64Array(4);
let base = new Float64Array(4);
let expiry = new Int32Array(4);
let strike = new Float64Array(4);
let rolled = new Uint8Array(4);

/** A layer's mark at step j of the path at offset o: cached chunk marks (filled on first read), or its rolled call. */
function layerMark(marks: ChunkMarks, vx: VxTables, l: number, row: number, o: number, j: number): number {
	if (rolled[l] === 1) return vixCallMark(vx, expiry[l], strike[l], marks.block, row, j);
	const a = marks.layers[l];
	const v = a[o + j];
	return v === v || !marks.fill ? v : (a[o + j] = marks.fill.layer(l, row, j));
}

/** The condor's cost to close at step j (cached chunk marks, filled on first read). */
function condorMark(marks: ChunkMarks, ci: number, row: number, o: number, j: number): number {
	const a = marks.condors[ci];
	const v = a[o + j];
	return v === v || !marks.fill ? v : (a[o + j] = marks.fill.condor(ci, row, j));
}

/**
 * Runs one policy along one path (row `row` of the chunk) and fills `out`. No closures or allocation per path: the
 * loop runs once per path of every chunk.
 * @param vx VX tables (settlement steps, DTEs; rolled calls are marked from them).
 * @param rollStrike strike rule for rolled calls (used only when the policy rolls).
 */
export function runPolicyOnPath(
	policy: PolicySpec,
	entry: EntryBook,
	marks: ChunkMarks,
	vx: VxTables,
	rollStrike: RollStrike,
	costs: TradingCosts,
	row: number,
	out: PathOutcome,
): PathOutcome {
	const L = entry.layers.length;
	if (held.length < L) {
		held = new Float64Array(L);
		base = new Float64Array(L);
		expiry = new Int32Array(L);
		strike = new Float64Array(L);
		rolled = new Uint8Array(L);
	}
	const stride = marks.stride;
	const n = stride - 1;
	const o = row * stride;
	const vix = marks.block.vix;
	const back = marks.back;
	const ci = entry.condorIndex;
	const settleStep = vx.settleStep;
	const multiple = policy.hedge.mode === 'promoter' ? policy.hedge.multiplier : 1;
	let cash = 0;
	let bought = 0;
	let hedgeCosts = 0;
	let promoted = false;
	out.monetizeStep = -1;
	out.rollStep = -1;
	for (let l = 0; l < L; l++) {
		const layer = entry.layers[l];
		held[l] = 0;
		base[l] = layer.contracts;
		expiry[l] = layer.expiryIndex;
		strike[l] = layer.strike;
		rolled[l] = 0;
	}

	const credit = entry.creditPts;
	const { takeProfitPct, stopLossMultiple, closeAtDteDays } = policy.condor;
	const manage = takeProfitPct !== null || stopLossMultiple !== null || closeAtDteDays !== null;
	// The thresholds as the rules state them: loss ≥ y × credit, profit ≥ x % of credit, DTE ≤ n.
	const stopLoss = stopLossMultiple !== null ? stopLossMultiple * credit : Infinity;
	const takeProfit = takeProfitPct !== null ? (takeProfitPct / 100) * credit : Infinity;
	const dteAt = closeAtDteDays !== null ? closeAtDteDays : -Infinity;
	const monetize = policy.monetize;
	const roll = policy.roll;
	let open = true;
	let closeValue = NaN;
	out.condorCloseStep = n;
	out.closeReason = CLOSE_HORIZON;
	const near = entry.nearLayer;
	for (let j = 0; j <= n; j++) {
		if (j > 0) {
			if (open && j < n && manage) {
				const v = condorMark(marks, ci, row, o, j);
				let reason = -1;
				if (v - credit >= stopLoss) reason = CLOSE_STOP;
				else if (credit - v >= takeProfit) reason = CLOSE_TAKE_PROFIT;
				else if (marks.condorDteDays[j] <= dteAt) reason = CLOSE_DTE;
				if (reason >= 0) {
					open = false;
					closeValue = v;
					out.condorCloseStep = j;
					out.closeReason = reason;
				}
			}
			if (near >= 0 && j < settleStep[expiry[near]] && base[near] > 0) {
				if (monetize && out.monetizeStep < 0 && back[o + j] === 1 && marks.rsi[o + j] > monetize.rsiAbove) {
					// The sale itself happens in the rebalance below, which trades held down to the new base at the mark.
					base[near] -= Math.min(base[near], Math.max(1, Math.round(monetize.fraction * base[near])));
					out.monetizeStep = j;
				}
				const next = expiry[near] + 1;
				if (
					roll &&
					base[near] > 0 &&
					next < vx.expiries.length &&
					vx.dteDays[expiry[near] * stride + j] < roll.belowDteDays
				) {
					const count = held[near];
					const sold = layerMark(marks, vx, near, row, o, j);
					cash += count * sold;
					hedgeCosts += tradeCostUsd(costs, 'vix', sold, count, true);
					strike[near] = rollStrike(next, j, vix[o + j]);
					expiry[near] = next;
					rolled[near] = 1;
					const price = layerMark(marks, vx, near, row, o, j);
					cash -= count * price;
					bought += count * price;
					hedgeCosts += tradeCostUsd(costs, 'vix', price, count);
					if (out.rollStep < 0) out.rollStep = j;
				}
			}
		}
		// Rebalance: the promoter's target in backwardation, the (monetized) base otherwise.
		const inBack = back[o + j] === 1;
		for (let l = 0; l < L; l++) {
			if (j >= settleStep[expiry[l]]) continue; // settled: cash, nothing to trade
			const target = inBack ? Math.round(base[l] * multiple) : base[l];
			const diff = target - held[l];
			if (diff === 0) continue;
			const price = layerMark(marks, vx, l, row, o, j);
			cash -= diff * price;
			if (diff > 0) bought += diff * price;
			hedgeCosts += tradeCostUsd(costs, 'vix', price, diff, diff < 0);
			held[l] = target;
			if (target > base[l]) promoted = true;
		}
	}
	if (open) closeValue = condorMark(marks, ci, row, o, n);
	let hedge = cash;
	for (let l = 0; l < L; l++)
		if (held[l] !== 0) {
			const mark = layerMark(marks, vx, l, row, o, n);
			hedge += held[l] * mark;
			// Calls still trading at the horizon are sold; settled ones are already cash.
			if (n < settleStep[expiry[l]]) hedgeCosts += tradeCostUsd(costs, 'vix', mark, held[l], true);
		}
	// The condor closes early at its close step, or at the horizon unless it has settled there.
	let condorCosts = entry.condorEntryCostUsd;
	const closeStep = out.condorCloseStep;
	if (marks.condorDteDays[closeStep] > 0) {
		const legs = marks.condorLegs(ci, row, closeStep);
		for (let leg = 0; leg < 4; leg++)
			condorCosts += tradeCostUsd(costs, 'spx', legs[leg], entry.qty, leg === 0 || leg === 3);
	}
	out.promoted = promoted;
	out.hedgeUsd = hedge * VIX_MULT;
	out.hedgeCostsUsd = hedgeCosts;
	out.boughtUsd = bought * VIX_MULT;
	out.condorUsd = (credit - closeValue) * SPX_MULT * entry.qty;
	out.condorCostsUsd = condorCosts;
	return out;
}
