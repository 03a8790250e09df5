// Implied volatility for Black-76 and BSM: argument and no-arbitrage checks, then the price maps to the
// normalised out-of-the-money call solved by normalisedImpliedVol (see that module for the method).
import type { OptionKind } from '../types';
import { solveNormalised } from './normalisedImpliedVol';
import { checkFinite, checkKind, checkNonNegative, checkPositive } from './argChecks';

export { normalisedImpliedVol } from './normalisedImpliedVol';

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
	// Time value of the OTM twin: an ITM call is worth its parity put plus F − K.
	const otm = (isCall ? F > K : F < K) ? undiscounted - Math.abs(F - K) : undiscounted;
	const beta = otm / Math.sqrt(F * K);
	if (!(beta > 0)) return 0; // the time value rounds away: nothing left to imply
	// The OTM call has x = −|ln(F/K)| and e^{x/2} = √(min/max), exact to rounding without an exponential.
	const ehx = F < K ? Math.sqrt(F / K) : Math.sqrt(K / F);
	return solveNormalised(-Math.abs(Math.log(F / K)), beta, ehx) / Math.sqrt(T);
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
