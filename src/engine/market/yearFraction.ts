// Time to expiry in years for the pricing models: calendar minutes / 525,600 (a 365-day year of minutes).

/** Minutes in the 365-day year that T is measured in. */
export const MINUTES_PER_YEAR = 525_600;

const MS_PER_YEAR = MINUTES_PER_YEAR * 60_000;

/**
 * Year fraction between two instants: elapsed calendar minutes / 525,600. Negative when `toEpochMs` is
 * earlier (an expired option); fractions of a minute are kept.
 * @param fromEpochMs - start instant, UTC epoch milliseconds (e.g. valuationInstant(date))
 * @param toEpochMs - end instant, UTC epoch milliseconds (e.g. a settlement instant)
 * @example yearFraction(0, 525_600 * 60_000) // 1
 * @example yearFraction(0, NaN) // throws RangeError naming toEpochMs
 */
export function yearFraction(fromEpochMs: number, toEpochMs: number): number {
	if (!Number.isFinite(fromEpochMs))
		throw new RangeError(`fromEpochMs must be a finite instant, got ${fromEpochMs}`);
	if (!Number.isFinite(toEpochMs))
		throw new RangeError(`toEpochMs must be a finite instant, got ${toEpochMs}`);
	return (toEpochMs - fromEpochMs) / MS_PER_YEAR;
}
