// Implied volatility for Black-76 and BSM. The price is mapped to the normalised out-of-the-money call
// b(x, s) = e^{x/2}·N(x/s + s/2) − e^{−x/2}·N(x/s − s/2), x = ln(F/K) ≤ 0, s = σ√T (an in-the-money option
// becomes its out-of-the-money twin through put–call parity). b is convex in s below its inflection point
// s_c = √(2|x|) and concave above it, so Halley's method started at s_c — on ln b below s_c, where the price can be
// tiny, and on b above — converges monotonically after at most one step; a bracket keeps every iterate inside.
import type { OptionKind } from '../types';
import { normCdf } from '../math/normal';
import { checkFinite, checkKind, checkNonNegative, checkPositive } from './validate';

const INV_SQRT_2PI = 0.3989422804014327;
const MAX_ITERATIONS = 40;

/** Normalised OTM call b(x, s) for x ≤ 0, s > 0. */
function normalisedCall(x: number, s: number): number {
	const h = x / s;
	const t = 0.5 * s;
	return Math.exp(0.5 * x) * normCdf(h + t) - Math.exp(-0.5 * x) * normCdf(h - t);
}

/**
 * Total volatility s = σ√T with b(x, s) = beta, for x ≤ 0 and 0 < beta < e^{x/2}.
 * Returns NaN only if the iteration fails to converge (never observed; the bench counts it).
 */
export function normalisedImpliedVol(x: number, beta: number): number {
	const bMax = Math.exp(0.5 * x);
	if (x === 0 && beta > 0) {
		// ATM closed form: b = 2N(s/2) − 1.
		const guess = 2 * -invNormApprox((1 - beta) / 2);
		return polish(x, beta, guess, 0, Infinity, bMax);
	}
	const sc = Math.sqrt(-2 * x);
	const bc = normalisedCall(x, sc);
	return beta < bc ? polish(x, beta, sc, 0, sc, bMax) : polish(x, beta, sc, sc, Infinity, bMax);
}

