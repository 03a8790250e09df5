// The Market screen's read-outs of the curve: the regime measures, the fit and the RSI line, formatted for display.
import {
	MIN_RSI_CLOSES,
	wilderRsi,
	type MarketSnapshot,
	type RegimeResult,
	type TermStructure,
} from '../../engine';
import { num, pctFromPercent, pts } from '../../text/format';
import type { Readout } from '../readout';

/**
 * The regime's measures and the curve fit, for grids of read-outs: the few a trader reads first (`key`), and the rest
 * with the fit's statistics (`details`, shown folded).
 */
export function curveMeasures(
	market: MarketSnapshot,
	regime: RegimeResult,
	term: TermStructure,
): { key: Readout[]; details: Readout[] } {
	const x = regime.measures;
	const signedPct = (v: number | null) => pctFromPercent(v, { signed: true, digits: 2 });
	return {
		key: [
			{ label: 'VX1 · VX2', value: `${pts(x.vx1)} · ${pts(x.vx2)}` },
			{
				label: 'Front contango',
				value: signedPct(x.frontContangoPct),
				term: 'front-contango',
				testid: 'front-contango',
			},
			{ label: 'VIX/VIX3M', value: num(x.vixOverVix3m, 3), term: 'vix-vix3m' },
			{ label: 'Daily roll', value: `${pts(x.dailyRollPts, 3, { signed: true })} /bd`, term: 'daily-roll' },
		],
		details: [
			{ label: 'Spot VIX', value: pts(market.vix) },
			{ label: 'VX1/VX2', value: num(x.vx1OverVx2, 4), term: 'vx1-vx2' },
			{ label: 'Contango 4→7', value: signedPct(x.contango4to7Pct), term: 'contango-4-7' },
			{ label: 'VX1 premium', value: signedPct(x.vx1PremiumPct), term: 'vx1-premium' },
			{
				label: 'Slope /30 d',
				value: x.slopePtsPer30d === null ? '—' : pts(x.slopePtsPer30d, 2, { signed: true }),
				term: 'curve-slope',
			},
			{ label: 'VX1 in', value: `${x.vx1BusinessDays} bd`, term: 'business-day' },
			{ label: 'κ (fit)', value: `${num(term.kappa, 2)} /yr`, term: 'curve-kappa' },
			{ label: 'Long-run e^θ', value: pts(term.longRunLevel), term: 'long-run-level' },
			{ label: 'Fit RMSE (log)', value: num(term.rmse, 4), term: 'fit-rmse' },
		],
	};
}

/** The RSI(14) of VIX and the closes it read, the last five shown ('RSI(14) 74.6 from 60 VIX closes: … 16.2, 17.31'), or what it still needs. */
export function rsiLine(closes: readonly number[]): string {
	const rsi = wilderRsi(closes);
	if (rsi === null)
		return closes.length === 0
			? `RSI(14): no recent VIX closes (it needs ${MIN_RSI_CLOSES})`
			: `RSI(14): ${closes.length} of the ${MIN_RSI_CLOSES} closes it needs`;
	const last = closes.slice(-5).map((c) => pts(c));
	return `RSI(14) ${num(rsi, 1)} from ${closes.length} VIX closes: … ${last.join(', ')}`;
}
