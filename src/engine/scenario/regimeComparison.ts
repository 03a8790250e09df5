// The deterministic regime comparison (issue 3 §4): the same book — same strikes, same contracts — priced in two
// market states, by default the user's and the same market with its VX curve flipped to backwardation at the same VX1.
import type { MarketSnapshot } from '../market/snapshot';
import { classifyCurve, type Regime } from '../market/regime';
import { SPX_MULTIPLIER, condorValue } from '../book/ironCondor';
import { VIX_MULTIPLIER } from '../book/alvhLadder';
import { vixCallGreeks, vixCallValue } from '../book/vixMarket';
import { buildMarketModel } from './marketModel';
import { NO_SHOCK, payoffGrid, whatIfPnl, type Book, type PayoffGrid } from './whatIf';

/**
 * The same market with the curve mirrored around VX1 in log space: each future F_i becomes VX1²/F_i and spot VIX
 * becomes VX1²/VIX, so a contango of +x % per month becomes a backwardation of the same size (and vice versa).
 * The SPX smile is kept as it was (`atmVol` pins a linked ATM), so the comparison isolates the curve's shape.
 */
export function flipCurve(m: MarketSnapshot, atmVol?: number): MarketSnapshot {
	const vx1 = m.futures[0].price;
	const smile =
		m.smile.mode === 'quotes' && m.smile.atmVol === null && atmVol !== undefined
			? { ...m.smile, atmVol }
			: m.smile;
	return {
		...m,
		smile,
		vix: (vx1 * vx1) / m.vix,
		vix3m: m.vix3m === null ? null : (vx1 * vx1) / m.vix3m,
		futures: m.futures.map((f) => ({ expiry: f.expiry, price: (vx1 * vx1) / f.price })),
	};
}

/** The book as held: condor strikes and qty, and each layer's VX expiry, strike and contracts. */
export interface HeldBook {
	condor: Book['condor'];
	layers: { id: string; expiry: string; strike: number; contracts: number }[];
}

export interface RegimeSide {
	regime: Regime;
	vix: number;
	vx1: number;
	condorCreditUsd: number;
	hedgeCostUsd: number;
	hedgeCarryUsdPerDay: number;
	/** Combined P&L over 5 days for SPX −5 / −10 / −20 / +3 %, and the hedge's share. */
	stress: { movePct: number; combinedUsd: number; hedgeUsd: number; condorUsd: number }[];
	grid: PayoffGrid;
}

export const STRESS_MOVES_PCT = [-5, -10, -20, 3];
const STRESS_DAYS = 5;

function side(m: MarketSnapshot, condorExpiry: string, held: HeldBook): RegimeSide {
	const model = buildMarketModel(m, condorExpiry);
	const layers = held.layers.map((l) => {
		const T = model.vxYears(l.expiry);
		return {
			id: l.id,
			strike: l.strike,
			T,
			contracts: l.contracts,
			entryPts: vixCallValue(model.vix, l.strike, T),
		};
	});
	// Re-strike nothing: entry prices are this market's, so each side starts from zero P&L.
	const condor = held.condor
		? { ...held.condor, creditPts: condorValue(held.condor.strikes, model.spx) }
		: null;
	const book: Book = { condor, layers };
	const link = m.spotVolLink;
	const stress = STRESS_MOVES_PCT.map((movePct) => {
		const p = whatIfPnl(model, link, { ...NO_SHOCK, spxMovePct: movePct, daysForward: STRESS_DAYS }, book);
		return { movePct, combinedUsd: p.combinedUsd, hedgeUsd: p.hedgeUsd, condorUsd: p.condorUsd };
	});
	const carry = layers.reduce(
		(s, l) => s + (l.contracts * vixCallGreeks(model.vix, l.strike, l.T).theta * VIX_MULTIPLIER) / 365,
		0,
	);
	return {
		regime: classifyCurve({ valuationDate: m.valuationDate, vix: m.vix, vix3m: m.vix3m, futures: m.futures })
			.regime,
		vix: m.vix,
		vx1: m.futures[0].price,
		condorCreditUsd: condor ? condor.creditPts * SPX_MULTIPLIER * condor.qty : 0,
		hedgeCostUsd: layers.reduce((s, l) => s + l.entryPts * VIX_MULTIPLIER * l.contracts, 0),
		hedgeCarryUsdPerDay: carry,
		stress,
		grid: payoffGrid(model, link, NO_SHOCK, book),
	};
}

/**
 * Prices the held book in two markets (default: `a` and its flipped curve).
 * @param condorExpiry the condor's SPX expiry, 'YYYY-MM-DD' (both markets must share the valuation date).
 */
export function compareRegimes(a: MarketSnapshot, held: HeldBook, condorExpiry: string, b?: MarketSnapshot) {
	const other = b ?? flipCurve(a, buildMarketModel(a, condorExpiry).spx.atmVol);
	return { a: side(a, condorExpiry, held), b: side(other, condorExpiry, held) };
}
