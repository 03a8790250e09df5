// The SPX forward to an expiry (docs/models.md, "SPX forward"): from carry, F = S·e^{(r−q)T}; from one call/put pair by put–call
// parity, F = K + e^{rT}(C − P); and the dividend yield a forward implies. Also resolves a snapshot's forward mode.
import type { ForwardInput } from './snapshot';
import { checkFinite, checkNonNegative, checkPositive } from '../pricing/argChecks';

/**
 * Forward from cost of carry: F = S·e^{(r−q)T}.
 * @param spot index level S (points, > 0).
 * @param r continuously compounded rate, decimal per year.
 * @param q continuous dividend yield, decimal per year.
 * @param T years to the expiry (≥ 0).
 * @returns the forward, points.
 * @example carryForward(100, 0.05, 0.02, 1) // 103.0455 (= 100·e^{0.03})
 * @example carryForward(-1, 0.05, 0.02, 1) // throws RangeError: spot must be a finite number > 0 (got -1)
 */
export function carryForward(spot: number, r: number, q: number, T: number): number {
	checkPositive('spot', spot);
	checkFinite('r', r);
	checkFinite('q', q);
	checkNonNegative('T', T);
	return spot * Math.exp((r - q) * T);
}

/**
 * Forward implied by one call/put pair of the same strike and expiry (put–call parity on the forward):
 * C − P = e^{−rT}(F − K) ⇒ F = K + e^{rT}(C − P).
 * @param strike K (points, > 0).
 * @param call call price (points, ≥ 0).
 * @param put put price (points, ≥ 0).
 * @param r continuously compounded rate, decimal per year.
 * @param T years to the expiry (≥ 0).
 * @returns the forward, points.
 * @throws RangeError when the prices imply a forward ≤ 0 (the put is worth more than the discounted strike).
 * @example parityForward(7000, 120, 95, 0.036, 0.1) // 7025.09
 */
export function parityForward(strike: number, call: number, put: number, r: number, T: number): number {
	checkPositive('strike', strike);
	checkNonNegative('call', call);
	checkNonNegative('put', put);
	checkFinite('r', r);
	checkNonNegative('T', T);
	const F = strike + Math.exp(r * T) * (call - put);
	if (!(F > 0))
		throw new RangeError(
			`put (${put}) exceeds call (${call}) by more than the discounted strike: no forward`,
		);
	return F;
}

/**
 * Forward from cost of carry, F = S·e^{(r−q)T} (the name docs/models.md uses; same function as `carryForward`).
 * @param S index level (points, > 0). @param r rate, continuous decimal per year.
 * @param q dividend yield, continuous decimal per year. @param T years to the expiry (≥ 0).
 * @returns the forward, points.
 * @example forwardFromCarry(1300, 0.05, 0.01, 0.25) // 1313.07 (Hull, index futures example)
 */
export const forwardFromCarry: (S: number, r: number, q: number, T: number) => number = carryForward;

/**
 * Forward from one call/put pair by parity, F = K + e^{rT}(C − P) (same function as `parityForward`).
 * @param K strike (points, > 0). @param call call price (points, ≥ 0). @param put put price (points, ≥ 0).
 * @param r rate, continuous decimal per year. @param T years to the expiry (≥ 0).
 * @returns the forward, points.
 * @example forwardFromParity(30, 3, 2.25, 0.1, 0.25) // 30.769 (Hull's parity example: below S·e^{rT} = 31.78)
 */
export const forwardFromParity: (K: number, call: number, put: number, r: number, T: number) => number =
	parityForward;

/**
 * Dividend yield implied by a forward: q = r − ln(F/S)/T.
 * @param spot index level S (points, > 0).
 * @param forward F (points, > 0).
 * @param r continuously compounded rate, decimal per year.
 * @param T years to the expiry (> 0).
 * @returns q, decimal per year.
 * @example impliedDividendYield(100, 103.0455, 0.05, 1) // ≈ 0.02
 */
export function impliedDividendYield(spot: number, forward: number, r: number, T: number): number {
	checkPositive('spot', spot);
	checkPositive('forward', forward);
	checkFinite('r', r);
	if (!(T > 0) || T === Infinity) throw new RangeError(`T must be a finite number > 0 (got ${T})`);
	return r - Math.log(forward / spot) / T;
}

/**
 * The forward a snapshot's forward mode gives at T years: carry from r and q, the typed forward, or parity.
 * @param input the snapshot's `forward`.
 * @param spot SPX (points). @param r rate (decimal). @param q dividend yield (decimal, used by 'carry').
 * @param T years to the condor expiry (≥ 0).
 */
export function forwardFromInput(input: ForwardInput, spot: number, r: number, q: number, T: number): number {
	switch (input.mode) {
		case 'carry':
			return carryForward(spot, r, q, T);
		case 'typed':
			checkPositive('forward', input.forward);
			return input.forward;
		case 'parity':
			return parityForward(input.strike, input.call, input.put, r, T);
	}
}
