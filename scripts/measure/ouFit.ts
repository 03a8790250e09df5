// The log-OU estimator: an AR(1) of ln VIX on k-row steps, converted to continuous κ and η, and the dispersion of
// ln VIX changes an OU implies at a horizon.

export interface Ar1Fit {
	/** Slope b of x_{t+k} on x_t. */
	slope: number;
	/** Intercept of the regression. */
	intercept: number;
	/** Standard deviation of the residuals (n − 2). */
	residualSd: number;
	/** Number of (x_t, x_{t+k}) pairs. */
	n: number;
}

/** OLS of x_{t+lag} on x_t over every overlapping pair (all t). */
export function fitAr1(xs: readonly number[], lag: number): Ar1Fit {
	return fitAr1Pairs(xs.slice(0, xs.length - lag), xs.slice(lag));
}

/** OLS of `to` on `from` (pairs (x_t, x_{t+h}) of any horizon). */
export function fitAr1Pairs(from: ArrayLike<number>, to: ArrayLike<number>): Ar1Fit {
	const n = from.length;
	let mx = 0;
	let my = 0;
	for (let t = 0; t < n; t++) {
		mx += from[t] / n;
		my += to[t] / n;
	}
	let sxx = 0;
	let sxy = 0;
	for (let t = 0; t < n; t++) {
		sxx += (from[t] - mx) ** 2;
		sxy += (from[t] - mx) * (to[t] - my);
	}
	const slope = sxy / sxx;
	const intercept = my - slope * mx;
	let ss = 0;
	for (let t = 0; t < n; t++) ss += (to[t] - intercept - slope * from[t]) ** 2;
	return { slope, intercept, residualSd: Math.sqrt(ss / (n - 2)), n };
}

export interface OuParams {
	/** Mean-reversion speed κ, per year. */
	kappa: number;
	/** Vol η of ln VIX, per √year. */
	eta: number;
}

/**
 * The OU whose exact step of `stepYears` has this AR(1): b = e^{−κΔ}, residual variance η²(1 − b²)/(2κ).
 * @param fit an AR(1) with 0 < slope < 1. @param stepYears Δ, years per step.
 */
export function ouFromAr1(fit: Ar1Fit, stepYears: number): OuParams {
	const kappa = -Math.log(fit.slope) / stepYears;
	return { kappa, eta: fit.residualSd * Math.sqrt((2 * kappa) / (1 - fit.slope ** 2)) };
}

/** Standard deviation of ln V_{t+h} − ln V_t for a stationary OU: √((η²/κ)(1 − e^{−κh})), h in years. */
export function ouChangeSd(p: OuParams, years: number): number {
	return Math.sqrt(((p.eta * p.eta) / p.kappa) * -Math.expm1(-p.kappa * years));
}

/** Standard deviation of ln V_{t+h} around its conditional mean: √(η²(1 − e^{−2κh})/(2κ)), h in years. */
export function ouConditionalSd(p: OuParams, years: number): number {
	return Math.sqrt(((p.eta * p.eta) / (2 * p.kappa)) * -Math.expm1(-2 * p.kappa * years));
}
