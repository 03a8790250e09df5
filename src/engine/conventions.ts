// Market conventions the whole engine shares, written once: contract multipliers, the day count, the floors that keep
// a shocked vol positive, the link from VIX to SPX ATM vol, and the stress set every screen reports.
import type { Days, Percent } from './units';

/** SPX (and SPXW) options: dollars per index point. */
export const SPX_MULTIPLIER = 100;
/** VIX options: dollars per VIX point. */
export const VIX_MULTIPLIER = 100;

/** Calendar days per year: days forward and DTEs convert to years with this (times use exact minutes). */
export const DAYS_PER_YEAR = 365;

/** ATM SPX vol = this × the VIX term level when the user has not typed one: VIX sits above ATM by the skew. */
export const ATM_TO_VIX_RATIO = 0.9;

/** The smallest SPX vol a leg is valued at (decimal): a large negative vol shift still prices. */
export const MIN_SPX_VOL = 0.005;
/** The smallest VIX-option ATM vol (decimal) after a what-if shift. */
export const MIN_VIX_ATM_VOL = 0.01;
/** A VIX option's skewed vol is floored at this fraction of its ATM vol (deep-OTM puts keep a positive vol). */
export const SKEW_FLOOR = 0.3;

/** An SPX stress: a move in percent over a number of calendar days, VIX and the curve following the link. */
export interface Stress {
	/** Stable key, e.g. 'down10'. */
	id: string;
	/** SPX move, percent (−10 = a 10 % fall). */
	spxMovePct: Percent;
	/** Calendar days over which it happens. */
	days: Days;
}

/** The reference stress: sizing by coverage and the summary strip use it (SPX −10 % over 5 calendar days). */
export const REFERENCE_STRESS: Stress = { id: 'down10', spxMovePct: -10, days: 5 };

/** The stresses every read-out table shows, in this order. */
export const STRESSES: readonly Stress[] = [
	{ id: 'down5', spxMovePct: -5, days: 5 },
	REFERENCE_STRESS,
	{ id: 'down20', spxMovePct: -20, days: 5 },
	{ id: 'up3', spxMovePct: 3, days: 5 },
];
