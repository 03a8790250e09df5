// The VIX term structure as the Market and What-if screens draw it: the fitted curve sampled daily (points beyond the
// last typed contract flagged as extrapolated), its parameters and fit error, and each listed future and spot VIX
// after a shock (time rolled, long-run level moved, spot VIX by the link or typed). Days are calendar days.
import type { MarketSnapshot } from '../market/snapshot';
import { calendarDaysBetween } from '../market/isoDate';
import { curveFuture } from '../market/vixCurve';
import { buildMarketModel, spxExpiryForDte, type MarketModel } from './marketModel';
import { dateState, shockedVix, slotFuture, vixSlot } from './dateState';
import type { Shock } from './shock';
import { DAYS_PER_YEAR } from '../conventions';

export interface TermPoint {
	days: number;
	value: number;
}

export interface TermStructure {
	kappa: number;
	/** e^θ, the long-run VIX level the fitted curve tends to. */
	longRunLevel: number;
	/** Root-mean-square log residual of the fit. */
	rmse: number;
	/** The curve, sampled from spot to a month past the last future; `lastQuotedDays` ends the quoted part. */
	fitted: TermPoint[];
	lastQuotedDays: number;
	/** Each listed future after the shock (at its own expiry), and spot VIX after it (at the shock's date). */
	shocked: { spot: TermPoint; futures: TermPoint[] } | null;
}

const SAMPLES = 64;

/** The market model the term structure is read from (the curve does not depend on the condor: any expiry will do). */
export function curveModel(market: MarketSnapshot): MarketModel {
	return buildMarketModel(market, spxExpiryForDte(market.valuationDate, 45));
}

/** @param model the market's model, when the caller already has it (see curveModel). */
export function termStructure(
	market: MarketSnapshot,
	shock: Shock | null = null,
	model: MarketModel = curveModel(market),
): TermStructure {
	const curve = model.vix.curve;
	const expiryDays = market.futures.map((f) => calendarDaysBetween(market.valuationDate, f.expiry));
	const lastQuotedDays = Math.max(0, ...expiryDays);
	const span = Math.max(30, lastQuotedDays) + 30;
	const fitted = Array.from({ length: SAMPLES + 1 }, (_, i) => {
		const days = (span * i) / SAMPLES;
		return { days, value: curveFuture(curve, days / DAYS_PER_YEAR) };
	});
	let shocked: TermStructure['shocked'] = null;
	if (shock) {
		const state = dateState(model, shock, shock.daysForward);
		const vix = shockedVix(model, shock, model.spx.spot * (1 + shock.spxMovePct / 100));
		shocked = {
			spot: { days: shock.daysForward, value: vix },
			futures: market.futures
				.map((f, i) => ({ days: expiryDays[i], slot: vixSlot(state, model.vxYears(f.expiry)) }))
				.filter((f) => f.slot.T > 0)
				.map((f) => ({ days: f.days, value: slotFuture(state, f.slot, vix) })),
		};
	}
	return {
		kappa: curve.kappa,
		longRunLevel: Math.exp(curve.theta),
		rmse: curve.rmse,
		fitted,
		lastQuotedDays,
		shocked,
	};
}
