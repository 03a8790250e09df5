// The deterministic regime comparison: the same held book — same strikes, same contracts — priced in two market
// states, each side entered at its own market's mids so both start from zero P&L: premium, carry, the stresses and
// the payoff today.
import type { MarketSnapshot } from '../market/snapshot';
import { classifyCurve, type Regime } from '../market/regime';
import { SPX_MULTIPLIER, STRESSES, VIX_MULTIPLIER } from '../conventions';
import { condorLegMids } from '../book/ironCondor';
import type { Positions } from '../book/positions';
import type { TradingCosts } from '../book/tradingCosts';
import { buildMarketModel } from './marketModel';
import { dateState, vixCallValue, vixSlot } from './dateState';
import { payoffGrid, type PayoffGrid } from './payoffGrid';
import { NO_SHOCK, stressShock } from './shock';
import { whatIfPnl } from './whatIf';

/**
 * The same market with the curve mirrored around VX1 in log space: each future F_i becomes VX1²/F_i and spot VIX
 * becomes VX1²/VIX, so a contango of +x % per month becomes a backwardation of the same size (and vice versa).
 */
export function flipCurve(m: MarketSnapshot): MarketSnapshot {
	const vx1 = m.futures[0].price;
	return {
		...m,
		vix: (vx1 * vx1) / m.vix,
		vix3m: m.vix3m === null ? null : (vx1 * vx1) / m.vix3m,
		futures: m.futures.map((f) => ({ expiry: f.expiry, price: (vx1 * vx1) / f.price })),
	};
}

export interface RegimeSide {
	regime: Regime;
	vix: number;
	vx1: number;
	condorCreditUsd: number;
	hedgeCostUsd: number;
	/** Value the hedge loses in a day if spot VIX stays, dollars (negative: a cost). */
	hedgeCarryUsdPerDay: number;
	/** Combined, hedge and condor P&L in each of STRESSES. */
	stress: {
		stressId: string;
		spxMovePct: number;
		combinedUsd: number;
		hedgeUsd: number;
		condorUsd: number;
	}[];
	grid: PayoffGrid;
}

function side(m: MarketSnapshot, condorExpiry: string, held: Positions, costs: TradingCosts): RegimeSide {
	const model = buildMarketModel(m, condorExpiry);
	const today = dateState(model, NO_SHOCK, 0);
	const tomorrow = dateState(model, NO_SHOCK, 1);
	const vix = model.vix.curve.vix;
	const callAt = (s: typeof today, l: Positions['layers'][number]) =>
		vixCallValue(s, vixSlot(s, model.vxYears(l.expiry)), l.strike, vix);
	// Each side enters at its own market's mids.
	const positions: Positions = {
		condor: held.condor && {
			...held.condor,
			legMidsPts: condorLegMids(held.condor.strikes, model.spx),
			creditPts: 0,
		},
		layers: held.layers.map((l) => ({ ...l, entryPts: callAt(today, l) })),
	};
	if (positions.condor) {
		const [lp, sp, sc, lc] = positions.condor.legMidsPts;
		positions.condor.creditPts = sp - lp + sc - lc;
	}
	const book = { model, positions, costs };
	return {
		regime: classifyCurve(m).regime,
		vix: m.vix,
		vx1: m.futures[0].price,
		condorCreditUsd: positions.condor
			? positions.condor.creditPts * SPX_MULTIPLIER * positions.condor.qty
			: 0,
		hedgeCostUsd: positions.layers.reduce((s, l) => s + l.entryPts * VIX_MULTIPLIER * l.contracts, 0),
		hedgeCarryUsdPerDay: positions.layers.reduce(
			(s, l) => s + (callAt(tomorrow, l) - l.entryPts) * VIX_MULTIPLIER * l.contracts,
			0,
		),
		stress: STRESSES.map((s) => {
			const p = whatIfPnl(book, stressShock(s));
			return {
				stressId: s.id,
				spxMovePct: s.spxMovePct,
				combinedUsd: p.combinedUsd,
				hedgeUsd: p.hedgeUsd,
				condorUsd: p.condorUsd,
			};
		}),
		grid: payoffGrid(book, NO_SHOCK),
	};
}

/**
 * Prices the held book in two markets (default: `a` and its flipped curve).
 * @param condorExpiry the condor's SPX expiry, 'YYYY-MM-DD' (both markets must share the valuation date).
 */
export function compareRegimes(
	a: MarketSnapshot,
	held: Positions,
	condorExpiry: string,
	costs: TradingCosts,
	b: MarketSnapshot = flipCurve(a),
) {
	return { a: side(a, condorExpiry, held, costs), b: side(b, condorExpiry, held, costs) };
}
