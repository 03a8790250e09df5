// Marks the condor along simulated paths (docs/simulation.md, "Marking along a path"), with per-step constants
// precomputed so the inner loops are plain arithmetic on typed arrays (no allocation). The formula is the what-if
// kernel's (scenario/dateState.ts) in table form, tested equal: Black-76 on the SPX forward F_t = S_t·e^{(r−q)τ},
// the entry smile moved to the path's VIX in sticky delta — σ(k) = a·σ₀(k·√(T/τ)/a), a = VIX_t/VIX_0, floored at
// 0.5 % — and at the condor's expiry the legs pay their intrinsic value on S_t. N(x) is normCdfMc (|error| ≤ 5.4e-12:
// a condor mark is off by at most ≈ 3e-7 points, far below a cent and any Monte Carlo standard error).
import { MIN_SPX_VOL } from '../conventions';
import type { MarketModel } from '../scenario/marketModel';
import type { CondorStrikes } from '../book/ironCondor';
import { calendarDaysBetween } from '../market/isoDate';
import { normCdfMc } from '../math/normCdfMc';
import type { StepGrid } from './stepGrid';
import type { PathBlock } from './paths';
import { EXPIRED_YEARS } from '../scenario/dateState';
/** What marking the condor needs, per step of the grid. */
export interface CondorTables {
	/** Strikes long put, short put, short call, long call. */
	strikes: Float64Array;
	lnStrikes: Float64Array;
	/** Raw SVI of the entry smile (total variance at the original T). */
	svi: { a: number; b: number; rho: number; m: number; sigma2: number };
	sviT: number;
	/** VIX at the start: the smile scales with VIX_t/VIX_0. */
	vix0: number;
	/** Per step: years to the condor's settlement, forward factor e^{(r−q)τ}, discount e^{−rτ}, √τ. */
	tau: Float64Array;
	carry: Float64Array;
	df: Float64Array;
	sqrtTau: Float64Array;
	/** Calendar days from each step's date to the condor's expiry. */
	dteDays: Int32Array;
	/** Per step: σ√τ per unit of √w·VIX, the standardising factor √(T/τ)·VIX_0, the floor 0.5 %·√τ. */
	volPerVix: Float64Array;
	zScale: Float64Array;
	minStd: Float64Array;
}

export function condorTables(model: MarketModel, strikes: CondorStrikes, grid: StepGrid): CondorTables {
	const K = Float64Array.of(strikes.longPut, strikes.shortPut, strikes.shortCall, strikes.longCall);
	const n1 = grid.t.length;
	const tau = new Float64Array(n1);
	const carry = new Float64Array(n1);
	const df = new Float64Array(n1);
	const sqrtTau = new Float64Array(n1);
	const dteDays = new Int32Array(n1);
	const volPerVix = new Float64Array(n1);
	const zScale = new Float64Array(n1);
	const minStd = new Float64Array(n1);
	const { r, dividendYield, T, svi } = model.spx;
	const vix0 = model.vix.curve.vix;
	for (let j = 0; j < n1; j++) {
		const left = Math.max(T - grid.t[j], 0);
		tau[j] = left;
		carry[j] = Math.exp((r - dividendYield) * left);
		df[j] = Math.exp(-r * left);
		sqrtTau[j] = Math.sqrt(left);
		dteDays[j] = calendarDaysBetween(grid.dates[j], model.condorExpiry);
		volPerVix[j] = (sqrtTau[j] / vix0) * Math.sqrt(1 / T);
		zScale[j] = left > 0 ? Math.sqrt(T / left) * vix0 : 0;
		minStd[j] = MIN_SPX_VOL * sqrtTau[j];
	}
	const lnStrikes = K.map(Math.log);
	return {
		strikes: K,
		lnStrikes,
		svi: { a: svi.a, b: svi.b, rho: svi.rho, m: svi.m, sigma2: svi.sigma * svi.sigma },
		sviT: T,
		vix0,
		tau,
		carry,
		df,
		sqrtTau,
		dteDays,
		volPerVix,
		zScale,
		minStd,
	};
}

/**
 * Cost to close one short condor (index points) at every (path, step) of a block: long put − short put … signs as
 * the position, so a fresh condor's value is its credit. Loops step by step over the paths, so each step's
 * constants are read once; every value is bit-identical to condorMarkAt's.
 * @param out Float64Array of the block's size (rows × (steps + 1)).
 */
