// VIX options (DESIGN §4.3): Black-76 on the VX future of the SAME expiry — never on spot VIX — with the log-OU
// vol-of-vol term structure and an upward call skew.
import type { OptionKind } from '../types';
import { black76Greeks, black76Price } from './black76';
import type { Greeks } from './greeks';

/** The skewed vol is floored at this fraction of the ATM vol, so deep-OTM puts never get a zero or negative vol. */
export const SKEW_FLOOR = 0.3;

/**
 * ATM implied vol of a VIX option expiring in T years under log-OU: σ_B(T) = η·√((1 − e^{−2κT})/(2κT)),
 * the average volatility of ln V over [0, T] (falls with T: ≈ 90 % / 66 % / 48 % at 1 / 3 / 6 months for κ = 5,
 * η = 1.09).
 * @param eta η per √year. @param kappa κ per year (> 0). @param T years (> 0; T → 0 gives η).
 */
export function vixAtmVol(eta: number, kappa: number, T: number): number {
	const x = 2 * kappa * T;
	// (1 − e^{−x})/x → 1 as x → 0; expm1 keeps it accurate for tiny x.
	return eta * Math.sqrt(x > 1e-12 ? -Math.expm1(-x) / x : 1);
}

/**
 * Skewed vol at strike K: σ(K) = σ_ATM·(1 + s·ln(K/F)), floored at SKEW_FLOOR·σ_ATM.
 * @param volAtm ATM vol (decimal). @param skew s (dimensionless; 0.5 by default in the app). @param F future. @param K strike.
 */
export function vixSkewedVol(volAtm: number, skew: number, F: number, K: number): number {
	return volAtm * Math.max(SKEW_FLOOR, 1 + skew * Math.log(K / F));
}

/**
 * Price of a VIX option: Black-76 on the same-expiry VX future at the skewed vol.
 * @param kind 'call' or 'put'. @param future the VX future of the option's expiry (points). @param K strike (points).
 * @param T years to the option's settlement. @param r rate. @param volAtm ATM vol. @param skew call skew s.
 * @returns price in VIX points (× $100 per contract).
 * @example vixOptionPrice('call', 18, 23, 0.1, 0.04, 0.85, 0.5)
 */
export function vixOptionPrice(
	kind: OptionKind,
	future: number,
	K: number,
	T: number,
	r: number,
	volAtm: number,
	skew: number,
): number {
	return black76Price(kind, future, K, T, r, vixSkewedVol(volAtm, skew, future, K));
}

/** Greeks of a VIX option with respect to its future (sticky-strike vol). Parameters as {@link vixOptionPrice}. */
export function vixOptionGreeks(
	kind: OptionKind,
	future: number,
	K: number,
	T: number,
	r: number,
	volAtm: number,
	skew: number,
): Greeks {
	return black76Greeks(kind, future, K, T, r, vixSkewedVol(volAtm, skew, future, K));
}
