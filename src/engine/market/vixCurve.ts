// The VIX futures curve under a log-OU model (Detemple–Osakwe): d ln V = κ(θ − ln V)dt + η dW, so
//   m(T) = e^{−κT}·ln V0 + (1 − e^{−κT})·θ,  s²(T) = η²(1 − e^{−2κT})/(2κ),  F(T) = exp(m(T) + s²(T)/2).
// (κ, θ) are fitted by regularised least squares on ln F (docs/models.md, "VX curve"): three contracts cannot pin κ,
// so a measured prior pulls κ and e^θ toward typical values with the weight of a few contracts, and many contracts
// outweigh it. The fit only shapes and extrapolates the curve: per-contract log residuals make the curve reproduce every
// observed future exactly, and shrink toward spot as time passes. It never sets an option vol or a tenor beta.

import { CURVE_PRIOR_MEASURED } from '../measured/curvePrior.generated';

/** Bounds on the fitted mean-reversion speed κ, per year. */
export const KAPPA_MIN = 1;
export const KAPPA_MAX = 15;

/**
 * The fit's prior: κ toward `kappa` and e^θ toward `level`, weighted like a Gaussian prior with spreads `lnKappaSd`
 * (in ln κ) and `thetaSd` (in θ) against contracts with a log misfit of `obsSd` each. The app's prior is measured by
 * scripts/measure/curvePrior.ts: the one that best extrapolates real VX curves from their first three contracts.
 */
export interface CurvePrior {
	kappa: number;
	level: number;
	lnKappaSd: number;
	thetaSd: number;
	obsSd: number;
}

export const CURVE_PRIOR: CurvePrior = CURVE_PRIOR_MEASURED;

/** The prior's weights on (ln κ − ln κ₀)² and (θ − ln L₀)² beside the sum of squared log residuals. */
export const priorPenalties = (p: CurvePrior) => ({
	kappa: (p.obsSd / p.lnKappaSd) ** 2,
	theta: (p.obsSd / p.thetaSd) ** 2,
});
/** Defaults when nothing is fitted: κ = 6 /yr, e^θ = 19, η = 1.0. */
export const DEFAULT_KAPPA = 6;
export const DEFAULT_THETA = Math.log(19);
export const DEFAULT_ETA = 1;

export interface CurvePoint {
	/** Years from the valuation instant to the contract's settlement. */
	T: number;
	/** Observed futures price, VIX points. */
	price: number;
	/** ln(observed) − ln(model) at fit time. */
	residual: number;
}

export interface VixCurve {
	kappa: number;
	/** Long-run level of ln VIX under the pricing measure. */
	theta: number;
	/** Vol of ln VIX, per √year. */
	eta: number;
	/** Spot VIX, points. */
	vix: number;
	points: CurvePoint[];
	/** Root-mean-square of the log residuals of the fit. */
	rmse: number;
}

/**
 * log-OU futures price F(T) = exp(m(T) + s²(T)/2).
 * @param V0 spot VIX (points, > 0). @param kappa κ per year (> 0). @param theta θ (log points).
 * @param eta η per √year (≥ 0). @param T years (≥ 0).
 * @example logOuFuture(15, 5, Math.log(20), 1, 0) // 15
 */
export function logOuFuture(V0: number, kappa: number, theta: number, eta: number, T: number): number {
	const decay = Math.exp(-kappa * T);
	const mean = decay * Math.log(V0) + (1 - decay) * theta;
	const variance = (eta * eta * (1 - decay * decay)) / (2 * kappa);
	return Math.exp(mean + 0.5 * variance);
}

// Scratch for the fit, grown on demand, so a fit allocates little beyond its result (a slider drag refits often).
let scratchB = new Float64Array(16);
let scratchY = new Float64Array(16);
/** The θ and the plain sum of squared residuals of the last `objectiveAt` call. */
let lastTheta = 0;
let lastSse = 0;

/**
 * For a fixed κ the best θ is closed-form: ln F_i − a_i·ln V0 − c_i = (1 − a_i)·θ is linear in θ, a_i = e^{−κT_i},
 * c_i = s²(T_i)/2, and the prior adds its weight on (θ − ln L₀)². Returns the penalised sum of squared log residuals
 * (the κ prior included) and leaves θ in `lastTheta`.
 */
