// The one shocked state (docs/models.md, "What-ifs"): everything about a date of a what-if that does not depend on
// the SPX level — the curve rolled to that date with its long-run level moved, the SPX smile's time left and vol
// shift, the VIX-option vols — and the pricing kernels that value an SPX option, a condor and a VIX call in it for a
// given SPX and VIX. The what-if, payoff grid, heatmap, ladder stresses and the regime comparison all price here; the
// Monte Carlo marks use the same formulas in table form (simulation/condorMarks.ts and vixCallMarks.ts, tested equal).
import { MIN_SPX_VOL, MIN_VIX_ATM_VOL, SKEW_FLOOR, DAYS_PER_YEAR } from '../conventions';
import { normCdfMc } from '../math/normCdfMc';
import { curveMoveFactor, tenorBeta } from '../market/curveShift';
import { curveFuture, rollCurve, type VixCurve } from '../market/vixCurve';
import { shockVix } from '../market/spotVolLink';
import type { CondorStrikes } from '../book/ironCondor';
import type { MarketModel, VixModel } from './marketModel';
import type { Shock } from './shock';

/** Below this many years to settlement an option is worth its intrinsic value. */
export const EXPIRED_YEARS = 1e-9;

/**
 * Undiscounted Black value with total vol s and ln(F/K) = lnFK, by normCdfMc (|error| ≤ 5.4e-12 in N: an SPX leg is off
 * by under 1e-7 points, far below a cent): the what-if grids price thousands of legs per slider step.
 */
function black(call: boolean, F: number, K: number, s: number, lnFK: number): number {
	const d1 = lnFK / s + 0.5 * s;
	const c = F * normCdfMc(d1) - K * normCdfMc(d1 - s);
	// A put by parity; far out of the money the difference cancels to rounding noise that can dip below zero.
	const v = call ? c : c - F + K;
	return v > 0 ? v : 0;
}

/** The VIX side of a date's state: what valuing a VIX call needs (no condor). */
export interface VixDateState {
	model: Pick<VixModel, 'vix'>;
	/** Calendar days forward and the same in years. */
	days: number;
	dt: number;
	/** The curve rolled to the date at today's spot; the long-run level's ratio; the option-vol shift. */
	curve: VixCurve;
	levelRatio: number;
	vixVolShift: number;
	skew: number;
}

export interface DateState extends VixDateState {
	model: MarketModel;
	/** SPX side: years left to the condor's settlement, √ of it, forward factor e^{(r−q)τ} and discount e^{−rτ}. */
	tau: number;
	sqrtTau: number;
	carry: number;
	df: number;
	/** The SPX ATM vol shift (decimal) added to ATM × VIX'/VIX. */
	spxAtmShift: number;
	/** √(T/τ): how much narrower the smile reads in strike space as the condor ages (sticky delta). */
	smileTimeScale: number;
}

type CurveShock = Pick<Shock, 'longRunLevel' | 'volOfVolShiftPts' | 'vixSkewScale'>;

/** The VIX side of the state `days` calendar days after valuation under a shock's curve and vol settings. */
export function vixDateState(model: Pick<VixModel, 'vix'>, shock: CurveShock, days: number): VixDateState {
	const curve = model.vix.curve;
	const dt = days / DAYS_PER_YEAR;
	return {
		model,
		days,
		dt,
		curve: rollCurve(curve, dt),
		levelRatio: shock.longRunLevel === null ? 1 : shock.longRunLevel / Math.exp(curve.theta),
		vixVolShift: shock.volOfVolShiftPts / 100,
		skew: model.vix.skew * shock.vixSkewScale,
	};
}

/**
 * The state `days` calendar days after valuation under a shock's curve and vol settings (its SPX move and VIX are
 * applied per point by the kernels).
 */
export function dateState(
	model: MarketModel,
	shock: CurveShock & Pick<Shock, 'spxVolShiftPts'>,
	days: number,
): DateState {
	const vix = vixDateState(model, shock, days);
	const tau = Math.max(model.spx.T - vix.dt, 0);
	// Written out rather than spread: the back-test builds tens of thousands of these.
	return {
		model,
		days,
		dt: vix.dt,
		curve: vix.curve,
		levelRatio: vix.levelRatio,
		vixVolShift: vix.vixVolShift,
		skew: vix.skew,
		tau,
		sqrtTau: Math.sqrt(tau),
		carry: Math.exp((model.spx.r - model.spx.dividendYield) * tau),
		df: Math.exp(-model.spx.r * tau),
		spxAtmShift: shock.spxVolShiftPts / 100,
		smileTimeScale: tau > 0 ? Math.sqrt(model.spx.T / tau) : 0,
	};
}

/** VIX after the shock at SPX level `spx`: typed, or by the model's link from today's VIX. */
export function shockedVix(model: MarketModel, shock: Pick<Shock, 'vix'>, spx: number): number {
	return shock.vix.mode === 'typed'
		? shock.vix.level
		: shockVix(model.vix.curve.vix, spx / model.spx.spot, model.link);
}

/** The ATM vol's multiple a = σ'_ATM/σ_ATM at VIX `vix` (the shift included, floored so a vol stays positive). */
function atmRatio(s: DateState, vix: number): number {
	const atm = s.model.spx.atmVol;
	return Math.max(vix / s.model.vix.curve.vix + s.spxAtmShift / atm, MIN_SPX_VOL / atm);
}

