// The implied-volatility core in normalised units: the out-of-the-money Black call per unit of √(F·K),
//   b(x, s) = e^{x/2}·N(x/s + s/2) − e^{−x/2}·N(x/s − s/2),   x = ln(F/K) ≤ 0,  s = σ√T,
// and its inverse in s. Every price maps here (an in-the-money option becomes its out-of-the-money twin through
// put–call parity, and a put with x > 0 is the call with x → −x), so one solver covers all options.
//
// The method is the structure of Jäckel's "Let's Be Rational" (Wilmott, January 2015), written afresh: b is
// increasing in s, convex below its inflection point s_c = √(2|x|) and concave above it. The tangents at s_c cut
// the price axis into four branches; in each, an initial guess comes from a rational cubic interpolation (of s
// itself in the two middle branches, of an asymptotic map f(β) that is inverted in closed form in the two outer
// ones), good to a few per cent. Then a third-order Householder iteration on an objective that is nearly linear
// in that branch — 1/ln b in the lowest, b in the middle, ln(b_max − b) in the highest — converges with order 4,
// inside a bracket that only ever shrinks (with Halley, Newton or bisection whenever a step would leave it).
//
// Each evaluation costs at most one exponential: e^{x/2}·n(x/s + s/2) = e^{−x/2}·n(x/s − s/2) = e^{−(h² + t²)/2}/√(2π)
// (h = x/s, t = s/2) is at once the vega ∂b/∂s and the Gaussian factor of both N terms, since Cody's erfc is
// e^{−y²} times a rational function; and every higher derivative is the vega times a polynomial in x and 1/s.
import { normInvRough } from '../math/normal';
import { rationalCubic, rationalCubicRFitLeft, rationalCubicRFitRight } from '../math/rationalCubic';
import {
	last,
	normalisedCallAndVega,
	logNormalisedCall,
	normalisedCallComplement,
	lowerMap,
	inverseLowerMap,
	upperMap,
} from './normalisedCall';

const SQRT_2PI = 2.5066282746310002;
const MAX_ITERATIONS = 50;
/**
 * The iteration converges with order 4: once Newton's step (the distance to the root, to first order) is below
 * this, relative to s, the error left after the step is of order its fourth power, far below one ulp, so the step
 * is taken without another evaluation.
 */
const CONVERGED_STEP = 1e-5;

/**
 * Total volatility s = σ√T with b(x, s) = beta. No argument checks (callers map prices here after checking them).
 * @param x ln(F/K), ≤ 0.
 * @param beta normalised out-of-the-money price, 0 < beta < e^{x/2} (the price of the option as vol → ∞).
 * @returns s ≥ 0 (0 when beta ≤ 0); NaN when beta ≥ e^{x/2}, or if the iteration failed to converge (never seen
 *   in the tests or the bench, which count it).
 * @example normalisedImpliedVol(0, 0.07965567455405798) // 0.2
 * @example normalisedImpliedVol(-1, 0.7) // NaN: no price reaches e^{−1/2} ≈ 0.607
 */
export function normalisedImpliedVol(x: number, beta: number): number {
	return solveNormalised(x, beta, Math.exp(0.5 * x));
}

/** Objectives of the iteration, one per branch (see the module header). */
const INVERSE_LOG = 0;
const LINEAR = 1;
const LOG_COMPLEMENT = 2;

/** {@link normalisedImpliedVol} given e^{x/2} (callers with F and K have it as √(F/K) without an exponential). */
export function solveNormalised(x: number, beta: number, ehx: number): number {
	if (!(beta > 0)) return 0;
	if (!(beta < ehx)) return NaN;
	const emhx = 1 / ehx;
	if (x === 0) {
		// At the money b = 2N(s/2) − 1 inverts in closed form; the inverse's rounding near p = ½ is then polished.
		const s0 = -2 * normInvRough(0.5 - 0.5 * beta);
		return iterate(x, beta, s0 > 0 ? s0 : SQRT_2PI * beta, 0, Infinity, LINEAR, ehx, emhx);
	}
	const sc = Math.sqrt(-2 * x);
	const bc = normalisedCallAndVega(x, sc, ehx, emhx);
	const vc = last.vega;
	if (beta < bc) {
		const sl = sc - bc / vc;
		const bl = normalisedCallAndVega(x, sl, ehx, emhx);
		if (beta < bl) {
			const fl = lowerMap(x, sl);
			const r = rationalCubicRFitRight(0, bl, 0, fl, 1, last.mapSlope, last.mapCurvature, true);
			let f = rationalCubic(beta, 0, bl, 0, fl, 1, last.mapSlope, r);
			if (!(f > 0)) {
				// Round-off at extreme |x|: quadratic through f(0) = 0, f′(0) = 1 and f(b_l).
				const t = beta / bl;
				f = (fl * t + bl * (1 - t)) * t;
			}
			return iterate(x, beta, inverseLowerMap(x, f), 0, sl, INVERSE_LOG, ehx, emhx);
		}
		const vl = last.vega;
		const r = rationalCubicRFitRight(bl, bc, sl, sc, 1 / vl, 1 / vc, 0, false);
		return iterate(
			x,
			beta,
			rationalCubic(beta, bl, bc, sl, sc, 1 / vl, 1 / vc, r),
			sl,
			sc,
			LINEAR,
			ehx,
			emhx,
		);
	}
	const sh = vc > Number.MIN_VALUE ? sc + (ehx - bc) / vc : sc;
	const bh = normalisedCallAndVega(x, sh, ehx, emhx);
	if (beta <= bh) {
		const vh = last.vega;
		const r = rationalCubicRFitLeft(bc, bh, sc, sh, 1 / vc, 1 / vh, 0, false);
		return iterate(
			x,
			beta,
			rationalCubic(beta, bc, bh, sc, sh, 1 / vc, 1 / vh, r),
			sc,
			sh,
			LINEAR,
			ehx,
			emhx,
		);
	}
	const fh = upperMap(x, sh);
	let f = 0;
	if (Number.isFinite(last.mapCurvature)) {
		const r = rationalCubicRFitLeft(bh, ehx, fh, 0, last.mapSlope, -0.5, last.mapCurvature, true);
		f = rationalCubic(beta, bh, ehx, fh, 0, last.mapSlope, -0.5, r);
	}
	if (!(f > 0)) {
		// Quadratic through f(b_h), f(b_max) = 0 and f′(b_max) = −½.
		const h = ehx - bh;
		const t = (beta - bh) / h;
		f = (fh * (1 - t) + 0.5 * h * t) * (1 - t);
	}
	return iterate(
		x,
		beta,
		-2 * normInvRough(f),
		sh,
		Infinity,
		beta > 0.5 * ehx ? LOG_COMPLEMENT : LINEAR,
		ehx,
		emhx,
	);
}

