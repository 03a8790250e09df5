// Generalized Black–Scholes–Merton: European options on a spot with continuous yield q (carry b = r − q).
// Priced as Black-76 on the forward F = S·e^{(r−q)T}, so both models agree to the last bit of the formula.
import type { OptionKind } from '../types';
import { normCdf, normPdf } from '../math/normal';
import type { Greeks } from './greeks';
import { undiscountedBlack } from './black76';
import { checkFinite, checkKind, checkNonNegative, checkPositive } from './argChecks';

function checkBsm(
	kind: OptionKind,
	S: number,
	K: number,
	T: number,
	r: number,
	q: number,
	vol: number,
): void {
	checkKind(kind);
	checkPositive('S', S);
	checkPositive('K', K);
	checkNonNegative('T', T);
	checkFinite('r', r);
	checkFinite('q', q);
	checkNonNegative('vol', vol);
}

/**
 * Generalized BSM price.
 * @param kind 'call' or 'put'.
 * @param S spot price (> 0).
 * @param K strike (> 0).
 * @param T time to expiry in years (≥ 0).
 * @param r continuously compounded risk-free rate per year.
 * @param q continuous dividend yield per year.
 * @param vol volatility, decimal per √year (≥ 0).
 * @example bsmPrice('call', 60, 65, 0.25, 0.08, 0, 0.3) // 2.1334 (Haug)
 * @example bsmPrice('call', -1, 65, 0.25, 0.08, 0, 0.3) // throws RangeError: S must be a finite number > 0 (got -1)
 */
export function bsmPrice(
	kind: OptionKind,
	S: number,
	K: number,
	T: number,
	r: number,
	q: number,
	vol: number,
): number {
	checkBsm(kind, S, K, T, r, q, vol);
	const F = S * Math.exp((r - q) * T);
	const df = Math.exp(-r * T);
	const s = vol * Math.sqrt(T);
	if (s === 0) return df * Math.max(kind === 'call' ? F - K : K - F, 0);
	return df * undiscountedBlack(kind === 'call', F, K, s);
}

/**
 * Generalized BSM greeks (delta and gamma with respect to spot). Parameters as {@link bsmPrice}.
 * @example bsmGreeks('call', 105, 100, 0.5, 0.1, 0.1, 0.36).delta // 0.5946 (Haug)
 */
export function bsmGreeks(
	kind: OptionKind,
	S: number,
	K: number,
	T: number,
	r: number,
	q: number,
	vol: number,
): Greeks {
	checkBsm(kind, S, K, T, r, q, vol);
	const isCall = kind === 'call';
	const sqrtT = Math.sqrt(T);
	const s = vol * sqrtT;
	const dq = Math.exp(-q * T);
	const dr = Math.exp(-r * T);
	if (s === 0) {
		const F = S * Math.exp((r - q) * T);
		const itm = isCall ? F > K : K > F;
		const sign = isCall ? 1 : -1;
		const delta = itm ? sign * dq : 0;
		if (T === 0 || !itm) return { delta, gamma: 0, vega: 0, theta: 0, rho: 0, dividendRho: 0 };
		return {
			delta,
			gamma: 0,
			vega: 0,
			theta: sign * (q * S * dq - r * K * dr),
			rho: sign * K * T * dr,
			dividendRho: -sign * S * T * dq,
		};
	}
	const d1 = (Math.log(S / K) + (r - q) * T) / s + 0.5 * s;
	const d2 = d1 - s;
	const pdf = normPdf(d1);
	const decay = -(S * dq * pdf * vol) / (2 * sqrtT);
	if (isCall) {
		const nd1 = normCdf(d1);
		const nd2 = normCdf(d2);
		return {
			delta: dq * nd1,
			gamma: (dq * pdf) / (S * s),
			vega: S * dq * pdf * sqrtT,
			theta: decay - r * K * dr * nd2 + q * S * dq * nd1,
			rho: K * T * dr * nd2,
			dividendRho: -S * T * dq * nd1,
		};
	}
	const nmd1 = normCdf(-d1);
	const nmd2 = normCdf(-d2);
	return {
		delta: -dq * nmd1,
		gamma: (dq * pdf) / (S * s),
		vega: S * dq * pdf * sqrtT,
		theta: decay + r * K * dr * nmd2 - q * S * dq * nmd1,
		rho: -K * T * dr * nmd2,
		dividendRho: S * T * dq * nmd1,
	};
}
