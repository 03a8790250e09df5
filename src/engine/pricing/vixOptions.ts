// VIX options (docs/models.md, "VIX options"): Black-76 on the VX future of the SAME expiry — never on spot VIX —
// at the ATM vol of vixVolSurface.ts with an upward call skew, and the what-if knobs (vol-of-vol shift, skew scale).
import type { OptionKind } from '../types';
import { MIN_VIX_ATM_VOL, SKEW_FLOOR } from '../conventions';
import { black76Greeks, black76Price } from './black76';
import type { Greeks } from './greeks';

/** What-if adjustments of the VIX option smile: ATM shift in vol points and a multiplier on the skew s. */
export interface VixVolWhatIf {
	/** Added to the ATM vol, in vol points (10 = +0.10). */
	volShiftPts: number;
	/** Multiplies the skew s (0 flattens the smile, as in a spike; 1 leaves it). */
	skewScale: number;
}
const NO_VIX_VOL_WHAT_IF: Readonly<VixVolWhatIf> = Object.freeze({ volShiftPts: 0, skewScale: 1 });

/**
 * Skewed vol at strike K: σ(K) = σ_ATM·(1 + s·ln(K/F)), floored at SKEW_FLOOR·σ_ATM.
 * @param volAtm ATM vol (decimal). @param skew s (dimensionless; 0.5 by default in the app).
 * @param F future (points). @param K strike (points).
 * @example vixSkewedVol(0.8, 0.5, 20, 26) // 0.8·(1 + 0.5·ln 1.3) = 0.905
 */
export function vixSkewedVol(volAtm: number, skew: number, F: number, K: number): number {
	return volAtm * Math.max(SKEW_FLOOR, 1 + skew * Math.log(K / F));
}

/**
 * The vol a VIX option is priced at, what-ifs included: ATM shifted by `volShiftPts` (floored at MIN_VIX_ATM_VOL),
 * skew s scaled by `skewScale`, then {@link vixSkewedVol}.
 * @param volAtm ATM vol (decimal). @param skew s. @param F future (points). @param K strike (points).
 * @param whatIf shift (vol points) and skew scale; default none.
 */
export function vixOptionVol(
	volAtm: number,
	skew: number,
	F: number,
	K: number,
	whatIf: VixVolWhatIf = NO_VIX_VOL_WHAT_IF,
): number {
	const atm = Math.max(MIN_VIX_ATM_VOL, volAtm + whatIf.volShiftPts / 100);
	return vixSkewedVol(atm, skew * whatIf.skewScale, F, K);
}

/**
 * Price of a VIX option: Black-76 on the same-expiry VX future at the skewed vol.
 * @param kind 'call' or 'put'. @param future the VX future of the option's expiry (points, > 0).
 * @param K strike (points, > 0). @param T years to the option's settlement (≥ 0). @param r rate (decimal per year).
 * @param volAtm ATM vol (decimal per √year). @param skew call skew s.
 * @param whatIf optional vol-of-vol shift (points) and skew scale.
 * @returns price in VIX points (× $100 per contract).
 * @example vixOptionPrice('call', 18, 23, 0.1, 0.04, 0.85, 0.5)
 * @example vixOptionPrice('call', 0, 23, 0.1, 0.04, 0.85, 0.5) // throws RangeError: F must be a finite number > 0 …
 */
export function vixOptionPrice(
	kind: OptionKind,
	future: number,
	K: number,
	T: number,
	r: number,
	volAtm: number,
	skew: number,
	whatIf: VixVolWhatIf = NO_VIX_VOL_WHAT_IF,
): number {
	return black76Price(kind, future, K, T, r, vixOptionVol(volAtm, skew, future, K, whatIf));
}

/**
 * Greeks of a VIX option at its strike's vol (sticky strike): delta and gamma with respect to its own future, vega
 * per 1.00 of that vol, theta per year. Under the skew rule σ(K) moves with F, so the sticky-moneyness delta is
 * delta + vega·∂σ/∂F with ∂σ/∂F = −σ_ATM·s/F (0 on the floor). Parameters as {@link vixOptionPrice}.
 */
export function vixOptionGreeks(
	kind: OptionKind,
	future: number,
	K: number,
	T: number,
	r: number,
	volAtm: number,
	skew: number,
	whatIf: VixVolWhatIf = NO_VIX_VOL_WHAT_IF,
): Greeks {
	return black76Greeks(kind, future, K, T, r, vixOptionVol(volAtm, skew, future, K, whatIf));
}