function objectiveAt(
	prior: CurvePrior,
	kappa: number,
	lnV0: number,
	eta: number,
	Ts: Float64Array,
	lnF: Float64Array,
	n: number,
): number {
	let num = 0;
	let den = 0;
	for (let i = 0; i < n; i++) {
		const decay = Math.exp(-kappa * Ts[i]);
		const b = 1 - decay;
		const y = lnF[i] - decay * lnV0 - (eta * eta * (1 - decay * decay)) / (4 * kappa);
		scratchB[i] = b;
		scratchY[i] = y;
		num += b * y;
		den += b * b;
	}
	const w = priorPenalties(prior);
	const theta = (num + w.theta * Math.log(prior.level)) / (den + w.theta);
	let sse = 0;
	for (let i = 0; i < n; i++) {
		const e = scratchY[i] - scratchB[i] * theta;
		sse += e * e;
	}
	lastTheta = theta;
	lastSse = sse;
	const dk = Math.log(kappa / prior.kappa);
	const dt = theta - Math.log(prior.level);
	return sse + w.kappa * dk * dk + w.theta * dt * dt;
}

/** Coarse log-spaced κ grid that brackets the global minimum before the golden-section refinement. */
const GRID_POINTS = 13;

/**
 * Fits (κ, θ) to the futures by regularised least squares on ln F (η given), κ ∈ [1, 15] /yr: θ in closed form for
 * each κ, a coarse grid on ln κ to bracket the best κ, then golden-section search. The prior makes a single future
 * identifiable too (κ then stays near the prior's).
 * @param input spot VIX (points, > 0), η per √year (≥ 0), futures with T in years (> 0) and price (points, > 0).
 * @throws RangeError when there is no future or a value is not positive and finite.
 * @example fitVixCurve({ vix: 14.49, eta: 1, futures: [{ T: 0.034, price: 16.16 }, { T: 0.11, price: 17.87 }] })
 * @example fitVixCurve({ vix: 14.49, eta: 1, futures: [] }) // throws RangeError: futures: at least one VX future …
 */
export function fitVixCurve(
	input: { vix: number; eta: number; futures: readonly { T: number; price: number }[] },
	prior: CurvePrior = CURVE_PRIOR,
): VixCurve {
	const { vix, eta, futures } = input;
	if (!(vix > 0 && Number.isFinite(vix)))
		throw new RangeError(`vix must be a finite number > 0 (got ${vix})`);
	if (!(eta >= 0 && Number.isFinite(eta)))
		throw new RangeError(`eta must be a finite number ≥ 0 (got ${eta})`);
	const n = futures.length;
	if (n === 0) throw new RangeError('futures: at least one VX future is required');
	if (scratchB.length < n) {
		scratchB = new Float64Array(n);
		scratchY = new Float64Array(n);
	}
	const Ts = new Float64Array(n);
	const lnF = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const f = futures[i];
		if (!(f.T > 0 && Number.isFinite(f.T))) throw new RangeError(`futures[${i}].T must be > 0 (got ${f.T})`);
		if (!(f.price > 0 && Number.isFinite(f.price)))
			throw new RangeError(`futures[${i}].price must be a finite number > 0 (got ${f.price})`);
		Ts[i] = f.T;
		lnF[i] = Math.log(f.price);
	}
	const lnV0 = Math.log(vix);
	const objective = (lnKappa: number) => objectiveAt(prior, Math.exp(lnKappa), lnV0, eta, Ts, lnF, n);
	const lnMin = Math.log(KAPPA_MIN);
	const step = (Math.log(KAPPA_MAX) - lnMin) / (GRID_POINTS - 1);
	let best = 0;
	let bestValue = Infinity;
	for (let j = 0; j < GRID_POINTS; j++) {
		const v = objective(lnMin + j * step);
		if (v < bestValue) [best, bestValue] = [j, v];
	}
	let lo = lnMin + Math.max(0, best - 1) * step;
	let hi = lnMin + Math.min(GRID_POINTS - 1, best + 1) * step;
	const ratio = (Math.sqrt(5) - 1) / 2;
	let x1 = hi - ratio * (hi - lo);
	let x2 = lo + ratio * (hi - lo);
	let f1 = objective(x1);
	let f2 = objective(x2);
	while (hi - lo > 1e-7) {
		if (f1 <= f2) {
			hi = x2;
			x2 = x1;
			f2 = f1;
			x1 = hi - ratio * (hi - lo);
			f1 = objective(x1);
		} else {
			lo = x1;
			x1 = x2;
			f1 = f2;
			x2 = lo + ratio * (hi - lo);
			f2 = objective(x2);
		}
	}
	// The grid end points are candidates too: the minimum may sit on a bound.
	let lnKappa = 0.5 * (lo + hi);
	if (objective(lnMin + best * step) < objective(lnKappa)) lnKappa = lnMin + best * step;
	const kappa = Math.exp(lnKappa);
	objective(lnKappa);
	const theta = lastTheta;
	const rmse = Math.sqrt(lastSse / n);
	const points = futures.map((f) => ({
		T: f.T,
		price: f.price,
		residual: Math.log(f.price) - Math.log(logOuFuture(vix, kappa, theta, eta, f.T)),
	}));
	return { kappa, theta, eta, vix, points, rmse };
}

