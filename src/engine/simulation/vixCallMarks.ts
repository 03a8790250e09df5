// Marks VIX calls along simulated paths (docs/simulation.md, "Marking along a path"), with per-step constants
// precomputed so the inner loops are plain arithmetic on typed arrays. The formula is the what-if kernel's
// (scenario/dateState.ts) in table form, tested equal: Black-76 on the future of the call's own expiry at the path's
// VIX — the curve rolled to the step's date at today's spot times (VIX_t/VIX_0)^{e^{−κ_β τ}} (or the real-world curve
// carried along the expected path), at the vol surface's ATM vol and call skew. A call settles on the path's VIX at
// the open of its expiry day (the SOQ) and keeps that value after. N(x) is normCdfMc (≈ 3e-10 points per call).
import type { IsoDate } from '../types';
import { DAYS_PER_YEAR, SKEW_FLOOR } from '../conventions';
import type { MarketModel } from '../scenario/marketModel';
import { calendarDaysBetween } from '../market/isoDate';
import { vxExpiriesAfter } from '../market/expiries';
import { tenorBeta } from '../market/curveShift';
import { curveFuture, rollCurve } from '../market/vixCurve';
import { normCdfMc } from '../math/normCdfMc';
import type { StepGrid } from './stepGrid';
import type { OpenSteps, PathBlock } from './paths';
import { newYorkInstant } from '../market/newYorkTime';
import { yearFraction } from '../market/yearFraction';
import { EXPIRED_YEARS } from '../scenario/dateState';
/** What marking VIX calls needs: the listed VX expiries and, per (expiry, step), the model future's constants. */
export interface VxTables {
	expiries: IsoDate[];
	steps: number;
	/** Per (e, j) at e·(steps + 1) + j: ln F = beta·ln VIX + lnFConst (the rolled curve at today's spot moved by
	 * (VIX/VIX_0)^β); ATM vol; discount; √τ; calendar DTE. */
	beta: Float64Array;
	lnFConst: Float64Array;
	atmVol: Float64Array;
	df: Float64Array;
	sqrtTau: Float64Array;
	tau: Float64Array;
	dteDays: Int32Array;
	/** First step at or after the expiry's settlement (steps + 1 when it settles beyond the horizon). */
	settleStep: Int32Array;
	/** Per expiry: its slot in the block's open values (the SOQ at 09:30 of its settlement day), −1 beyond the horizon. */
	openSlot: Int32Array;
	/** The steps that need VIX at the open, with how far into the step the open lies: what simulatePairs draws. */
	opens: OpenSteps;
	/** Per step: spot VIX above this is above the model's front future VX1 — the path is in backwardation. */
	backwardationVix: Float64Array;
	skew: number;
}

/**
 * Tables for the listed VX expiries after the valuation date, `count` of them, over the grid.
 * Backwardation on a path: VIX_t > VX1_t, the model's front future (first expiry still to settle) at that state:
 * ln VX1 = β·ln V + c ⇔ V > e^{c/(1 − β)}.
 */
/**
 * The real world the VX futures of a lab path are read in: VIX expected on each grid date (ln E[VIX_j]), and the
 * futures risk premium λ(days). With it, the future at step j is today's curve carried along that expected path —
 * F_0(t_j + τ)·e^{−(λ(t_j + τ) − λ(τ))} when VIX is at its expected level, moved by (VIX_j/E[VIX_j])^β — so a future's
 * expected drift under the paths is the premium the data measure, neither more nor less. Without it, the what-if's
 * roll: today's curve at today's spot, moved by (VIX_j/VIX_0)^β.
 */
export interface RealWorldCurve {
	lnMeanVix: Float64Array;
	premium: (days: number) => number;
}

export function vxTables(model: MarketModel, grid: StepGrid, count: number, real?: RealWorldCurve): VxTables {
	const expiries = vxExpiriesAfter(grid.dates[0], count);
	const n1 = grid.t.length;
	const size = count * n1;
	const { curve, volOfVol, r, skew, kappaBeta } = model.vix;
	const lnV0 = Math.log(curve.vix);
	const tb: VxTables = {
		expiries,
		steps: n1 - 1,
		beta: new Float64Array(size),
		lnFConst: new Float64Array(size),
		atmVol: new Float64Array(size),
		df: new Float64Array(size),
		sqrtTau: new Float64Array(size),
		tau: new Float64Array(size),
		dteDays: new Int32Array(size),
		settleStep: new Int32Array(count).fill(n1),
		openSlot: new Int32Array(count).fill(-1),
		opens: { steps: new Int32Array(0), fraction: new Float64Array(0) },
		backwardationVix: new Float64Array(n1).fill(Infinity),
		skew,
	};
	const T = expiries.map((e) => model.vxYears(e));
	for (let j = 0; j < n1; j++) {
		const rolled = rollCurve(curve, grid.t[j]);
		/** ln of the future τ years out at step j when VIX is at its reference level, and that level's log. */
		const lnBase = (tau: number) =>
			real
				? Math.log(curveFuture(curve, grid.t[j] + tau)) -
					real.premium((grid.t[j] + tau) * DAYS_PER_YEAR) +
					real.premium(tau * DAYS_PER_YEAR)
				: Math.log(curveFuture(rolled, tau));
		const lnRef = real ? real.lnMeanVix[j] : lnV0;
		let frontFound = false;
		for (let e = 0; e < count; e++) {
			const i = e * n1 + j;
			const tau = T[e] - grid.t[j];
			tb.tau[i] = tau;
			tb.dteDays[i] = calendarDaysBetween(grid.dates[j], expiries[e]);
			if (tau <= EXPIRED_YEARS) {
				if (tb.settleStep[e] > j) tb.settleStep[e] = j;
				continue;
			}
			const beta = tenorBeta(kappaBeta, tau);
			const c = lnBase(tau) - beta * lnRef;
			tb.beta[i] = beta;
			tb.lnFConst[i] = c;
			tb.atmVol[i] = volOfVol(tau);
			tb.df[i] = Math.exp(-r * tau);
			tb.sqrtTau[i] = Math.sqrt(tau);
			if (!frontFound) {
				frontFound = true;
				tb.backwardationVix[j] = Math.exp(c / (1 - beta));
			}
		}
	}
	// The SOQ: VIX at 09:30 ET on the settlement day, a fraction of the way from the prior close to that day's close.
	const steps: number[] = [];
	const fraction: number[] = [];
	for (let e = 0; e < count; e++) {
		const j = tb.settleStep[e];
		if (j >= n1 || j === 0) continue;
		tb.openSlot[e] = steps.length;
		const tOpen = yearFraction(model.valuationMs, newYorkInstant(expiries[e], SOQ_MINUTES_ET));
		steps.push(j);
		fraction.push(Math.min(1, Math.max(0, (tOpen - grid.t[j - 1]) / (grid.t[j] - grid.t[j - 1]))));
	}
	tb.opens = { steps: Int32Array.from(steps), fraction: Float64Array.from(fraction) };
	return tb;
}

