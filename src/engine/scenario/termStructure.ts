// The VIX term structure as the Market and What-if screens draw it: the fitted log-OU curve sampled daily, its
// parameters and fit error, and the curve after a shock (time rolled, long-run level moved, spot VIX moved by the
// spot-vol link or typed). Days are calendar days from the valuation date.
import type { MarketSnapshot } from '../market/snapshot';
import { calendarDaysBetween } from '../market/isoDate';
import { shockVix, moveCurve } from '../market/spotVolLink';
import { curveFuture, rollCurve } from '../market/vixCurve';
import { buildMarketModel, spxExpiryForDte, type MarketModel } from './marketModel';
import type { Shock } from './whatIf';

export interface TermPoint {
	days: number;
	value: number;
}

export interface TermStructure {
	kappa: number;
	/** e^θ, the long-run VIX level the fitted curve tends to. */
	longRunLevel: number;
	eta: number;
	/** Root-mean-square log residual of the fit. */
	rmse: number;
	/** The fitted model curve, sampled from spot to a month past the last future. */
	fitted: TermPoint[];
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
	const lastDays = Math.max(
		30,
		...market.futures.map((f) => calendarDaysBetween(market.valuationDate, f.expiry)),
	);
	const span = lastDays + 30;
	const fitted = Array.from({ length: SAMPLES + 1 }, (_, i) => {
		const days = (span * i) / SAMPLES;
		return { days, value: curveFuture(curve, days / 365) };
	});
	let shocked: TermStructure['shocked'] = null;
	if (shock) {
		const dt = shock.daysForward / 365;
		const vix =
			shock.vix.mode === 'typed'
				? shock.vix.level
				: shockVix(curve.vix, 1 + shock.spxMovePct / 100, market.spotVolLink);
		const rolled = rollCurve(curve, dt);
		const after = moveCurve(rolled, { vix, longRunLevel: shock.longRunLevel ?? undefined });
		shocked = {
			spot: { days: shock.daysForward, value: vix },
			futures: market.futures
				.map((f) => ({
					days: calendarDaysBetween(market.valuationDate, f.expiry),
					T: model.vxYears(f.expiry),
				}))
				.filter((f) => f.T > dt)
				.map((f) => ({ days: f.days, value: curveFuture(after, f.T - dt) })),
		};
	}
	return {
		kappa: curve.kappa,
		longRunLevel: Math.exp(curve.theta),
		eta: curve.eta,
		rmse: curve.rmse,
		fitted,
		shocked,
	};
}
