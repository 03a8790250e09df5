// FOMC monetary-policy decision days 2009–2026, and the flips that fell near one.
//
// Source: the Federal Reserve Board's FOMC pages — "Meeting calendars, statements, and minutes" (2021 on,
// federalreserve.gov/monetarypolicy/fomccalendars.htm) and the yearly "FOMC historical materials" pages
// (federalreserve.gov/monetarypolicy/fomchistorical<year>.htm). A decision day is the last day of a scheduled
// meeting, when the statement is released, plus the unscheduled meetings that changed policy: 2020-03-03
// (50 bp cut) and Sunday 2020-03-15 (cut to 0–0.25 %, which replaced the 2020-03-17/18 meeting). Notation votes
// and conference calls without a policy statement (swap lines, 2020-03-23 purchases) are not listed. 2026 is
// the schedule as published.

import { businessDaysBetween, isBusinessDay, nextBusinessDay } from '../market/calendar';
import { calendarDaysBetween } from '../market/isoDate';
import type { IsoDate } from '../types';
import type { Flip } from './flips';

/** Unscheduled meetings with a policy decision, in the list below too. */
export const UNSCHEDULED_FOMC_DECISIONS: readonly IsoDate[] = Object.freeze(['2020-03-03', '2020-03-15']);

// prettier-ignore
export const FOMC_DECISIONS: readonly IsoDate[] = Object.freeze([
	'2009-01-28', '2009-03-18', '2009-04-29', '2009-06-24', '2009-08-12', '2009-09-23', '2009-11-04', '2009-12-16',
	'2010-01-27', '2010-03-16', '2010-04-28', '2010-06-23', '2010-08-10', '2010-09-21', '2010-11-03', '2010-12-14',
	'2011-01-26', '2011-03-15', '2011-04-27', '2011-06-22', '2011-08-09', '2011-09-21', '2011-11-02', '2011-12-13',
	'2012-01-25', '2012-03-13', '2012-04-25', '2012-06-20', '2012-08-01', '2012-09-13', '2012-10-24', '2012-12-12',
	'2013-01-30', '2013-03-20', '2013-05-01', '2013-06-19', '2013-07-31', '2013-09-18', '2013-10-30', '2013-12-18',
	'2014-01-29', '2014-03-19', '2014-04-30', '2014-06-18', '2014-07-30', '2014-09-17', '2014-10-29', '2014-12-17',
	'2015-01-28', '2015-03-18', '2015-04-29', '2015-06-17', '2015-07-29', '2015-09-17', '2015-10-28', '2015-12-16',
	'2016-01-27', '2016-03-16', '2016-04-27', '2016-06-15', '2016-07-27', '2016-09-21', '2016-11-02', '2016-12-14',
	'2017-02-01', '2017-03-15', '2017-05-03', '2017-06-14', '2017-07-26', '2017-09-20', '2017-11-01', '2017-12-13',
	'2018-01-31', '2018-03-21', '2018-05-02', '2018-06-13', '2018-08-01', '2018-09-26', '2018-11-08', '2018-12-19',
	'2019-01-30', '2019-03-20', '2019-05-01', '2019-06-19', '2019-07-31', '2019-09-18', '2019-10-30', '2019-12-11',
	'2020-01-29', '2020-03-03', '2020-03-15', '2020-04-29', '2020-06-10', '2020-07-29', '2020-09-16', '2020-11-05',
	'2020-12-16',
	'2021-01-27', '2021-03-17', '2021-04-28', '2021-06-16', '2021-07-28', '2021-09-22', '2021-11-03', '2021-12-15',
	'2022-01-26', '2022-03-16', '2022-05-04', '2022-06-15', '2022-07-27', '2022-09-21', '2022-11-02', '2022-12-14',
	'2023-02-01', '2023-03-22', '2023-05-03', '2023-06-14', '2023-07-26', '2023-09-20', '2023-11-01', '2023-12-13',
	'2024-01-31', '2024-03-20', '2024-05-01', '2024-06-12', '2024-07-31', '2024-09-18', '2024-11-07', '2024-12-18',
	'2025-01-29', '2025-03-19', '2025-05-07', '2025-06-18', '2025-07-30', '2025-09-17', '2025-10-29', '2025-12-10',
	'2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09',
]);

/** Business days either side of a decision within which a flip is flagged. */
export const FOMC_WINDOW_DAYS = 5;

/** A flip with the nearest FOMC decision inside the window, if any. */
export interface FlipNearFomc {
	flip: Flip;
	/** The decision, and business days from the flip to it (negative: the decision came first); null if none. */
	fomc: { date: IsoDate; offsetBusinessDays: number } | null;
}

/**
 * Marks each flip with the nearest FOMC decision within ±`days` business days. A decision on a weekend
 * (2020-03-15, a Sunday) counts from the first session after it, the day markets traded on it.
 * @param flips - flips from scanFlips
 * @param days - window half-width, business days (integer ≥ 0)
 * @example flagFlipsNearFomc(scanFlips(vix, vix3m).flips).filter((f) => f.fomc).length
 */
export function flagFlipsNearFomc(flips: readonly Flip[], days = FOMC_WINDOW_DAYS): FlipNearFomc[] {
	if (!Number.isInteger(days) || days < 0 || days > 60) {
		throw new RangeError(`days must be an integer 0–60, got ${days}`);
	}
	return flips.map((flip) => {
		let best: FlipNearFomc['fomc'] = null;
		for (const date of FOMC_DECISIONS) {
			// `days` business days span fewer than 2·days + 6 calendar days (weekends and a holiday or two).
			if (Math.abs(calendarDaysBetween(flip.date, date)) > 2 * days + 6) continue;
			const session = isBusinessDay(date) ? date : nextBusinessDay(date);
			const offset = businessDaysBetween(flip.date, session);
			if (
				Math.abs(offset) <= days &&
				(best === null || Math.abs(offset) < Math.abs(best.offsetBusinessDays))
			) {
				best = { date, offsetBusinessDays: offset };
			}
		}
		return { flip, fomc: best };
	});
}