export function markCondor(tb: CondorTables, block: PathBlock, out: Float64Array): Float64Array {
	const stride = block.steps + 1;
	const rows = 2 * block.pairs;
	const spx = block.spx;
	const vix = block.vix;
	for (let j = 0; j < stride; j++) {
		if (tb.tau[j] <= EXPIRED_YEARS) {
			for (let row = 0; row < rows; row++) out[row * stride + j] = condorIntrinsic(tb, spx[row * stride + j]);
			continue;
		}
		const carry = tb.carry[j];
		const volPerVix = tb.volPerVix[j];
		const minS = tb.minStd[j];
		const df = tb.df[j];
		for (let row = 0; row < rows; row++) {
			const i = row * stride + j;
			const F = spx[i] * carry;
			out[i] = df * condorForward(tb, F, Math.log(F), vix[i], volPerVix, tb.zScale[j], minS);
		}
	}
	return out;
}

/** Cost to close one short condor (points) at step j for SPX `S` and VIX `V` (see markCondor). */
export function condorMarkAt(tb: CondorTables, S: number, V: number, j: number): number {
	if (tb.tau[j] <= EXPIRED_YEARS) return condorIntrinsic(tb, S);
	const F = S * tb.carry[j];
	return tb.df[j] * condorForward(tb, F, Math.log(F), V, tb.volPerVix[j], tb.zScale[j], tb.minStd[j]);
}

/**
 * Each leg's value (points: long put, short put, short call, long call) at step j for SPX `S` and VIX `V`, by the
 * same smile as condorMarkAt: what closing the condor early pays the spreads on.
 */
export function condorLegValuesAt(
	tb: CondorTables,
	S: number,
	V: number,
	j: number,
): [number, number, number, number] {
	const K = tb.strikes;
	if (tb.tau[j] <= EXPIRED_YEARS)
		return [Math.max(K[0] - S, 0), Math.max(K[1] - S, 0), Math.max(S - K[2], 0), Math.max(S - K[3], 0)];
	const F = S * tb.carry[j];
	const lnF = Math.log(F);
	const out: [number, number, number, number] = [0, 0, 0, 0];
	for (let leg = 0; leg < 4; leg++) {
		const call = legCall(tb, F, lnF, V, tb.volPerVix[j], tb.zScale[j], tb.minStd[j], leg);
		// Puts by parity on the forward: P = C − (F − K).
		out[leg] = tb.df[j] * (leg < 2 ? Math.max(call - (F - K[leg]), 0) : call);
	}
	return out;
}

/** Undiscounted call at strike leg `leg`, the smile read in sticky delta (see condorForward). */
function legCall(
	tb: CondorTables,
	F: number,
	lnF: number,
	V: number,
	volPerVix: number,
	zScale: number,
	minS: number,
	leg: number,
): number {
	const { a, b, rho, m, sigma2 } = tb.svi;
	const u = (tb.lnStrikes[leg] - lnF) * (zScale / V) - m;
	const w = a + b * (rho * u + Math.sqrt(u * u + sigma2));
	let s = Math.sqrt(w > 0 ? w : 0) * V * volPerVix;
	if (s < minS) s = minS;
	const d1 = (lnF - tb.lnStrikes[leg]) / s + 0.5 * s;
	return F * normCdfMc(d1) - tb.strikes[leg] * normCdfMc(d1 - s);
}

function condorIntrinsic(tb: CondorTables, S: number): number {
	const K = tb.strikes;
	return Math.max(K[1] - S, 0) - Math.max(K[0] - S, 0) + Math.max(S - K[2], 0) - Math.max(S - K[3], 0);
}

/** Signs of the calls in the short condor's cost to close (see condorForward). */
const LEG_SIGN = Float64Array.of(-1, 1, 1, -1);

/**
 * Undiscounted cost to close at forward F and VIX V. In sticky delta the leg at k = ln(K/F) reads the entry smile at
 * k·√(T/τ)·V0/V, and σ√τ = √(w/T)·(V/V0)·√τ = √w·V·volPerVix, floored at minS. Puts by parity,
 * P = C − (F − K): −P0 + P1 = −C0 + C1 + K1 − K0, so the cost is K1 − K0 − C0 + C1 + C2 − C3.
 */
function condorForward(
	tb: CondorTables,
	F: number,
	lnF: number,
	V: number,
	volPerVix: number,
	zScale: number,
	minS: number,
): number {
	const K = tb.strikes;
	let value = K[1] - K[0];
	for (let leg = 0; leg < 4; leg++)
		value += LEG_SIGN[leg] * legCall(tb, F, lnF, V, volPerVix, zScale, minS, leg);
	return value;
}
