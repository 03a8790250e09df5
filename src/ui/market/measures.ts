// The Market screen's read-outs of the curve: the regime measures, the fit and the RSI line, formatted for display.
import {
	MIN_RSI_CLOSES,
	wilderRsi,
	type MarketSnapshot,
	type RegimeResult,
	type TermStructure,
} from '../../engine';
import { num, pctFromPercent, pts } from '../../text/format';
import type { Readout } from '../Readouts.svelte';

/** The regime's measures and the curve fit, for a grid of read-outs. */
export function curveMeasures(market: MarketSnapshot, regime: RegimeResult, term: TermStructure): Readout[] {
	const x = regime.measures;
	const signedPct = (v: number | null) => pctFromPercent(v, { signed: true, digits: 2 });
	return [
		{ label: 'Spot VIX', value: pts(market.vix) },
		{ label: 'VX1 · VX2', value: `${pts(x.vx1)} · ${pts(x.vx2)}` },
		{ label: 'VX1/VX2', value: num(x.vx1OverVx2, 4), term: 'vx1-vx2' },
		{
			label: 'Front contango',
			value: signedPct(x.frontContangoPct),
			term: 'front-contango',
			testid: 'front-contango',
		},
		{ label: 'Contango 4→7', value: signedPct(x.contango4to7Pct), term: 'contango-4-7' },
		{ label: 'VIX/VIX3M', value: num(x.vixOverVix3m, 3), term: 'vix-vix3m' },
		{ label: 'VX1 premium', value: signedPct(x.vx1PremiumPct), term: 'vx1-premium' },
		{ label: 'Daily roll', value: `${pts(x.dailyRollPts, 3, { signed: true })} /bd`, term: 'daily-roll' },
		{
			label: 'Slope /30 d',
			value: x.slopePtsPer30d === null ? '—' : pts(x.slopePtsPer30d, 2, { signed: true }),
			term: 'curve-slope',
		},
		{ label: 'VX1 in', value: `${x.vx1BusinessDays} bd` },
		{ label: 'κ (fit)', value: `${num(term.kappa, 2)} /yr`, term: 'curve-fit' },
		{ label: 'Long-run e^θ', value: pts(term.longRunLevel), term: 'curve-fit' },
		{ label: 'Fit RMSE (log)', value: num(term.rmse, 4), term: 'curve-fit' },
	];
}

/** The RSI(14) of VIX and the closes it read ('RSI(14) 74.6 · 60 closes, last 17.31'), or what it still needs. */
export function rsiLine(closes: readonly number[]): string {
	const rsi = wilderRsi(closes);
	if (rsi === null)
		return closes.length === 0
			? `RSI(14): no recent VIX closes (it needs ${MIN_RSI_CLOSES})`
			: `RSI(14): ${closes.length} of the ${MIN_RSI_CLOSES} closes it needs`;
	return `RSI(14) ${num(rsi, 1)} · ${closes.length} closes, last ${pts(closes[closes.length - 1])}`;
}
