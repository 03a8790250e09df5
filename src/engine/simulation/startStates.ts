// The markets a regime-lab run starts from: the user's market with its contango and backwardation counterparts
// (same VX1, same SPX smile), or markets the user picks.
import type { MarketSnapshot } from '../market/snapshot';
import { classifyCurve, type Regime } from '../market/regime';
import { calendarDaysBetween } from '../market/isoDate';
import { flipCurve } from '../scenario/regimeComparison';

export type StartSpec =
	{ mode: 'counterparts' } | { mode: 'markets'; markets: { label: string; market: MarketSnapshot }[] };

export interface StartState {
	id: string;
	label: string;
	market: MarketSnapshot;
	regime: Regime;
	/** Id of an earlier start with the very same market (its results are shared), else null. */
	sameAs: string | null;
}

/** Synthetic contango when the market is flat or humped: spot this far under VX1 … */
export const SYNTHETIC_SPOT_DISCOUNT = 0.1;
/** … and the curve rising this much (log) per 30 days beyond VX1: a typical calm contango. */
export const SYNTHETIC_CONTANGO_PER_30D = 0.05;

export const regimeOf = (m: MarketSnapshot): Regime =>
	classifyCurve({ valuationDate: m.valuationDate, vix: m.vix, vix3m: m.vix3m, futures: m.futures }).regime;

/**
 * A calm contango with the market's VX1: spot VIX = VX1/(1 + 10 %), each later future VX1·e^{5 %·(DTE − DTE1)/30},
 * VIX3M (when given) read off that curve at 93 days. The smile stays the market's (`atmVol` pins a linked ATM).
 */
export function syntheticContango(m: MarketSnapshot): MarketSnapshot {
	const vx1 = m.futures[0].price;
	const dte1 = calendarDaysBetween(m.valuationDate, m.futures[0].expiry);
	const at = (dte: number) => vx1 * Math.exp((SYNTHETIC_CONTANGO_PER_30D * (dte - dte1)) / 30);
	return {
		...m,
		vix: vx1 / (1 + SYNTHETIC_SPOT_DISCOUNT),
		vix3m: m.vix3m === null ? null : at(93),
		futures: m.futures.map((f) => ({
			expiry: f.expiry,
			price: at(calendarDaysBetween(m.valuationDate, f.expiry)),
		})),
		recentVixCloses: [],
	};
}

/**
 * The start states. Counterparts: the user's market; its contango counterpart (itself when in contango, the curve
 * mirrored by flipCurve when in backwardation, else syntheticContango); its backwardation counterpart (itself when
 * in backwardation, else flipCurve of the contango counterpart). Counterparts other than the user's market drop the
 * recent VIX closes (their VIX is hypothetical, so RSI starts at 50).
 * @param condorDteDays the book's condor DTE (the linked ATM vol is pinned at that expiry).
 */
export function regimeStarts(market: MarketSnapshot, condorDteDays: number, spec: StartSpec): StartState[] {
	if (spec.mode === 'markets') {
		if (spec.markets.length === 0) throw new RangeError('starts.markets: at least one market is required');
		return spec.markets.map((s, i) => ({
			id: `market${i + 1}`,
			label: s.label,
			market: s.market,
			regime: regimeOf(s.market),
			sameAs: null,
		}));
	}
	void condorDteDays;
	const regime = regimeOf(market);
	const hypothetical = (m: MarketSnapshot): MarketSnapshot => ({ ...m, recentVixCloses: [] });
	const contango =
		regime === 'contango'
			? market
			: regime === 'backwardation'
				? hypothetical(flipCurve(market))
				: syntheticContango(market);
	const backwardation = regime === 'backwardation' ? market : hypothetical(flipCurve(contango));
	return [
		{ id: 'user', label: 'Your market', market, regime, sameAs: null },
		{
			id: 'contango',
			label: 'Contango',
			market: contango,
			regime: regimeOf(contango),
			sameAs: contango === market ? 'user' : null,
		},
		{
			id: 'backwardation',
			label: 'Backwardation',
			market: backwardation,
			regime: regimeOf(backwardation),
			sameAs: backwardation === market ? 'user' : null,
		},
	];
}
