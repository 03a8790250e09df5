// Batch Black-76 / BSM pricing over typed arrays for hot loops (payoff grids, Monte Carlo marking, the bench).
// No checks and no allocation per element: callers validate inputs first (an invalid element yields NaN, which
// callers must never pass on to the UI).
// Speed comes from two things. N(x) is the table-driven normCdfFast (no exponential, no data-dependent branch;
// absolute accuracy is all a price needs). And the logarithms run in their own pass over a block of BLOCK
// elements: one long dependent chain per element (log → d1 → N → price) keeps the CPU from overlapping
// elements, while a pass of independent logs, a pass of independent exponentials, then a pass of the rest, lets
// it work on several at once.
import { normCdfFast } from '../math/normCdfFast';
import { normCdfGivenGaussian } from '../math/normal';

const INV_SQRT_2PI = 0.3989422804014327;
const BLOCK = 512;
// Per-element scratch for the current block: allocated once, and never aliases a caller's array.
const D1 = new Float64Array(BLOCK);
const DISCOUNT = new Float64Array(BLOCK);
const DIVIDEND_DISCOUNT = new Float64Array(BLOCK);

/**
 * Black-76 prices into `out`: agrees with black76Price to ≤ 1e-11 absolute (about one ulp of N times F or K).
 * @param isCall 1 = call, 0 = put, per element.
 * @param F forwards (> 0). @param K strikes (> 0). @param T years (≥ 0; 0 gives the intrinsic value).
 * @param r continuous rates per year. @param vol vols, decimal per √year (≥ 0).
 * @param out destination (allocated when omitted), length ≥ F.length; it may be one of the inputs.
 * @returns `out`, discounted prices in the units of F. Invalid elements (F or K < 0, T or vol < 0, NaN) give NaN:
 *   no element is checked, so callers validate first (a NaN must never reach the screen).
 * @example black76PriceBatch(Uint8Array.of(0), Float64Array.of(19), Float64Array.of(19), Float64Array.of(0.75),
 *   Float64Array.of(0.1), Float64Array.of(0.28)) // Float64Array [1.7011]
 * @example black76PriceBatch(Uint8Array.of(1), Float64Array.of(-1), Float64Array.of(100), Float64Array.of(1),
 *   Float64Array.of(0), Float64Array.of(0.2)) // Float64Array [NaN]: validate first
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
	for (let start = 0; start < n; start += BLOCK) {
		const end = Math.min(n, start + BLOCK);
		for (let i = start; i < end; i++) {
			const s = vol[i] * Math.sqrt(T[i]);
			D1[i - start] = Math.log(F[i] / K[i]) / s + 0.5 * s;
		}
		for (let i = start; i < end; i++) DISCOUNT[i - start] = Math.exp(-r[i] * T[i]);
		for (let i = start; i < end; i++) {
			const f = F[i];
			const k = K[i];
			const df = DISCOUNT[i - start];
			const s = vol[i] * Math.sqrt(T[i]);
			const w = 2 * isCall[i] - 1; // +1 call, −1 put: w·[F·N(w·d1) − K·N(w·d2)]
			if (s > 0) {
				const d1 = D1[i - start];
				out[i] = Math.max(0, w * df * (f * normCdfFast(w * d1) - k * normCdfFast(w * (d1 - s))));
			} else {
				// s = 0 is expiry or zero vol; NaN or negative s is an invalid T or vol.
				const intrinsic = w * (f - k);
				out[i] = s === 0 && f > 0 && k > 0 ? (intrinsic > 0 ? df * intrinsic : 0) : NaN;
			}
		}
	}
	return out;
}

/**
 * Generalized BSM prices into `out`, Black-76 on the forward S·e^{(r−q)T}: agrees with bsmPrice to ≤ 1e-11.
 * @param S spots (> 0). @param q continuous dividend yields per year. Others as {@link black76PriceBatch}.
 * @example bsmPriceBatch(Uint8Array.of(1), Float64Array.of(60), Float64Array.of(65), Float64Array.of(0.25),
 *   Float64Array.of(0.08), Float64Array.of(0), Float64Array.of(0.3)) // Float64Array [2.1334]
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
	for (let start = 0; start < n; start += BLOCK) {
		const end = Math.min(n, start + BLOCK);
		for (let i = start; i < end; i++) {
			const t = T[i];
			const s = vol[i] * Math.sqrt(t);
			// ln(F/K) = ln(S/K) + (r − q)T: the forward itself is only needed on the degenerate path.
			D1[i - start] = (Math.log(S[i] / K[i]) + (r[i] - q[i]) * t) / s + 0.5 * s;
		}
		for (let i = start; i < end; i++) {
			DISCOUNT[i - start] = Math.exp(-r[i] * T[i]);
			DIVIDEND_DISCOUNT[i - start] = Math.exp(-q[i] * T[i]);
		}
		for (let i = start; i < end; i++) {
			const k = K[i];
			const t = T[i];
			const df = DISCOUNT[i - start];
			const s = vol[i] * Math.sqrt(t);
			const w = 2 * isCall[i] - 1;
			if (s > 0) {
				// e^{−rT}·F = S·e^{−qT}.
				const d1 = D1[i - start];
				const sq = S[i] * DIVIDEND_DISCOUNT[i - start];
				out[i] = Math.max(0, w * (sq * normCdfFast(w * d1) - k * df * normCdfFast(w * (d1 - s))));
			} else {
				const f = S[i] * Math.exp((r[i] - q[i]) * t);
				const intrinsic = w * (f - k);
				out[i] = s === 0 && f > 0 && k > 0 ? (intrinsic > 0 ? df * intrinsic : 0) : NaN;
			}
		}
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
			price[i] = p > 0 ? p : 0; // rounding noise far out of the money
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
		price[i] = p > 0 ? p : 0; // rounding noise far out of the money
		gamma[i] = (df * pdf) / (f * s);
		vega[i] = df * f * pdf * sqrtT;
		theta[i] = rr * p - (df * f * pdf * v) / (2 * sqrtT);
		rho[i] = -t * p;
	}
	return out;
}
