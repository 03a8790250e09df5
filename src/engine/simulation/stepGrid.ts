// The regime lab's time grid: the daily closes (16:00 ET) of the exchange's business days after the valuation date,
// up to a horizon date. Steps are real calendar time between closes, so a weekend or holiday is a longer step.
import type { IsoDate } from '../types';
import { isBusinessDay, nextBusinessDay, previousBusinessDay } from '../market/calendar';
import { addDays } from '../market/isoDate';
import { newYorkInstant } from '../market/newYorkTime';
import { yearFraction } from '../market/yearFraction';

/** Minutes after midnight ET of the daily close each step lands on. */
export const CLOSE_MINUTES_ET = 960;

export interface StepGrid {
	/** dates[0] is the valuation date; dates[j] (j ≥ 1) the j-th business day after it. */
	dates: IsoDate[];
	/** Years from the valuation instant to each date's close (t[0] = 0). */
	t: Float64Array;
	/** dt[j] = t[j + 1] − t[j], years: n steps for n + 1 dates. */
	dt: Float64Array;
}

/**
 * The business-day closes from the valuation date to `endDate` (its last business day on or before `endDate`).
 * @param valuationDate 'YYYY-MM-DD'. @param valuationMinutesEt minutes after midnight ET of the valuation instant.
 * @param endDate 'YYYY-MM-DD', after the valuation date.
 * @throws RangeError when no business day lies after the valuation date up to `endDate`.
 * @example stepGrid('2026-01-09', 960, '2026-01-13').dates // ['2026-01-09', '2026-01-12', '2026-01-13']
 */
export function stepGrid(valuationDate: IsoDate, valuationMinutesEt: number, endDate: IsoDate): StepGrid {
	const last = isBusinessDay(endDate) ? endDate : previousBusinessDay(endDate);
	if (!(last > valuationDate))
		throw new RangeError(
			`the horizon ${endDate} has no business day after the valuation date ${valuationDate}`,
		);
	const dates: IsoDate[] = [valuationDate];
	for (let d = nextBusinessDay(valuationDate); d <= last; d = nextBusinessDay(d)) dates.push(d);
	const valuationMs = newYorkInstant(valuationDate, valuationMinutesEt);
	const t = new Float64Array(dates.length);
	for (let j = 1; j < dates.length; j++)
		t[j] = yearFraction(valuationMs, newYorkInstant(dates[j], CLOSE_MINUTES_ET));
	const dt = new Float64Array(dates.length - 1);
	for (let j = 0; j < dt.length; j++) dt[j] = t[j + 1] - t[j];
	return { dates, t, dt };
}

/** The horizon date: `horizonDays` calendar days after valuation, capped at `capDate` (the condor's expiry). */
export function horizonDate(valuationDate: IsoDate, horizonDays: number | null, capDate: IsoDate): IsoDate {
	if (horizonDays === null) return capDate;
	if (!(Number.isInteger(horizonDays) && horizonDays >= 1))
		throw new RangeError(`horizonDays must be a whole number of days ≥ 1 or null (got ${horizonDays})`);
	const date = addDays(valuationDate, horizonDays);
	return date < capDate ? date : capDate;
}
