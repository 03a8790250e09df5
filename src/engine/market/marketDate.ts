// Moving a market to another valuation date (docs/screens.md, "Market"): the VX futures keep their place in the curve
// — VX1 stays the first listed expiry after the date, VX2 the second — with their prices, so changing the date never
// leaves a future expired or out of order. Typed VIX-option vols follow their place the same way.
import type { IsoDate } from '../types';
import { isBusinessDay, previousBusinessDay } from './calendar';
import { vxExpiriesAfter } from './expiries';
import type { MarketSnapshot } from './snapshot';

/**
 * The market valued on `date`, each future (and typed VIX-option vol) moved to the listed expiry at its place after it.
 * @example marketOnDate(m, '2026-02-02').futures[0].expiry // '2026-02-18', VX1 after 2 Feb 2026
 */
export function marketOnDate(m: MarketSnapshot, date: IsoDate): MarketSnapshot {
	const expiries = vxExpiriesAfter(date, m.futures.length);
	const futures = m.futures.map((f, i) => ({ expiry: expiries[i], price: f.price }));
	const v = m.volOfVol;
	const volOfVol =
		v.mode === 'typed'
			? {
					...v,
					byExpiry: ((e) => v.byExpiry.map((r, i) => ({ ...r, expiry: e[i] })))(
						vxExpiriesAfter(date, v.byExpiry.length),
					),
				}
			: v;
	return { ...m, valuationDate: date, futures, volOfVol };
}

/** The date of the latest close on or before `today`: today on a business day, else the business day before. */
export function latestCloseDate(today: IsoDate): IsoDate {
	return isBusinessDay(today) ? today : previousBusinessDay(today);
}

/**
 * A sample market made the trader's own for `today`: valued at the latest close, futures rolled to it, and the recent
 * VIX closes emptied (they belonged to the sample's date; RSI then waits for the trader's own).
 */
export function ownMarket(sample: MarketSnapshot, today: IsoDate): MarketSnapshot {
	return { ...marketOnDate(sample, latestCloseDate(today)), recentVixCloses: [] };
}