/** The Special Opening Quotation that settles VX futures and VIX options: 09:30 ET. */
const SOQ_MINUTES_ET = 570;

/** VIX at the settlement of expiry e on the path in `row` of a block (its open value on the settlement day). */
function settlementVix(tb: VxTables, e: number, block: PathBlock, row: number): number {
	return block.vixOpen[row * tb.opens.steps.length + tb.openSlot[e]];
}

/**
 * Value (VIX points) of one call (expiry index e, strike K) at step j of the path in `row` of a block: Black-76 on the
 * model future before settlement, max(VIX at the settlement open − K, 0) from then on.
 */
export function vixCallMark(
	tb: VxTables,
	e: number,
	K: number,
	block: PathBlock,
	row: number,
	j: number,
): number {
	if (j >= tb.settleStep[e]) {
		const v = settlementVix(tb, e, block, row) - K;
		return v > 0 ? v : 0;
	}
	const i = e * (tb.steps + 1) + j;
	const lnV = Math.log(block.vix[row * (tb.steps + 1) + j]);
	return blackOnModelFuture(tb, i, lnV, K, Math.log(K));
}

function blackOnModelFuture(tb: VxTables, i: number, lnV: number, K: number, lnK: number): number {
	const lnF = tb.beta[i] * lnV + tb.lnFConst[i];
	const x = lnF - lnK;
	const smile = 1 - tb.skew * x;
	const s = tb.atmVol[i] * (smile > SKEW_FLOOR ? smile : SKEW_FLOOR) * tb.sqrtTau[i];
	const d1 = x / s + 0.5 * s;
	const value = Math.exp(lnF) * normCdfMc(d1) - K * normCdfMc(d1 - s);
	return value > 0 ? tb.df[i] * value : 0;
}

/** The model future (points) of expiry e at step j for spot VIX `vix` (only before its settlement). */
export function modelFuture(tb: VxTables, e: number, j: number, vix: number): number {
	const i = e * (tb.steps + 1) + j;
	return Math.exp(tb.beta[i] * Math.log(vix) + tb.lnFConst[i]);
}

/** ln VIX of a block, reused between calls (grown on demand). */
let lnVixScratch = new Float64Array(0);

/**
 * Marks calls (expiry index, strike) at every (path, step) of a block, one output array per call; every value is
 * bit-identical to vixCallMark's. ln VIX is taken once per (path, step), then each call runs over the paths.
 * @param calls the ladder's layers as expiry indices into the tables and strikes (points).
 */
export function markVixCalls(
	tb: VxTables,
	calls: readonly { expiryIndex: number; strike: number }[],
	block: PathBlock,
	out: Float64Array[],
): Float64Array[] {
	const stride = block.steps + 1;
	const size = 2 * block.pairs * stride;
	const vix = block.vix;
	if (lnVixScratch.length < size) lnVixScratch = new Float64Array(size);
	const lnV = lnVixScratch;
	for (let i = 0; i < size; i++) lnV[i] = Math.log(vix[i]);
	for (let l = 0; l < calls.length; l++) {
		const e = calls[l].expiryIndex;
		const K = calls[l].strike;
		const lnK = Math.log(K);
		const settle = tb.settleStep[e];
		const live = settle < stride ? settle : stride;
		const at = e * stride;
		const dst = out[l];
		for (let row = 0, o = 0; o < size; row++, o += stride) {
			for (let j = 0; j < live; j++) dst[o + j] = blackOnModelFuture(tb, at + j, lnV[o + j], K, lnK);
			if (live < stride) {
				const v = settlementVix(tb, e, block, row) - K;
				dst.fill(v > 0 ? v : 0, o + live, o + stride);
			}
		}
	}
	return out;
}
