// Batch Black-76 / BSM pricing over typed arrays for hot loops (payoff grids, Monte Carlo marking, the bench).
// No checks and no allocation per element: callers validate inputs first (an invalid element yields NaN, which
// callers must never pass on to the UI).
import { normCdfGivenGaussian } from '../math/normal';
import { undiscountedBlack } from './black76';

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Black-76 prices into `out`.
 * @param isCall 1 = call, 0 = put, per element.
 * @param F forwards (> 0). @param K strikes (> 0). @param T years (≥ 0). @param r rates. @param vol vols (≥ 0).
 * @param out destination (allocated when omitted); may be any of length ≥ F.length.
 * @example black76PriceBatch(Uint8Array.of(0), Float64Array.of(19), Float64Array.of(19), Float64Array.of(0.75),
 *   Float64Array.of(0.1), Float64Array.of(0.28)) // Float64Array [1.7011]
 */
export function black76PriceBatch(
	isCall: Uint8Array,
	F: Float64Array,
	K: Float64Array,
	T: Float64Array,
	r: Float64Array,
	vol: Float64Array,
	out: Float64Array = new Float64Array(F.length),
): Float64Array {
	const n = F.length;
	for (let i = 0; i < n; i++) {
		const f = F[i];
		const k = K[i];
		const df = Math.exp(-r[i] * T[i]);
		const s = vol[i] * Math.sqrt(T[i]);
		const call = isCall[i] === 1;
		if (s > 0) {
			out[i] = df * undiscountedBlack(call, f, k, s);
		} else out[i] = df * Math.max(call ? f - k : k - f, 0);
	}
	return out;
}

/**
 * Generalized BSM prices into `out` (through the forward S·e^{(r−q)T}).
 * @param S spots (> 0); @param q dividend yields; others as {@link black76PriceBatch}.
 */
export function bsmPriceBatch(
	isCall: Uint8Array,
	S: Float64Array,
	K: Float64Array,
	T: Float64Array,
	r: Float64Array,
	q: Float64Array,
	vol: Float64Array,
	out: Float64Array = new Float64Array(S.length),
): Float64Array {
	const n = S.length;
	for (let i = 0; i < n; i++) {
		const t = T[i];
		const f = S[i] * Math.exp((r[i] - q[i]) * t);
		const k = K[i];
		const df = Math.exp(-r[i] * t);
		const s = vol[i] * Math.sqrt(t);
		const call = isCall[i] === 1;
		if (s > 0) {
			out[i] = df * undiscountedBlack(call, f, k, s);
		} else out[i] = df * Math.max(call ? f - k : k - f, 0);
	}
	return out;
}

/** Black-76 prices and greeks per element, as a struct of arrays (units as {@link Greeks}; dividendRho is 0). */
export interface Black76GreeksArrays {
	price: Float64Array;
	delta: Float64Array;
	gamma: Float64Array;
	vega: Float64Array;
	theta: Float64Array;
	rho: Float64Array;
}

function greeksArrays(n: number): Black76GreeksArrays {
	return {
		price: new Float64Array(n),
		delta: new Float64Array(n),
		gamma: new Float64Array(n),
		vega: new Float64Array(n),
		theta: new Float64Array(n),
		rho: new Float64Array(n),
	};
}

/**
 * Black-76 prices and greeks into `out` (allocated when omitted), with the conventions of black76Greeks: delta and
 * gamma with respect to F, vega per 1.00 vol, theta = −∂V/∂T per year, rho at a fixed forward (−T·price). No checks:
 * invalid elements give NaN, so callers validate first. dividendRho is always 0 for Black-76 and is left out.
 * @param isCall 1 = call, 0 = put. @param F forwards (> 0). @param K strikes (> 0). @param T years (≥ 0).
 * @param r continuous rates per year. @param vol vols, decimal per √year (≥ 0).
 * @param out destination arrays, each of length ≥ F.length.
 * @example black76GreeksBatch(Uint8Array.of(1), Float64Array.of(100), Float64Array.of(100), Float64Array.of(1),
 *   Float64Array.of(0), Float64Array.of(0.2)).delta // Float64Array [0.5398]
 */
export function black76GreeksBatch(
	isCall: Uint8Array,
	F: Float64Array,
	K: Float64Array,
	T: Float64Array,
	r: Float64Array,
	vol: Float64Array,
	out: Black76GreeksArrays = greeksArrays(F.length),
): Black76GreeksArrays {
	const { price, delta, gamma, vega, theta, rho } = out;
	const n = F.length;
	for (let i = 0; i < n; i++) {
		const f = F[i];
		const k = K[i];
		const t = T[i];
		const rr = r[i];
		const v = vol[i];
		const call = isCall[i] === 1;
		const df = Math.exp(-rr * t);
		const sqrtT = Math.sqrt(t);
		const s = v * sqrtT;
		if (!(s > 0)) {
			// Degenerate: discounted intrinsic of the forward, delta a step at K, no curvature or vol exposure.
			const itm = call ? f > k : k > f;
			const p = itm ? df * Math.abs(f - k) : 0;
			price[i] = p;
			delta[i] = itm ? (call ? df : -df) : 0;
			gamma[i] = 0;
			vega[i] = 0;
			theta[i] = t > 0 ? rr * p : 0;
			rho[i] = t > 0 ? -t * p : 0;
			continue;
		}
		const lnFK = Math.log(f / k);
		const d1 = lnFK / s + 0.5 * s;
		const d2 = d1 - s;
		// One exponential for both densities: e^{−d2²/2} = e^{−d1²/2}·F/K.
		const g1 = Math.exp(-0.5 * d1 * d1);
		const g2 = (g1 * f) / k;
		const pdf = INV_SQRT_2PI * g1;
		let p: number;
		if (call) {
			const n1 = normCdfGivenGaussian(d1, g1);
			p = df * (f * n1 - k * normCdfGivenGaussian(d2, g2));
			delta[i] = df * n1;
		} else {
			const n1 = normCdfGivenGaussian(-d1, g1);
			p = df * (k * normCdfGivenGaussian(-d2, g2) - f * n1);
			delta[i] = -df * n1;
		}
		price[i] = p;
		gamma[i] = (df * pdf) / (f * s);
		vega[i] = df * f * pdf * sqrtT;
		theta[i] = rr * p - (df * f * pdf * v) / (2 * sqrtT);
		rho[i] = -t * p;
	}
	return out;
}
