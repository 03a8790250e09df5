// Proxy VX futures curve of a past day from its VIX and VIX3M closes alone, for history where no CFE settlements
// are at hand: the forward variance of the VIX term structure over each future's 30-day window, less the lognormal
// convexity of VIX under the app's vol-of-vol surface, times a calibration factor fitted to real CFE settlements
// (scripts/measure/proxyCalibration.ts; method and errors in docs/measured/proxy-futures.md).
import { modelAtmVol } from '../pricing/vixVolSurface';
import { checkNonNegative, checkPositive } from '../pricing/argChecks';
import { PROXY_CALIBRATION } from '../measured/proxyCalibration.generated';
import { DAYS_PER_YEAR } from '../conventions';

/** Tenor of VIX (calendar days of the SPX options it is computed from). */
export const VIX_TENOR_DAYS = 30;
/** Tenor of VIX3M, calendar days. */
export const VIX3M_TENOR_DAYS = 93;
/** The app's default VIX-option vol surface: σ_ATM(T) = η_v·√((1 − e^{−2κ_v T})/(2κ_v T)). */
export const PROXY_VOL_OF_VOL = Object.freeze({ eta: 1.0, kappaPerYear: 5 });

/**
 * The calibration factor a(T) = exp(lnScale·min(T/30, 1) + reversionPerYear·(T/365)·ln(longRunVix/VIX3M)):
 * a scale reached over the first 30 days (so a future at expiry is spot), and a pull of the longer futures toward a
 * long-run level, which flat forward variance beyond 93 days misses (real curves keep rising in calm markets and
 * keep falling in stress).
 */
export interface ProxyCalibration {
	/** ln of the scale on tenors of 30 days and more, dimensionless. */
	lnScale: number;
	/** Strength of the pull toward `longRunVix`, per year of tenor. */
	reversionPerYear: number;
	/** Level the longer futures are pulled toward, VIX points. */
	longRunVix: number;
}

function checkTerm(vix: number, vix3m: number, tenorDays: number): void {
	checkPositive('vix', vix);
	checkPositive('vix3m', vix3m);
	checkNonNegative('tenorDays', tenorDays);
	if (vix3m * vix3m * VIX3M_TENOR_DAYS <= vix * vix * VIX_TENOR_DAYS) {
		throw new RangeError(
			`vix3m ${vix3m} is too far below vix ${vix}: the forward variance from 30 to 93 days would be ≤ 0`,
		);
	}
}

/**
 * Total implied variance to a tenor (annualised variance × years): VIX²·τ up to 30 days, linear in τ from
 * (30, VIX²·30) to (93, VIX3M²·93), and beyond 93 days the 30→93 forward variance held flat.
 * @param vix VIX close, index points (> 0). @param vix3m VIX3M close, index points (> 0).
 * @param tenorDays τ, calendar days (≥ 0).
 * @returns variance in decimal² (VIX 20 over one year → 0.04).
 * @example termVariance(20, 20, 365) // 0.04
 * @example termVariance(20, 10, 60) // throws RangeError: the forward variance would be ≤ 0
 */
export function termVariance(vix: number, vix3m: number, tenorDays: number): number {
	checkTerm(vix, vix3m, tenorDays);
	const spot = (vix / 100) ** 2;
	if (tenorDays <= VIX_TENOR_DAYS) return (spot * tenorDays) / DAYS_PER_YEAR;
	const forward =
		((vix3m / 100) ** 2 * VIX3M_TENOR_DAYS - spot * VIX_TENOR_DAYS) / (VIX3M_TENOR_DAYS - VIX_TENOR_DAYS);
	return (spot * VIX_TENOR_DAYS + forward * (tenorDays - VIX_TENOR_DAYS)) / DAYS_PER_YEAR;
}

/**
 * Forward variance over the 30 days a VX future of that tenor settles on: (w(T + 30) − w(T))/(30 days).
 * @param vix VIX, points. @param vix3m VIX3M, points. @param tenorDays T, calendar days to the future's settlement (≥ 0).
 * @returns annualised variance, decimal² (its square root × 100 is in VIX points).
 * @example Math.sqrt(forwardVariance(15, 18, 0)) * 100 // 15 (a future at expiry settles on VIX)
 */
export function forwardVariance(vix: number, vix3m: number, tenorDays: number): number {
	const years = VIX_TENOR_DAYS / DAYS_PER_YEAR;
	return (termVariance(vix, vix3m, tenorDays + VIX_TENOR_DAYS) - termVariance(vix, vix3m, tenorDays)) / years;
}

/**
 * Variance of ln VIX_T under the app's vol-of-vol surface: s²(T) = η_v²(1 − e^{−2κ_v T})/(2κ_v), T in years.
 * E[VIX_T] = √E[VIX_T²]·e^{−s²/2} for a lognormal VIX_T, hence the proxy's convexity factor.
 * @param tenorDays T, calendar days (≥ 0). @returns s², dimensionless.
 * @example proxyConvexity(0) // 0
 */
export function proxyConvexity(tenorDays: number): number {
	checkNonNegative('tenorDays', tenorDays);
	const years = tenorDays / DAYS_PER_YEAR;
	return modelAtmVol(PROXY_VOL_OF_VOL.eta, PROXY_VOL_OF_VOL.kappaPerYear, years) ** 2 * years;
}

/**
 * The calibration factor a(T) of {@link ProxyCalibration}.
 * @param vix3m VIX3M, points (> 0). @param tenorDays T, calendar days (≥ 0).
 * @returns a, dimensionless (1 at T = 0).
 */
export function proxyCalibrationFactor(
	vix3m: number,
	tenorDays: number,
	calibration: ProxyCalibration = PROXY_CALIBRATION,
): number {
	checkPositive('vix3m', vix3m);
	checkNonNegative('tenorDays', tenorDays);
	const ramp = Math.min(tenorDays / VIX_TENOR_DAYS, 1);
	const pull =
		calibration.reversionPerYear * (tenorDays / DAYS_PER_YEAR) * Math.log(calibration.longRunVix / vix3m);
	return Math.exp(calibration.lnScale * ramp + pull);
}

/**
 * Proxy VX future settling `tenorDays` from a day's close: F(T) = a(T)·√fwdVar(T)·e^{−s²(T)/2}, in VIX points.
 * Built for tenors of 0–300 days (the listed VX curve); beyond about a year the pull toward the long-run level
 * dominates and F stops rising with VIX3M.
 * @param vix VIX close, points (> 0). @param vix3m VIX3M close, points (> 0, above VIX·√(30/93)).
 * @param tenorDays calendar days to the future's settlement (≥ 0).
 * @param calibration the fitted factor (default: the committed fit).
 * @returns the future, VIX points.
 * @example proxyFuture(15, 18, 0) // 15
 * @example proxyFuture(15, 18, 120) // ≈ 18.65
 * @example proxyFuture(-1, 18, 30) // throws RangeError: vix must be a finite number > 0 (got -1)
 */
export function proxyFuture(
	vix: number,
	vix3m: number,
	tenorDays: number,
	calibration: ProxyCalibration = PROXY_CALIBRATION,
): number {
	const volPts = 100 * Math.sqrt(forwardVariance(vix, vix3m, tenorDays));
	return (
		proxyCalibrationFactor(vix3m, tenorDays, calibration) * volPts * Math.exp(-proxyConvexity(tenorDays) / 2)
	);
}