/** Whether T lies beyond the last contract: the curve there is the model's extrapolation, not a quote. */
export function isExtrapolated(curve: VixCurve, T: number): boolean {
	const pts = curve.points;
	return pts.length === 0 || T > pts[pts.length - 1].T + 1e-9;
}

/**
 * The curve when nothing is fitted (DESIGN §4.2 defaults κ = 6 /yr, e^θ = 19, η = 1), with no contracts.
 * @param vix spot VIX (points, > 0). @param eta η per √year (default 1).
 */
export function defaultVixCurve(vix: number, eta = DEFAULT_ETA): VixCurve {
	if (!(vix > 0 && Number.isFinite(vix)))
		throw new RangeError(`vix must be a finite number > 0 (got ${vix})`);
	return { kappa: DEFAULT_KAPPA, theta: DEFAULT_THETA, eta, vix, points: [], rmse: 0 };
}

/** The log residual at T: linear in T between contracts, 0 at T = 0 (the future at expiry is spot), flat beyond. */
export function residualAt(curve: VixCurve, T: number): number {
	const pts = curve.points;
	if (pts.length === 0 || T <= 0) return 0;
	if (T <= pts[0].T) return (pts[0].residual * T) / pts[0].T;
	for (let i = 1; i < pts.length; i++)
		if (T <= pts[i].T) {
			const w = (T - pts[i - 1].T) / (pts[i].T - pts[i - 1].T);
			return pts[i - 1].residual + w * (pts[i].residual - pts[i - 1].residual);
		}
	return pts[pts.length - 1].residual;
}

/**
 * The curve's futures price at T years: the log-OU price times e^{residual(T)}; equals each observed future at its T.
 * @param curve a fitted (or rolled/shocked) curve. @param T years (≥ 0).
 */
export function curveFuture(curve: VixCurve, T: number): number {
	return logOuFuture(curve.vix, curve.kappa, curve.theta, curve.eta, T) * Math.exp(residualAt(curve, T));
}

/**
 * Moves the curve `dtYears` forward: every contract's time shrinks, its residual scales with remaining T / original T
 * (so each future converges to spot at its expiry), expired contracts drop out; spot VIX may be replaced.
 * @param curve the curve today. @param dtYears years to move (≥ 0). @param vix spot VIX then (points), default unchanged.
 */
export function rollCurve(curve: VixCurve, dtYears: number, vix = curve.vix): VixCurve {
	if (!(dtYears >= 0)) throw new RangeError(`dtYears must be ≥ 0 (got ${dtYears})`);
	const points = curve.points
		.filter((p) => p.T > dtYears)
		.map((p) => {
			const T = p.T - dtYears;
			const residual = (p.residual * T) / p.T;
			return {
				T,
				residual,
				price: logOuFuture(vix, curve.kappa, curve.theta, curve.eta, T) * Math.exp(residual),
			};
		});
	return { ...curve, vix, points };
}
