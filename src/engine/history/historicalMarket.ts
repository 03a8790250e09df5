// The market of a history day (docs/history.md, "The market of a history day"): SPX, VIX and VIX3M closes, the VX
// curve from the real CFE settlements the history holds that day — the proxy of history/proxyFutures.ts standing in,
// flagged, for a listed expiry without one, or for the whole curve when the day has none — the VIX closes RSI(14)
// reads, and the carry table's rate and dividend yield: closingMarket, the construction of the dated presets too.
import { MAX_FUTURES } from '../market/marketFields';
import { closingMarket } from '../market/closingMarket';
import type { MarketSnapshot, VxFutureQuote } from '../market/snapshot';
import { proxyFuture } from './proxyFutures';
import { priorVixCloses, type HistoryTable } from './historyTable';

/** Listed expiries of a curve built from the proxy alone: about nine months, past the ladder's long layer. */
export const PROXY_CURVE_EXPIRIES = 9;
/** VIX closes carried before the day (with its own close, 60: as the dated presets carry). */
export const PRIOR_VIX_CLOSE_COUNT = 59;

export interface HistoricalMarket {
	market: MarketSnapshot;
	/** Per future of `market.futures`: true where the proxy stands in for a settlement the history lacks. */
	proxy: boolean[];
}

/** A proxy future, rounded to 4 decimals like a CFE settlement. */
const proxyAt = (vix: number, vix3m: number, days: number) =>
	Math.round(proxyFuture(vix, vix3m, days) * 1e4) / 1e4;

/**
 * The market of day i of a history table. With settlements that day the curve runs from the first listed expiry to
 * the last settled one (at most MAX_FUTURES), the proxy filling an expiry in between that has none (when VIX3M is
 * known); beyond the last settlement the curve fit extrapolates, as for a typed market. Without any, the curve is
 * the proxy on the first PROXY_CURVE_EXPIRIES listed expiries.
 * @param i a day's row (dayIndex).
 * @example historicalMarket(embeddedHistoryTable(), dayIndex(embeddedHistoryTable(), '2018-02-05')).market // the preset
 */
export function historicalMarket(table: HistoryTable, i: number): HistoricalMarket {
	if (!(Number.isInteger(i) && i >= 0 && i < table.days.length))
		throw new RangeError(`day ${i} is not a row of the history (0–${table.days.length - 1})`);
	const day = table.days[i];
	const vix = table.vix[i];
	const vix3m = table.vix3m[i] === table.vix3m[i] ? table.vix3m[i] : null;
	const first = table.firstListed[i];
	const real = (e: number) => table.settle[e]?.[i] ?? NaN;
	let last = -1;
	for (let e = first; e < first + MAX_FUTURES && e < table.expiries.length; e++)
		if (real(e) === real(e)) last = e;
	const futures: VxFutureQuote[] = [];
	const proxy: boolean[] = [];
	const end = last >= 0 ? last + 1 : first + PROXY_CURVE_EXPIRIES;
	for (let e = first; e < end; e++) {
		const price = real(e);
		if (price === price) {
			futures.push({ expiry: table.expiries[e], price });
			proxy.push(false);
		} else if (vix3m !== null) {
			futures.push({ expiry: table.expiries[e], price: proxyAt(vix, vix3m, table.expiryDays[e] - day) });
			proxy.push(true);
		}
	}
	const market = closingMarket({
		date: table.dates[i],
		spx: table.spx[i],
		vix,
		vix3m,
		futures,
		priorVixCloses: priorVixCloses(table, i, PRIOR_VIX_CLOSE_COUNT),
	});
	return { market, proxy };
}
