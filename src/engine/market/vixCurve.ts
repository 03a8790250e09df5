// The VIX futures curve under a log-OU model (Detemple–Osakwe): d ln V = κ(θ − ln V)dt + η dW, so
//   m(T) = e^{−κT}·ln V0 + (1 − e^{−κT})·θ,  s²(T) = η²(1 − e^{−2κT})/(2κ),  F(T) = exp(m(T) + s²(T)/2).
// (κ, θ) are fitted by least squares on ln F; the per-contract log residuals make the curve the app uses reproduce
// the observed futures exactly, and shrink toward spot as time passes (DESIGN §4.2).

/** Bounds on the fitted mean-reversion speed κ, per year. */
export const KAPPA_MIN = 0.5;
export const KAPPA_MAX = 50;
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

/** For a fixed κ the best θ is closed-form: ln F_i − a_i·ln V0 − c_i = (1 − a_i)·θ is linear in θ. */
function bestTheta(kappa: number, lnV0: number, eta: number, Ts: readonly number[], lnF: readonly number[]) {
	let num = 0;
	let den = 0;
	let sse = 0;
	const n = Ts.length;
	const b: number[] = new Array(n);
	const y: number[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const decay = Math.exp(-kappa * Ts[i]);
		b[i] = 1 - decay;
		y[i] = lnF[i] - decay * lnV0 - (eta * eta * (1 - decay * decay)) / (4 * kappa);
		num += b[i] * y[i];
		den += b[i] * b[i];
	}
	const theta = den > 0 ? num / den : lnV0;
	for (let i = 0; i < n; i++) sse += (y[i] - b[i] * theta) ** 2;
	return { theta, sse };
}

/**
 * Fits (κ, θ) to the futures by least squares on ln F (η given), κ ∈ [0.5, 50] by golden-section search.
 * @param input spot VIX (points), futures with T in years (> 0, increasing) and price (points, > 0), η per √year.
 * @throws RangeError when there is no future or a value is not positive and finite.
 * @example fitVixCurve({ vix: 14.49, eta: 1, futures: [{ T: 0.034, price: 16.16 }, { T: 0.11, price: 17.87 }] })
 */
export function fitVixCurve(input: {
	vix: number;
	eta: number;
	futures: readonly { T: number; price: number }[];
}): VixCurve {
	const { vix, eta, futures } = input;
	if (!(vix > 0 && Number.isFinite(vix)))
		throw new RangeError(`vix must be a finite number > 0 (got ${vix})`);
	if (!(eta >= 0 && Number.isFinite(eta)))
		throw new RangeError(`eta must be a finite number ≥ 0 (got ${eta})`);
	if (futures.length === 0) throw new RangeError('futures: at least one VX future is required');
	futures.forEach((f, i) => {
		if (!(f.T > 0 && Number.isFinite(f.T))) throw new RangeError(`futures[${i}].T must be > 0 (got ${f.T})`);
		if (!(f.price > 0 && Number.isFinite(f.price)))
			throw new RangeError(`futures[${i}].price must be a finite number > 0 (got ${f.price})`);
	});
	const lnV0 = Math.log(vix);
	const Ts = futures.map((f) => f.T);
	const lnF = futures.map((f) => Math.log(f.price));
	// Golden-section on ln κ: the SSE is smooth and, over these bounds, unimodal in practice.
	const ratio = (Math.sqrt(5) - 1) / 2;
	let lo = Math.log(KAPPA_MIN);
	let hi = Math.log(KAPPA_MAX);
	let x1 = hi - ratio * (hi - lo);
	let x2 = lo + ratio * (hi - lo);
	let f1 = bestTheta(Math.exp(x1), lnV0, eta, Ts, lnF).sse;
	let f2 = bestTheta(Math.exp(x2), lnV0, eta, Ts, lnF).sse;
	while (hi - lo > 1e-6) {
		if (f1 <= f2) {
			hi = x2;
			x2 = x1;
			f2 = f1;
			x1 = hi - ratio * (hi - lo);
			f1 = bestTheta(Math.exp(x1), lnV0, eta, Ts, lnF).sse;
		} else {
			lo = x1;
			x1 = x2;
			f1 = f2;
			x2 = lo + ratio * (hi - lo);
			f2 = bestTheta(Math.exp(x2), lnV0, eta, Ts, lnF).sse;
		}
	}
	const kappa = Math.exp(0.5 * (lo + hi));
	const { theta, sse } = bestTheta(kappa, lnV0, eta, Ts, lnF);
	const points = futures.map((f) => ({
		T: f.T,
		price: f.price,
		residual: Math.log(f.price) - Math.log(logOuFuture(vix, kappa, theta, eta, f.T)),
	}));
	return { kappa, theta, eta, vix, points, rmse: Math.sqrt(sse / futures.length) };
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
