// Black-76: European options on a forward or future (SPX on its forward, VIX options on the same-expiry VX future).
import type { OptionKind } from '../types';
import { normCdf, normCdfGivenGaussian, normPdf } from '../math/normal';
import type { Greeks } from './greeks';
import { checkFinite, checkKind, checkNonNegative, checkPositive } from './argChecks';

function checkBlack76(kind: OptionKind, F: number, K: number, T: number, r: number, vol: number): void {
	checkKind(kind);
	checkPositive('F', F);
	checkPositive('K', K);
	checkNonNegative('T', T);
	checkFinite('r', r);
	checkNonNegative('vol', vol);
}

/**
 * Undiscounted Black price for valid inputs (no checks): F·N(d1) − K·N(d2) for a call, K·N(−d2) − F·N(−d1) for a put.
 * One Gaussian exponential serves both N(d1) and N(d2), because e^{−d2²/2} = e^{−d1²/2}·F/K: the hot loops
 * (batch pricing, what-if grids) price through here.
 * @param s total volatility σ√T (> 0).
 * @param lnFK ln(F/K), when the caller already has it.
 */
export function undiscountedBlack(
	isCall: boolean,
	F: number,
	K: number,
	s: number,
	lnFK = Math.log(F / K),
): number {
	const d1 = lnFK / s + 0.5 * s;
	const d2 = d1 - s;
	const g1 = Math.exp(-0.5 * d1 * d1);
	const g2 = (g1 * F) / K;
	// Far out of the money the difference cancels to rounding noise that can dip below zero.
	const value = isCall
		? F * normCdfGivenGaussian(d1, g1) - K * normCdfGivenGaussian(d2, g2)
		: K * normCdfGivenGaussian(-d2, g2) - F * normCdfGivenGaussian(-d1, g1);
	return value > 0 ? value : 0;
}

/**
 * Black-76 price of a European option on a forward.
 * @param kind 'call' or 'put'.
 * @param F forward or futures price (> 0), same units as K.
 * @param K strike (> 0).
 * @param T time to expiry in years (≥ 0; 0 gives the intrinsic value).
 * @param r continuously compounded discount rate, per year.
 * @param vol Black volatility, decimal per √year (≥ 0; 0 gives the discounted intrinsic value of the forward).
 * @returns the discounted option value, in the units of F.
 * @example black76Price('put', 19, 19, 0.75, 0.1, 0.28) // 1.7011 (Haug)
 * @example black76Price('call', 100, 100, 1, 0.05, -0.2) // throws RangeError: vol must be a finite number ≥ 0 (got -0.2)
 */
export function black76Price(
	kind: OptionKind,
	F: number,
	K: number,
	T: number,
	r: number,
	vol: number,
): number {
	checkBlack76(kind, F, K, T, r, vol);
	const df = Math.exp(-r * T);
	const s = vol * Math.sqrt(T);
	if (s === 0) return df * Math.max(kind === 'call' ? F - K : K - F, 0);
	return df * undiscountedBlack(kind === 'call', F, K, s);
}

/**
 * Black-76 greeks: delta and gamma with respect to F, rho at a fixed forward (−T·price), dividendRho 0.
 * Parameters as {@link black76Price}. At T = 0 only delta (a step at K) is non-zero.
 * @example black76Greeks('call', 100, 100, 1, 0, 0.2).delta // 0.5398
 */
export function black76Greeks(
	kind: OptionKind,
	F: number,
	K: number,
	T: number,
	r: number,
	vol: number,
): Greeks {
	checkBlack76(kind, F, K, T, r, vol);
	const isCall = kind === 'call';
	const df = Math.exp(-r * T);
	const sqrtT = Math.sqrt(T);
	const s = vol * sqrtT;
	if (s === 0) {
		const itm = isCall ? F > K : K > F;
		const price = itm ? df * Math.abs(F - K) : 0;
		const delta = itm ? (isCall ? df : -df) : 0;
		return T === 0
			? { delta, gamma: 0, vega: 0, theta: 0, rho: 0, dividendRho: 0 }
			: { delta, gamma: 0, vega: 0, theta: r * price, rho: -T * price, dividendRho: 0 };
	}
	const d1 = Math.log(F / K) / s + 0.5 * s;
	const d2 = d1 - s;
	const pdf = normPdf(d1);
	const price = df * (isCall ? F * normCdf(d1) - K * normCdf(d2) : K * normCdf(-d2) - F * normCdf(-d1));
	return {
		delta: isCall ? df * normCdf(d1) : -df * normCdf(-d1),
		gamma: (df * pdf) / (F * s),
		vega: df * F * pdf * sqrtT,
		theta: r * price - (df * F * pdf * vol) / (2 * sqrtT),
		rho: -T * price,
		dividendRho: 0,
	};
}
