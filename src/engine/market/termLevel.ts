// The VIX term level at a tenor (docs/models.md, "SPX options"): what VIX says about implied variance to a date.
// Flat VIX up to 30 days, total variance linear between VIX (30 days) and VIX3M (93 days), the VX curve beyond —
// or beyond 30 days when VIX3M is unknown. The linked SPX ATM vol is 0.9 × this level at the condor's expiry.
import { DAYS_PER_YEAR } from '../conventions';

const T30 = 30 / DAYS_PER_YEAR;
const T93 = 93 / DAYS_PER_YEAR;

/**
 * @param vix spot VIX (points). @param vix3m VIX3M (points) or null. @param curveAt the VX curve at T years.
 * @param T years (> 0).
 * @example vixTermLevel(15, 18, () => 20, 60 / 365) // ≈ 16.9
 */
export function vixTermLevel(
	vix: number,
	vix3m: number | null,
	curveAt: (T: number) => number,
	T: number,
): number {
	if (T <= T30) return vix;
	if (vix3m === null || T > T93) return curveAt(T);
	const w = vix * vix * T30 + ((vix3m * vix3m * T93 - vix * vix * T30) * (T - T30)) / (T93 - T30);
	return Math.sqrt(Math.max(w, 0) / T);
}