/**
 * Safeguarded third-order Householder iteration for b(x, s) = beta from s inside [lo, hi], on the given objective.
 */
function iterate(
	x: number,
	beta: number,
	s: number,
	lo: number,
	hi: number,
	objective: number,
	ehx: number,
	emhx: number,
): number {
	const x2 = x * x;
	const logBeta = objective === INVERSE_LOG ? Math.log(beta) : 0;
	const logComplementBeta = objective === LOG_COMPLEMENT ? Math.log(ehx - beta) : 0;
	if (!(s > lo && s < hi)) s = hi === Infinity ? Math.max(2 * lo, lo + 1) : 0.5 * (lo + hi);
	for (let i = 0; i < MAX_ITERATIONS; i++) {
		// With b″ = b′·a and b‴ = b′·a3, a = x²/s³ − s/4 and a3 = a² − 3x²/s⁴ − 1/4.
		const invS = 1 / s;
		const invS2 = invS * invS;
		const a = x2 * invS2 * invS - 0.25 * s;
		const a3 = a * a - 3 * x2 * invS2 * invS2 - 0.25;
		// newton = −g/g′, halley = g″/g′, hh3 = g‴/g′ for the objective g; above = whether b(s) > beta.
		let newton: number, halley: number, hh3: number, above: boolean;
		if (objective === INVERSE_LOG) {
			// g = 1/ln b − 1/ln beta, with q = (ln b)′.
			const logB = logNormalisedCall(x, s, ehx, emhx);
			const q = last.logSlope;
			above = logB > logBeta;
			if (logB === logBeta) return s;
			const c = 1 + 2 / logB;
			newton = ((logBeta - logB) * logB) / logBeta / q;
			halley = a - q * c;
			hh3 = a3 + 2 * q * q * (1 + (3 / logB) * (1 + 1 / logB)) - 3 * a * q * c;
		} else if (objective === LINEAR) {
			const g = normalisedCallAndVega(x, s, ehx, emhx) - beta;
			if (g === 0) return s;
			above = g > 0;
			newton = -g / last.vega;
			halley = a;
			hh3 = a3;
		} else {
			// g = ln(b_max − beta) − ln(b_max − b), with p = g′ = b′/(b_max − b).
			const complement = normalisedCallComplement(x, s, ehx, emhx);
			const g = logComplementBeta - Math.log(complement);
			if (g === 0) return s;
			above = g > 0;
			const p = last.vega / complement;
			newton = -g / p;
			halley = a + p;
			hh3 = a3 + p * (2 * p + 3 * a);
		}
		if (above) hi = s;
		else lo = s;
		if (Math.abs(newton) <= CONVERGED_STEP * s) {
			// Converged: take the last step (it may be below the bracket's resolution, so no bracket test).
			const factor = householderFactor(newton, halley, hh3);
			return s + newton * (factor >= 0.5 && factor <= 2 ? factor : 1);
		}
		s = safeguardedStep(s, newton, halley, hh3, lo, hi);
	}
	return NaN;
}

/**
 * One step inside (lo, hi) from s: Householder's third-order step, else Halley's, else Newton's, whichever first
 * stays strictly inside with a correction factor within [½, 2] of Newton's step (far from the root the
 * corrections can shrink the step to nothing or flip it); else bisection, or doubling while open above.
 */
function safeguardedStep(
	s: number,
	newton: number,
	halley: number,
	hh3: number,
	lo: number,
	hi: number,
): number {
	const fHh3 = householderFactor(newton, halley, hh3);
	let next = s + newton * fHh3;
	if (fHh3 >= 0.5 && fHh3 <= 2 && next > lo && next < hi) return next;
	const fHalley = 1 / (1 + 0.5 * halley * newton);
	next = s + newton * fHalley;
	if (fHalley >= 0.5 && fHalley <= 2 && next > lo && next < hi) return next;
	next = s + newton;
	if (next > lo && next < hi) return next;
	return hi === Infinity ? 2 * Math.max(s, lo) : 0.5 * (lo + hi);
}

/** Householder's third-order step as a multiple of Newton's. */
function householderFactor(newton: number, halley: number, hh3: number): number {
	return (1 + 0.5 * halley * newton) / (1 + newton * (halley + (hh3 * newton) / 6));
}
