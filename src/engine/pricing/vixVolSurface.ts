// The ATM vol of VIX options by expiry (docs/models.md, "VIX options"): its own surface, never derived from the VX
// curve fit. Either the default term structure σ_ATM(T) = η_v·√((1 − e^{−2κ_v T})/(2κ_v T)) with κ_v = 5 /yr and
// η_v = 1.0 (≈ 82 % at 1 month, 60 % at 3, 44 % at 6), or ATM vols the trader types per VX expiry.
import type { IsoDate } from '../types';
import { checkNonNegative, checkPositive } from './argChecks';

/** The surface as the user sets it. */
export type VixVolSurfaceInput =
	| { mode: 'model'; kappa: number; eta: number }
	| { mode: 'typed'; byExpiry: { expiry: IsoDate; vol: number }[] };

export const DEFAULT_VIX_VOL_SURFACE: Extract<VixVolSurfaceInput, { mode: 'model' }> = {
	mode: 'model',
	kappa: 5,
	eta: 1,
};

/**
 * ATM vol of a VIX option expiring in T years when ln VIX is an OU with speed κ and vol η: the average volatility
 * of ln V over [0, T], η·√((1 − e^{−2κT})/(2κT)) (η as T → 0, falling with T).
 * @param eta η per √year (≥ 0). @param kappa κ per year (> 0). @param T years (T ≤ 0 gives η).
 * @example modelAtmVol(1, 5, 1 / 12) // 0.824
 * @example modelAtmVol(1, 0, 1 / 12) // throws RangeError: kappa must be a finite number > 0 (got 0)
 */
export function modelAtmVol(eta: number, kappa: number, T: number): number {
	checkNonNegative('eta', eta);
	checkPositive('kappa', kappa);
	if (Number.isNaN(T)) throw new RangeError('T must be a number (got NaN)');
	const x = 2 * kappa * T;
	// (1 − e^{−x})/x → 1 as x → 0; expm1 keeps it accurate for tiny x.
	return eta * Math.sqrt(x > 1e-12 ? -Math.expm1(-x) / x : 1);
}

/**
 * The surface as a function of years to expiry: the model term structure, or the typed vols linear in T between
 * their expiries and flat outside them.
 * @param input the surface settings. @param yearsTo years from valuation to a VX expiry's settlement.
 */
export function atmVolTermStructure(
	input: VixVolSurfaceInput,
	yearsTo: (expiry: IsoDate) => number,
): (T: number) => number {
	if (input.mode === 'model') {
		const { eta, kappa } = input;
		return (T) => modelAtmVol(eta, kappa, T);
	}
	const pts = input.byExpiry.map((v) => ({ T: yearsTo(v.expiry), vol: v.vol })).sort((a, b) => a.T - b.T);
	if (pts.length === 0) throw new RangeError('volOfVol.byExpiry: type at least one VIX option vol');
	return (T) => {
		if (T <= pts[0].T) return pts[0].vol;
		for (let i = 1; i < pts.length; i++)
			if (T <= pts[i].T) {
				const w = (T - pts[i - 1].T) / (pts[i].T - pts[i - 1].T);
				return pts[i - 1].vol + w * (pts[i].vol - pts[i - 1].vol);
			}
		return pts[pts.length - 1].vol;
	};
}
