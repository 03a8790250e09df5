// The normalised out-of-the-money Black call b(x, s) = e^{x/2}·N(x/s + s/2) − e^{−x/2}·N(x/s − s/2) (x = ln(F/K) ≤ 0,
// s = σ√T), with its vega, its logarithm and its complement, and the two asymptotic maps the implied-vol solver
// (normalisedImpliedVol.ts) takes its initial guesses from. Each evaluation costs at most one exponential (see the
// solver's header), and leaves its derivatives in `last` for the solver to read.
import { ERF_SMALL_LIMIT, erfcScaled, erfSmall } from '../math/erf';
import { normCdfGivenGaussian, normInvRough } from '../math/normal';

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327;
const SQRT3 = 1.7320508075688772;
const TWO_PI = 6.283185307179586;
const TWO_PI_OVER_SQRT27 = 1.2091995761561452;
const PI_OVER_6 = 0.5235987755982988;
const SQRT_PI_OVER_2 = 1.2533141373155003;

/**
 * Results of the last evaluation beyond the return value, in one shared object so the solver's hot loop allocates
 * nothing: `vega` = ∂b/∂s; `logSlope` = ∂(ln b)/∂s, from {@link logNormalisedCall}; `mapSlope` and `mapCurvature`,
 * the outer maps' first and second derivatives with respect to β, from {@link lowerMap} and {@link upperMap}.
 */
export const last = { vega: 0, logSlope: 0, mapSlope: 0, mapCurvature: 0 };

/**
 * b(x, s) for x ≤ 0 and s > 0, accurate relative to b itself in the lower tail; sets `last.vega`.
 * @param ehx e^{x/2}. @param emhx e^{−x/2}.
 */
export function normalisedCallAndVega(x: number, s: number, ehx: number, emhx: number): number {
	const h = x / s;
	const t = 0.5 * s;
	// N(u) = ½·erfc(−u/√2): y1, y2 are the erfc arguments of u1 = h + t and u2 = h − t (y2 ≥ 0 since x ≤ 0).
	const y1 = -(h + t) * SQRT1_2;
	const y2 = (t - h) * SQRT1_2;
	// e^{x/2}·e^{−y1²} = e^{−x/2}·e^{−y2²} = e^{−(h² + t²)/2}: no cancellation in the exponent.
	const g = Math.exp(-0.5 * (h * h + t * t));
	last.vega = g * INV_SQRT_2PI;
	// 2·e^{x/2}·N(u1)
	let p1: number;
	if (y1 >= ERF_SMALL_LIMIT) p1 = g * erfcScaled(y1);
	else if (y1 > -ERF_SMALL_LIMIT) p1 = ehx * (1 - erfSmall(y1));
	else p1 = 2 * ehx - g * erfcScaled(-y1);
	// 2·e^{−x/2}·N(u2)
	const p2 = y2 >= ERF_SMALL_LIMIT ? g * erfcScaled(y2) : emhx * (1 - erfSmall(y2));
	return 0.5 * (p1 - p2);
}

/**
 * ln b(x, s), finite even where b itself would underflow; sets {@link last.logSlope}. In Cody's tail form
 * b = ½·e^{−(h² + t²)/2}·[erfcx(y1) − erfcx(y2)], so ln b needs a logarithm but no exponential.
 */
export function logNormalisedCall(x: number, s: number, ehx: number, emhx: number): number {
	const h = x / s;
	const t = 0.5 * s;
	const y1 = -(h + t) * SQRT1_2;
	if (y1 >= ERF_SMALL_LIMIT) {
		const half = 0.5 * (erfcScaled(y1) - erfcScaled((t - h) * SQRT1_2));
		last.logSlope = INV_SQRT_2PI / half;
		return Math.log(half) - 0.5 * (h * h + t * t);
	}
	const b = normalisedCallAndVega(x, s, ehx, emhx);
	last.logSlope = last.vega / b;
	return Math.log(b);
}

