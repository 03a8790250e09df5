// The VIX futures curve under a log-OU model (Detemple–Osakwe): d ln V = κ(θ − ln V)dt + η dW, so
//   m(T) = e^{−κT}·ln V0 + (1 − e^{−κT})·θ,  s²(T) = η²(1 − e^{−2κT})/(2κ),  F(T) = exp(m(T) + s²(T)/2).
// (κ, θ) are fitted by regularised least squares on ln F (curveFit.ts; docs/models.md, "VX curve") under the prior
// defined here. The fit only shapes and extrapolates the curve: per-contract log residuals make the curve reproduce
// every observed future exactly, and shrink toward spot as time passes. It never sets an option vol or a tenor beta.

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
const DEFAULT_KAPPA = 6;
const DEFAULT_THETA = Math.log(19);
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

/** Whether T lies beyond the last contract: the curve there is the model's extrapolation, not a quote. */
export function isExtrapolated(curve: VixCurve, T: number): boolean {
	const pts = curve.points;
	return pts.length === 0 || T > pts[pts.length - 1].T + 1e-9;
}

/**
 * The curve when nothing is fitted (docs/models.md, "VX curve": κ = 6 /yr, e^θ = 19, η = 1), with no contracts.
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
