// Delbourgo–Gregory rational cubic interpolation (IMA J. Numer. Anal. 5, 1985) with the shape-preserving choice
// of its control parameter, as used by Jäckel ("Let's Be Rational", 2015) to build implied-vol initial guesses:
// between two points with given slopes, r = 3 is the cubic Hermite interpolant, and larger r pulls the curve
// towards the chord, which keeps it monotone and convex where the data are.

const EPSILON = 2.220446049250313e-16;
/** Below −1 the denominator can vanish; this is the smallest r allowed. */
export const RATIONAL_CUBIC_MIN_R = -(1 - Math.sqrt(EPSILON));
/** At or above this r the interpolant is taken as the straight chord. */
export const RATIONAL_CUBIC_MAX_R = 2 / (EPSILON * EPSILON);

/**
 * The rational cubic through (xl, yl) and (xr, yr) with slopes dl and dr, at x.
 * @param r control parameter (> −1; 3 gives the cubic Hermite interpolant).
 * @example rationalCubic(0.5, 0, 1, 0, 1, 1, 1, 3) // 0.5 (a straight line stays straight)
 */
export function rationalCubic(
	x: number,
	xl: number,
	xr: number,
	yl: number,
	yr: number,
	dl: number,
	dr: number,
	r: number,
): number {
	const h = xr - xl;
	if (!(Math.abs(h) > 0)) return 0.5 * (yl + yr);
	const t = (x - xl) / h;
	if (r >= RATIONAL_CUBIC_MAX_R) return yr * t + yl * (1 - t);
	const u = 1 - t;
	return (
		(yr * t * t * t + (r * yr - h * dr) * t * t * u + (r * yl + h * dl) * t * u * u + yl * u * u * u) /
		(1 + (r - 3) * t * u)
	);
}

/**
 * The smallest r keeping the interpolant monotone and convex (or concave) when the data are (Delbourgo–Gregory
 * (3.8) and (3.18)). `preferShape` forces the chord where a shape-preserving r would otherwise be undefined.
 */
function minimumR(dl: number, dr: number, slope: number, preferShape: boolean): number {
	const monotonic = dl * slope >= 0 && dr * slope >= 0;
	const convex = dl <= slope && slope <= dr;
	const concave = dl >= slope && slope >= dr;
	if (!monotonic && !convex && !concave) return RATIONAL_CUBIC_MIN_R;
	let r1 = -Number.MAX_VALUE;
	let r2 = -Number.MAX_VALUE;
	if (monotonic) {
		if (slope !== 0) r1 = (dr + dl) / slope;
		else if (preferShape) r1 = RATIONAL_CUBIC_MAX_R;
	}
	if (convex || concave) {
		const left = slope - dl;
		const right = dr - slope;
		if (left !== 0 && right !== 0) r2 = Math.max(Math.abs((dr - dl) / right), Math.abs((dr - dl) / left));
		else if (preferShape) r2 = RATIONAL_CUBIC_MAX_R;
	} else if (monotonic && preferShape) r2 = RATIONAL_CUBIC_MAX_R;
	return Math.max(RATIONAL_CUBIC_MIN_R, r1, r2);
}

/** r that matches a given second derivative at one end, raised to the shape-preserving minimum. */
function fitR(numerator: number, denominator: number, minR: number): number {
	let r: number;
	if (numerator === 0) r = 0;
	else if (denominator === 0) r = numerator > 0 ? RATIONAL_CUBIC_MAX_R : RATIONAL_CUBIC_MIN_R;
	else r = numerator / denominator;
	return Math.max(r, minR);
}

/**
 * Control parameter matching the second derivative d2l at the left end, kept shape-preserving.
 * @example rationalCubicRFitLeft(0, 1, 0, 1, 0.5, 1.5, 1, false) // 3: the cubic Hermite already has y″(0) = 1
 */
export function rationalCubicRFitLeft(
	xl: number,
	xr: number,
	yl: number,
	yr: number,
	dl: number,
	dr: number,
	d2l: number,
	preferShape: boolean,
): number {
	const h = xr - xl;
	const slope = (yr - yl) / h;
	return fitR(0.5 * h * d2l + (dr - dl), slope - dl, minimumR(dl, dr, slope, preferShape));
}

/** Control parameter matching the second derivative d2r at the right end, kept shape-preserving. */
export function rationalCubicRFitRight(
	xl: number,
	xr: number,
	yl: number,
	yr: number,
	dl: number,
	dr: number,
	d2r: number,
	preferShape: boolean,
): number {
	const h = xr - xl;
	const slope = (yr - yl) / h;
	return fitR(0.5 * h * d2r + (dr - dl), dr - slope, minimumR(dl, dr, slope, preferShape));
}