/**
 * e^{x/2} − b(x, s), without the cancellation of subtracting b when b is close to its supremum e^{x/2}: it is
 * e^{x/2}·N(−u1) + e^{−x/2}·N(u2). Sets `last.vega`.
 */
export function normalisedCallComplement(x: number, s: number, ehx: number, emhx: number): number {
	const h = x / s;
	const t = 0.5 * s;
	const y1 = -(h + t) * SQRT1_2;
	const y2 = (t - h) * SQRT1_2;
	const g = Math.exp(-0.5 * (h * h + t * t));
	last.vega = g * INV_SQRT_2PI;
	// 2·e^{x/2}·N(−u1) = e^{x/2}·erfc(−y1)
	let q1: number;
	if (y1 <= -ERF_SMALL_LIMIT) q1 = g * erfcScaled(-y1);
	else if (y1 < ERF_SMALL_LIMIT) q1 = ehx * (1 + erfSmall(y1));
	else q1 = 2 * ehx - g * erfcScaled(y1);
	const q2 = y2 >= ERF_SMALL_LIMIT ? g * erfcScaled(y2) : emhx * (1 - erfSmall(y2));
	return 0.5 * (q1 + q2);
}

/**
 * b(x, s) = e^{x/2}·N(x/s + s/2) − e^{−x/2}·N(x/s − s/2): the normalised out-of-the-money Black call.
 * @param x ln(F/K) ≤ 0 (not checked). @param s total volatility σ√T > 0 (not checked).
 * @example normalisedCall(0, 0.2) // 0.07965567455405798 = 2N(0.1) − 1
 */
export function normalisedCall(x: number, s: number): number {
	return normalisedCallAndVega(x, s, Math.exp(0.5 * x), Math.exp(-0.5 * x));
}

/**
 * The lower map f(s) = 2π|x|/√27·N(−|x|/(√3·s))³, which matches b's asymptote as s → 0 and inverts in closed
 * form; returns f and sets `last.mapSlope` = df/dβ, `last.mapCurvature` = d²f/dβ² (β = b(x, s)).
 */
export function lowerMap(x: number, s: number): number {
	const ax = -x;
	const z = ax / (SQRT3 * s);
	const y = z * z;
	const s2 = s * s;
	// One exponential serves N(−z) and n(z); the guess only needs a few digits, so plain e^{−z²/2} will do.
	const gaussian = Math.exp(-0.5 * y);
	const big = normCdfGivenGaussian(-z, gaussian);
	const small = INV_SQRT_2PI * gaussian;
	const e = Math.exp(y + 0.125 * s2);
	last.mapSlope = TWO_PI * y * big * big * e;
	last.mapCurvature =
		((PI_OVER_6 * y) / (s2 * s)) *
		big *
		(8 * SQRT3 * s * ax + ((3 * s2 * (s2 - 8) - 8 * x * x) * big) / small) *
		e *
		e;
	return TWO_PI_OVER_SQRT27 * ax * big * big * big;
}

export function inverseLowerMap(x: number, f: number): number {
	return -x / (SQRT3 * -normInvRough(Math.cbrt(f / (TWO_PI_OVER_SQRT27 * -x))));
}

/**
 * The upper map f(s) = N(−s/2), b's asymptote as s → ∞ (e^{x/2} − b → (e^{x/2} + e^{−x/2})·N(−s/2));
 * returns f and sets `last.mapSlope`, `last.mapCurvature` (derivatives with respect to β).
 */
export function upperMap(x: number, s: number): number {
	const w = (x / s) * (x / s);
	last.mapSlope = -0.5 * Math.exp(0.5 * w);
	last.mapCurvature = (SQRT_PI_OVER_2 * Math.exp(w + 0.125 * s * s) * w) / s;
	return normCdfGivenGaussian(-0.5 * s, Math.exp(-0.125 * s * s));
}
