// The standard normal distribution in double precision: N(x) through W. J. Cody's rational Chebyshev
// approximations of erf/erfc (Math. Comp. 1969; CALERF, 1993), the density, and the inverse N⁻¹(p) (Acklam's
// rational start refined by one Halley step on the accurate N, which brings it to full double precision).
import { ERF_SMALL_LIMIT, erfcScaled, erfSmall } from './erf';

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327;
const SQRT_2PI = 2.5066282746310002;
/**
 * e^{−x²/2} without the rounding error of squaring x: split x on a 1/16 grid so hi² is exact (CALERF's trick, done
 * in x rather than in y = x/√2, because rounding y alone would cost ~|x|²·1e-16 relative accuracy in the tail).
 */
function expMinusHalfSquare(x: number): number {
	const hi = Math.trunc(x * 16) / 16;
	const del = (x - hi) * (x + hi);
	return Math.exp(-0.5 * hi * hi) * Math.exp(-0.5 * del);
}

/**
 * Standard normal cumulative distribution N(x).
 * Absolute error ≤ 2e-16 everywhere; relative error ≈ 1e-15 in the left tail down to the underflow near x = −38.5.
 * @param x any real number (NaN gives NaN).
 * @example normCdf(0) // 0.5
 * @example normCdf(-10) // 7.619853024160527e-24
 */
export function normCdf(x: number): number {
	if (Math.abs(x) > 40) return x > 0 ? 1 : 0; // beyond double range (and keeps ±∞ out of the split below)
	return normCdfGivenGaussian(x, expMinusHalfSquare(Math.abs(x)));
}

/**
 * N(x) when e^{−x²/2} is already known — hot loops get it from a shared exponential (e.g. n(d2) = n(d1)·F/K).
 * Accurate to the accuracy of the `gaussian` passed in (plain Math.exp(−x²/2) costs relative ≈ x²·1e-16 in the tail).
 * @param x any real number. @param gaussian e^{−x²/2}.
 */
export function normCdfGivenGaussian(x: number, gaussian: number): number {
	const y = -x * SQRT1_2; // N(x) = ½·erfc(−x/√2)
	if (Math.abs(y) <= ERF_SMALL_LIMIT) return 0.5 - 0.5 * erfSmall(y);
	const tail = 0.5 * gaussian * erfcScaled(Math.abs(y));
	return y > 0 ? tail : 1 - tail;
}

/**
 * Standard normal density n(x) = e^{−x²/2}/√(2π).
 * @param x any real number.
 */
export function normPdf(x: number): number {
	return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

// Acklam's rational approximation to N⁻¹ (relative error 1.15e-9), refined below.
const a1 = -39.69683028665376,
	a2 = 220.9460984245205,
	a3 = -275.9285104469687,
	a4 = 138.357751867269,
	a5 = -30.66479806614716,
	a6 = 2.506628277459239;
const b1 = -54.47609879822406,
	b2 = 161.5858368580409,
	b3 = -155.6989798598866,
	b4 = 66.80131188771972,
	b5 = -13.28068155288572;
const c1 = -0.007784894002430293,
	c2 = -0.3223964580411365,
	c3 = -2.400758277161838,
	c4 = -2.549732539343734,
	c5 = 4.374664141464968,
	c6 = 2.938163982698783;
const d1 = 0.007784695709041462,
	d2 = 0.3224671290700398,
	d3 = 2.445134137142996,
	d4 = 3.754408661907416;
const P_LOW = 0.02425;

/**
 * Acklam's rational approximation to N⁻¹(p) alone, relative error ≤ 1.15e-9, for starting values that an
 * iteration polishes anyway (half the cost of {@link normInv}). No checks.
 * @param p probability in (0, ½].
 * @example normInvRough(0.025) // −1.9599639… (N⁻¹(0.025) = −1.959963984540054)
 */
export function normInvRough(p: number): number {
	return acklam(p);
}

function acklam(p: number): number {
	if (p < P_LOW) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (
			(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) /
			((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
		);
	}
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q) /
		(((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1)
	);
}

/**
 * Inverse of the standard normal distribution, N⁻¹(p), to about 1e-15 relative.
 * @param p probability in [0, 1]; 0 → −∞ and 1 → +∞.
 * @throws RangeError when p is outside [0, 1] or NaN.
 * @example normInv(0.975) // 1.959963984540054
 * @example normInv(1.5) // throws RangeError: p must be in [0, 1] (got 1.5)
 */
export function normInv(p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1] (got ${p})`);
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	// Work in the lower half, where 1 − p is exact for p ≥ ½ and N(x) is accurate relative to p.
	if (p > 0.5) return -normInv(1 - p);
	let x = acklam(p);
	// One Halley step on N(x) − p (Acklam 2003): cubic convergence from 1e-9 gives full precision.
	const e = normCdf(x) - p;
	// (N(x) − p)/n(x); below x ≈ −37.6 e^{x²/2} overflows while e is subnormal, so take the product in logs.
	const u =
		x > -37
			? e * SQRT_2PI * Math.exp(0.5 * x * x)
			: e === 0
				? 0
				: Math.sign(e) * SQRT_2PI * Math.exp(Math.log(Math.abs(e)) + 0.5 * x * x);
	x -= u / (1 + 0.5 * x * u);
	return x;
}
