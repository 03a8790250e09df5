// The VX curve fit (docs/models.md, "VX curve"): (κ, θ) by regularised least squares on ln F. Three contracts cannot
// pin κ, so the measured prior of vixCurve.ts pulls κ and e^θ toward typical values with the weight of a few
// contracts, and many contracts outweigh it. θ is closed-form for each κ; κ is found on a log grid, then refined.
import {
	CURVE_PRIOR,
	KAPPA_MAX,
	KAPPA_MIN,
	logOuFuture,
	priorPenalties,
	type CurvePrior,
	type VixCurve,
} from './vixCurve';

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
