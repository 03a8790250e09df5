// Batch Black-76 / BSM pricing over typed arrays for hot loops (payoff grids, Monte Carlo marking, the bench).
// No checks and no allocation per element: callers validate inputs first (an invalid element yields NaN, which
// callers must never pass on to the UI).
import { undiscountedBlack } from './black76';

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
