// W. J. Cody's rational Chebyshev approximations of erf and erfc (Math. Comp. 23, 1969; CALERF, ACM TOMS 19,
// 1993), as two pieces that callers combine with their own Gaussian factor: erf on |y| ≤ 0.46875, and the scaled
// complement e^{y²}·erfc(y) above it. Keeping e^{−y²} outside lets a caller share one exponential between several
// evaluations (N(d1) and N(d2) in Black-76, or the price and its vega in the implied-vol solver).

/** Below this |y| use {@link erfSmall}; above it {@link erfcScaled}. */
export const ERF_SMALL_LIMIT = 0.46875;

const SQRT_PI_INV = 0.5641895835477563;

// erf on |y| ≤ 0.46875.
const A0 = 3.1611237438705655,
	A1 = 113.86415415105016,
	A2 = 377.485237685302,
	A3 = 3209.3775891384694,
	A4 = 0.18577770618460315;
const B0 = 23.601290952344122,
	B1 = 244.02463793444417,
	B2 = 1282.6165260773723,
	B3 = 2844.2368334391704;
// e^{y²}·erfc(y) on 0.46875 < y ≤ 4.
const C0 = 0.5641884969886701,
	C1 = 8.883149794388377,
	C2 = 66.11919063714163,
	C3 = 298.6351381974001,
	C4 = 881.952221241769,
	C5 = 1712.0476126340707,
	C6 = 2051.0783778260716,
	C7 = 1230.3393547979972,
	C8 = 2.1531153547440383e-8;
const D0 = 15.744926110709835,
	D1 = 117.6939508913125,
	D2 = 537.1811018620099,
	D3 = 1621.3895745666903,
	D4 = 3290.7992357334597,
	D5 = 4362.619090143247,
	D6 = 3439.3676741437216,
	D7 = 1230.3393548037495;
// Asymptotic form for y > 4, in z = 1/y².
const P0 = 0.30532663496123236,
	P1 = 0.36034489994980445,
	P2 = 0.12578172611122926,
	P3 = 0.016083785148742275,
	P4 = 0.0006587491615298378,
	P5 = 0.016315387137302097;
const Q0 = 2.568520192289822,
	Q1 = 1.8729528499234604,
	Q2 = 0.5279051029514285,
	Q3 = 0.06051834131244132,
	Q4 = 0.0023352049762686918;

/**
 * erf(y) for |y| ≤ 0.46875, to about one ulp.
 * @param y dimensionless, |y| ≤ {@link ERF_SMALL_LIMIT} (not checked: outside it the result is inaccurate).
 * @example erfSmall(0.25) // 0.2763263901682369
 */
export function erfSmall(y: number): number {
	const z = y * y;
	let num = A4 * z;
	let den = z;
	num = (num + A0) * z;
	den = (den + B0) * z;
	num = (num + A1) * z;
	den = (den + B1) * z;
	num = (num + A2) * z;
	den = (den + B2) * z;
	return (y * (num + A3)) / (den + B3);
}

/**
 * The scaled complementary error function e^{y²}·erfc(y) for y ≥ 0.46875, to about one ulp; multiply by
 * e^{−y²} for erfc(y). Tends to 1/(y√π) as y → ∞ (Infinity gives 0).
 * @param y dimensionless, y ≥ {@link ERF_SMALL_LIMIT} (not checked: below it the result is inaccurate).
 * @example erfcScaled(1) * Math.exp(-1) // 0.15729920705028513 = erfc(1)
 */
export function erfcScaled(y: number): number {
	if (y <= 4) {
		// Estrin's scheme: the same polynomials with a dependency chain half as long as Horner's, which is what
		// bounds the implied-vol iteration. Every coefficient and y are positive, so no cancellation either way.
		const y2 = y * y;
		const y4 = y2 * y2;
		const num = C7 + C6 * y + y2 * (C5 + C4 * y) + y4 * (C3 + C2 * y + y2 * (C1 + C0 * y) + y4 * C8);
		const den = D7 + D6 * y + y2 * (D5 + D4 * y) + y4 * (D3 + D2 * y + y2 * (D1 + D0 * y) + y4);
		return num / den;
	}
	const z = 1 / (y * y);
	let num = P5 * z;
	let den = z;
	num = (num + P0) * z;
	den = (den + Q0) * z;
	num = (num + P1) * z;
	den = (den + Q1) * z;
	num = (num + P2) * z;
	den = (den + Q2) * z;
	num = (num + P3) * z;
	den = (den + Q3) * z;
	return (SQRT_PI_INV - (z * (num + P4)) / (den + Q4)) / y;
}
