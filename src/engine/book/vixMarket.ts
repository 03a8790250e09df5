// What the VIX-call ladder needs from the market: spot VIX, the fitted VX curve, the rate, vol-of-vol and skew.
import { curveFuture, type VixCurve } from '../market/vixCurve';
import { vixAtmVol, vixOptionGreeks, vixOptionPrice } from '../pricing/vixOptions';
import type { Greeks } from '../pricing/greeks';

export interface VixMarket {
	/** Fitted (or shocked/rolled) curve; its `vix` is spot VIX. */
	curve: VixCurve;
	/** Rate per year. */
	r: number;
	/** ATM vol of a VIX option expiring in T years (the log-OU term structure or typed values). */
	volOfVol(T: number): number;
	/** Call skew s in σ(K) = σ_ATM·(1 + s·ln(K/F)). */
	skew: number;
}

/** Vol-of-vol from the curve's own κ and η (DESIGN §4.3), shifted by `shiftPts` vol points. */
export function logOuVolOfVol(curve: VixCurve, shiftPts = 0): (T: number) => number {
	return (T) => Math.max(0.01, vixAtmVol(curve.eta, curve.kappa, T) + shiftPts / 100);
}

/** Price (VIX points) of a VIX call expiring in T years, on the curve's future for T. */
export function vixCallValue(m: VixMarket, K: number, T: number): number {
	if (T <= 0) return Math.max(m.curve.vix - K, 0); // settles on spot (the SOQ) at expiry
	return vixOptionPrice('call', curveFuture(m.curve, T), K, T, m.r, m.volOfVol(T), m.skew);
}

/** Greeks of that call (delta with respect to its future). */
export function vixCallGreeks(m: VixMarket, K: number, T: number): Greeks {
	return vixOptionGreeks('call', curveFuture(m.curve, T), K, Math.max(T, 1e-9), m.r, m.volOfVol(T), m.skew);
}
