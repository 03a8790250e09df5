// Book valuation: any set of legs — SPX options, VIX options and VX futures — marked at a market model, with P&L
// against entry and dollar greeks. VIX options and VX futures are marked on the VX future of their own expiry.
import type { IsoDate, OptionKind } from '../types';
import { black76Greeks, black76Price } from '../pricing/black76';
import { curveFuture } from '../market/vixCurve';
import { vixOptionGreeks, vixOptionPrice } from '../pricing/vixOptions';
import { SPX_MULTIPLIER } from './ironCondor';
import { VIX_MULTIPLIER } from './alvhLadder';
import type { ExpiryMarket } from './expiryMarket';
import type { Greeks } from '../pricing/greeks';
import type { VixMarket } from './vixMarket';

/** VX future multipliers: the standard contract and Mini VX, dollars per VIX point. */
export const VX_MULTIPLIER = 1000;
export const MINI_VX_MULTIPLIER = 100;

export type Leg =
	| { type: 'spxOption'; kind: OptionKind; strike: number; qty: number; entryPts: number }
	| { type: 'vixOption'; kind: OptionKind; expiry: IsoDate; strike: number; qty: number; entryPts: number }
	| { type: 'vxFuture'; expiry: IsoDate; mini: boolean; qty: number; entryPts: number };

export interface LegMark {
	/** Value per contract, points. */
	markPts: number;
	/** (mark − entry)·multiplier·qty, dollars (qty < 0 for a short). */
	pnlUsd: number;
	/** Dollars per point of the leg's own underlying (SPX forward, or the VX future of the leg's expiry). */
	deltaUsd: number;
	/** Dollars per vol point (SPX vol, or VIX-option vol). */
	vegaUsdPerVolPt: number;
	/** Dollars per calendar day. */
	thetaUsdPerDay: number;
}

/**
 * Marks each leg. SPX options use the one expiry market given (the condor's); VIX legs use the VX curve at their
 * expiry's time `vxYears(expiry)`.
 */
export function markLegs(
	legs: readonly Leg[],
	spx: ExpiryMarket,
	vix: VixMarket,
	vxYears: (expiry: IsoDate) => number,
): LegMark[] {
	return legs.map((leg) => {
		if (leg.type === 'spxOption') {
			const vol = spx.volAt(leg.strike);
			const mark = black76Price(leg.kind, spx.F, leg.strike, spx.T, spx.r, vol);
			const g = black76Greeks(leg.kind, spx.F, leg.strike, spx.T, spx.r, vol);
			return optionMark(mark, leg.entryPts, g, SPX_MULTIPLIER * leg.qty);
		}
		const T = vxYears(leg.expiry);
		const future = T > 0 ? curveFuture(vix.curve, T) : vix.curve.vix;
		if (leg.type === 'vxFuture') {
			const units = (leg.mini ? MINI_VX_MULTIPLIER : VX_MULTIPLIER) * leg.qty;
			return {
				markPts: future,
				pnlUsd: (future - leg.entryPts) * units,
				deltaUsd: units,
				vegaUsdPerVolPt: 0,
				thetaUsdPerDay: 0,
			};
		}
		const units = VIX_MULTIPLIER * leg.qty;
		if (T <= 0) {
			const intrinsic = Math.max(leg.kind === 'call' ? future - leg.strike : leg.strike - future, 0);
			return {
				markPts: intrinsic,
				pnlUsd: (intrinsic - leg.entryPts) * units,
				deltaUsd: 0,
				vegaUsdPerVolPt: 0,
				thetaUsdPerDay: 0,
			};
		}
		const volAtm = vix.volOfVol(T);
		const mark = vixOptionPrice(leg.kind, future, leg.strike, T, vix.r, volAtm, vix.skew);
		return optionMark(
			mark,
			leg.entryPts,
			vixOptionGreeks(leg.kind, future, leg.strike, T, vix.r, volAtm, vix.skew),
			units,
		);
	});
}

/** An option leg's mark in dollars: `units` = multiplier × signed quantity. */
function optionMark(markPts: number, entryPts: number, g: Greeks, units: number): LegMark {
	return {
		markPts,
		pnlUsd: (markPts - entryPts) * units,
		deltaUsd: g.delta * units,
		vegaUsdPerVolPt: (g.vega * units) / 100,
		thetaUsdPerDay: (g.theta * units) / 365,
	};
}