/** Rough N⁻¹ for the ATM start (Halley then polishes to full precision). */
function invNormApprox(p: number): number {
	const t = Math.sqrt(-2 * Math.log(p));
	return -(
		t -
		(2.515517 + 0.802853 * t + 0.010328 * t * t) /
			(1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
	);
}

function polish(x: number, beta: number, s0: number, lo: number, hi: number, bMax: number): number {
	const useLog = hi !== Infinity && lo === 0; // lower region: solve ln b = ln beta
	const target = useLog ? Math.log(beta) : beta;
	let s = s0;
	for (let i = 0; i < MAX_ITERATIONS; i++) {
		const h = x / s;
		const t = 0.5 * s;
		const b = Math.exp(0.5 * x) * normCdf(h + t) - Math.exp(-0.5 * x) * normCdf(h - t);
		// ∂b/∂s = φ(h + t)·e^{x/2} = e^{−(h² + t²)/2}/√(2π);  ∂²b/∂s² = ∂b/∂s·(x²/s³ − s/4).
		const vega = INV_SQRT_2PI * Math.exp(-0.5 * (h * h + t * t));
		const volga = vega * ((x * x) / (s * s * s) - 0.25 * s);
		let f: number, f1: number, f2: number;
		if (useLog) {
			if (!(b > 0)) {
				// Underflowed: s is far too low; move up inside the bracket.
				lo = s;
				s = 0.5 * (s + hi);
				continue;
			}
			f = Math.log(b) - target;
			f1 = vega / b;
			f2 = volga / b - f1 * f1;
		} else {
			f = b - target;
			f1 = vega;
			f2 = volga;
		}
		if (f > 0) hi = Math.min(hi, s);
		else lo = Math.max(lo, s);
		const newton = f / f1;
		const halley = newton / (1 - (0.5 * newton * f2) / f1);
		let next = s - (Number.isFinite(halley) ? halley : newton);
		if (next > lo && next < hi) {
			// Halley converges cubically: a step this small leaves an error far below one ulp.
			if (Math.abs(next - s) <= 1e-9 * next) return next;
		} else next = hi === Infinity ? 2 * Math.max(s, lo) : 0.5 * (lo + hi);
		s = next;
		if (b >= bMax) hi = Math.min(hi, s);
	}
	return Number.isFinite(s) ? s : NaN;
}

function boundsMessage(price: number, lower: number, upper: number): string {
	return `price ${price} is outside the no-arbitrage bounds [${lower}, ${upper})`;
}

/**
 * Black-76 implied volatility.
 * @param kind 'call' or 'put'.
 * @param price discounted option price (≥ its discounted intrinsic value, < its upper bound).
 * @param F forward (> 0). @param K strike (> 0). @param T years (> 0). @param r continuous rate per year.
 * @returns volatility as a decimal per √year (0 when the price equals the intrinsic value).
 * @throws RangeError outside the bounds max(0, e^{−rT}(F−K)) ≤ call < e^{−rT}F (puts: e^{−rT}(K−F) … e^{−rT}K).
 * @example impliedVolBlack76('put', 1.7011, 19, 19, 0.75, 0.1) // ≈ 0.28
 * @example impliedVolBlack76('call', 200, 100, 100, 1, 0) // throws RangeError: price 200 is outside the no-arbitrage bounds [0, 100)
 */
export function impliedVolBlack76(
	kind: OptionKind,
	price: number,
	F: number,
	K: number,
	T: number,
	r: number,
): number {
	checkKind(kind);
	checkNonNegative('price', price);
	checkPositive('F', F);
	checkPositive('K', K);
	checkPositive('T', T);
	checkFinite('r', r);
	const df = Math.exp(-r * T);
	const isCall = kind === 'call';
	const intrinsic = df * Math.max(isCall ? F - K : K - F, 0);
	const upper = df * (isCall ? F : K);
	if (price < intrinsic || price >= upper) throw new RangeError(boundsMessage(price, intrinsic, upper));
	if (price === intrinsic) return 0;
	return normalisedToVol(isCall, price / df, F, K, T);
}

/** Undiscounted price → vol, for inputs already inside the bounds. */
function normalisedToVol(isCall: boolean, undiscounted: number, F: number, K: number, T: number): number {
	const x = Math.log(F / K);
	// Time value of the OTM twin: an ITM call is worth its parity put plus F − K.
	const otm = (isCall ? x > 0 : x < 0) ? undiscounted - Math.abs(F - K) : undiscounted;
	const beta = otm / Math.sqrt(F * K);
	if (!(beta > 0)) return 0; // the time value rounds away: nothing left to imply
	return normalisedImpliedVol(-Math.abs(x), beta) / Math.sqrt(T);
}

/**
 * Generalized BSM implied volatility (through the forward S·e^{(r−q)T}).
 * Parameters as {@link impliedVolBlack76} with spot S and dividend yield q.
 * @example impliedVolBsm('call', 2.1334, 60, 65, 0.25, 0.08, 0) // ≈ 0.30
 */
export function impliedVolBsm(
	kind: OptionKind,
	price: number,
	S: number,
	K: number,
	T: number,
	r: number,
	q: number,
): number {
	checkPositive('S', S);
	checkFinite('q', q);
	checkPositive('T', T);
	checkFinite('r', r);
	return impliedVolBlack76(kind, price, S * Math.exp((r - q) * T), K, T, r);
}

/**
 * Batch Black-76 implied vols into `out` (NaN where the price is outside its bounds or inputs are invalid).
 * @param isCall 1 for a call, 0 for a put, per element.
 */
export function impliedVolBlack76Batch(
	isCall: Uint8Array,
	price: Float64Array,
	F: Float64Array,
	K: Float64Array,
	T: Float64Array,
	r: Float64Array,
	out: Float64Array = new Float64Array(price.length),
): Float64Array {
	for (let i = 0; i < price.length; i++) {
		const df = Math.exp(-r[i] * T[i]);
		const call = isCall[i] === 1;
		const intrinsic = df * Math.max(call ? F[i] - K[i] : K[i] - F[i], 0);
		const upper = df * (call ? F[i] : K[i]);
		const p = price[i];
		out[i] =
			p >= intrinsic && p < upper && F[i] > 0 && K[i] > 0 && T[i] > 0
				? normalisedToVol(call, p / df, F[i], K[i], T[i])
				: NaN;
	}
	return out;
}
