// The market of a day's close from its facts (docs/history.md, "The market of a history day"): the one construction
// behind the dated presets and every history day the replay and the back-test stand on — the closes and VX prices as
// given, the rate and dividend yield of the carry table, the VIX closes RSI(14) reads, and the app's defaults for the
// rest (linked smile, vol-of-vol surface, call skew, measured spot-vol link).
import type { IsoDate } from '../types';
import { carryOn } from './carryAssumption';
import { marketWithDefaults, type MarketSnapshot, type VxFutureQuote } from './snapshot';

/** What a day's close is known by. */
export interface DayClose {
	date: IsoDate;
	/** SPX, VIX and VIX3M closes, index points (VIX3M null when unknown). */
	spx: number;
	vix: number;
	vix3m: number | null;
	/** VX futures, nearest first (settlements, or proxies where the caller has none). */
	futures: readonly VxFutureQuote[];
	/** VIX closes before the date, oldest first, ending the row before it (null: none known). */
	priorVixCloses: readonly number[] | null;
}

/**
 * The snapshot of a close at 16:00 ET.
 * @example closingMarket({ date: '2018-02-05', spx: 2648.94, vix: 37.32, vix3m: 28.13, futures, priorVixCloses }).rate // 0.015
 */
export function closingMarket(close: DayClose): MarketSnapshot {
	const { rate, dividendYield } = carryOn(close.date);
	return marketWithDefaults({
		valuationDate: close.date,
		spx: close.spx,
		rate,
		dividendYield,
		vix: close.vix,
		vix3m: close.vix3m,
		futures: close.futures.map((f) => ({ expiry: f.expiry, price: f.price })),
		recentVixCloses: close.priorVixCloses ? [...close.priorVixCloses, close.vix] : [],
	});
}