/** σ at ln(K/F) = lnKF for an ATM multiple `ratio`: the entry smile read in sticky delta, floored. */
function stickyVol(s: DateState, lnKF: number, ratio: number): number {
	return Math.max(ratio * s.model.spx.smileVol((lnKF * s.smileTimeScale) / ratio), MIN_SPX_VOL);
}

/**
 * The vol (decimal) of an SPX option with log-moneyness ln(K/F) = lnKF at the date when VIX is `vix`. The ATM vol
 * moves with VIX (× VIX'/VIX, plus the shift) and the smile keeps its shape in standardised moneyness k/(σ_ATM√τ)
 * (sticky delta): σ'(k) = a·σ₀(k·√(T/τ)/a) with a = σ'_ATM/σ_ATM, so the skew flattens in strike space as vol rises.
 */
export function spxVolAt(s: DateState, lnKF: number, vix: number): number {
	return stickyVol(s, lnKF, atmRatio(s, vix));
}

/** Value of one SPX option at forward F with ATM multiple `ratio` (the date not yet settled). */
function spxValue(s: DateState, F: number, ratio: number, call: boolean, K: number): number {
	const lnKF = Math.log(K / F);
	return s.df * black(call, F, K, stickyVol(s, lnKF, ratio) * s.sqrtTau, -lnKF);
}

/** Value (points) of one SPX option at the date for SPX `spx` and VIX `vix` (intrinsic once settled). */
export function spxOptionValue(s: DateState, spx: number, vix: number, call: boolean, K: number): number {
	if (s.tau <= EXPIRED_YEARS) return Math.max(call ? spx - K : K - spx, 0);
	return spxValue(s, spx * s.carry, atmRatio(s, vix), call, K);
}

/** The condor's legs with the sign of the short condor's position: long put, short put, short call, long call. */
export const CONDOR_LEGS = [
	{ label: 'long put', call: false, key: 'longPut', sign: 1 },
	{ label: 'short put', call: false, key: 'shortPut', sign: -1 },
	{ label: 'short call', call: true, key: 'shortCall', sign: -1 },
	{ label: 'long call', call: true, key: 'longCall', sign: 1 },
] as const;

/** Cost to close one short condor (points): its value to the buyer, between 0 and the wider wing's width. */
export function condorCloseCost(s: DateState, spx: number, vix: number, k: CondorStrikes): number {
	if (s.tau <= EXPIRED_YEARS) {
		let intrinsic = 0;
		for (const leg of CONDOR_LEGS) intrinsic -= leg.sign * spxOptionValue(s, spx, vix, leg.call, k[leg.key]);
		return intrinsic;
	}
	// The forward and the ATM multiple are the same for the four legs.
	const F = spx * s.carry;
	const ratio = atmRatio(s, vix);
	return (
		spxValue(s, F, ratio, false, k.shortPut) -
		spxValue(s, F, ratio, false, k.longPut) +
		spxValue(s, F, ratio, true, k.shortCall) -
		spxValue(s, F, ratio, true, k.longCall)
	);
}

/** What valuing one VIX expiry needs at a date, independent of spot VIX: computed once per date and expiry. */
export interface VixSlot {
	/** Years left to settlement (≤ EXPIRED_YEARS: settled on spot). */
	T: number;
	sqrtT: number;
	df: number;
	/** The future at today's spot VIX (rolled, long-run level moved), and its beta to spot. */
	future: number;
	beta: number;
	atmVol: number;
}

/** @param T years from valuation to the expiry's settlement. */
export function vixSlot(s: VixDateState, T: number): VixSlot {
	const left = T - s.dt;
	if (left <= EXPIRED_YEARS) return { T: left, sqrtT: 0, df: 1, future: NaN, beta: 1, atmVol: 0 };
	const vix = s.model.vix;
	const kappaBeta = vix.kappaBeta;
	return {
		T: left,
		sqrtT: Math.sqrt(left),
		df: Math.exp(-vix.r * left),
		future:
			curveFuture(s.curve, left) *
			curveMoveFactor({ vixRatio: 1, levelRatio: s.levelRatio, kappaBeta }, left),
		beta: tenorBeta(kappaBeta, left),
		atmVol: Math.max(MIN_VIX_ATM_VOL, vix.volOfVol(left) + s.vixVolShift),
	};
}

/** The VX future of a slot when spot VIX is `vix`: F·(VIX'/VIX)^β (as exp(β·ln): twice as fast as Math.pow here). */
export function slotFuture(s: VixDateState, slot: VixSlot, vix: number): number {
	return slot.T <= EXPIRED_YEARS
		? vix
		: slot.future * Math.exp(slot.beta * Math.log(vix / s.model.vix.curve.vix));
}

/** The skewed vol (decimal) of a VIX call with ln(F/K) = lnFK in a slot: σ_ATM·(1 + s·ln(K/F)), floored. */
export function vixVolAt(s: VixDateState, slot: VixSlot, lnFK: number): number {
	return slot.atmVol * Math.max(SKEW_FLOOR, 1 - s.skew * lnFK);
}

/**
 * Value (points) of one VIX call: Black-76 on the slot's future at spot VIX `vix`, at the skewed vol of the strike;
 * settled on spot at expiry.
 */
export function vixCallValue(s: VixDateState, slot: VixSlot, K: number, vix: number): number {
	if (slot.T <= EXPIRED_YEARS) return Math.max(vix - K, 0);
	const F = slotFuture(s, slot, vix);
	const lnFK = Math.log(F / K);
	return slot.df * black(true, F, K, vixVolAt(s, slot, lnFK) * slot.sqrtT, lnFK);
}
