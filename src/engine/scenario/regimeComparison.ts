// The deterministic regime comparison: the same held book — same strikes, same contracts — priced in two market
// states (by default the market and its other-regime counterpart from history), each side entered at its own
// market's mids so both start from zero P&L: premium, carry, the stresses and the payoff today.
import type { MarketSnapshot } from '../market/snapshot';
import { classifyCurve, type Regime } from '../market/regime';
import { SPX_MULTIPLIER, STRESSES, VIX_MULTIPLIER } from '../conventions';
import { condorLegMids } from '../book/ironCondor';
import { legsCreditPts } from '../book/fills';
import type { Positions } from '../book/positions';
import type { TradingCosts } from '../book/tradingCosts';
import { buildMarketModel, type MarketModel } from './marketModel';
import { dateState, vixCallValue, vixSlot } from './dateState';
import { payoffGrid, type PayoffGrid } from './payoffGrid';
import { NO_SHOCK, stressShock } from './shock';
import { whatIfPnl } from './whatIf';
import { counterpart, type Counterpart } from './counterparts';

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

function side(m: MarketSnapshot, model: MarketModel, held: Positions, costs: TradingCosts): RegimeSide {
	const today = dateState(model, NO_SHOCK, 0);
	const tomorrow = dateState(model, NO_SHOCK, 1);
	const vix = model.vix.curve.vix;
	const callAt = (s: typeof today, l: Positions['layers'][number]) =>
		vixCallValue(s, vixSlot(s, model.vxYears(l.expiry)), l.strike, vix);
	// Each side enters at its own market's mids (typed fills belong to the trader's market only).
	const mids = held.condor && condorLegMids(held.condor.strikes, model.spx);
	const positions: Positions = {
		condor: held.condor &&
			mids && {
				...held.condor,
				legMidsPts: mids,
				legEntryPts: mids,
				creditPts: legsCreditPts(mids),
				filled: false,
			},
		layers: held.layers.map((l) => {
			const mid = callAt(today, l);
			return { ...l, entryPts: mid, midPts: mid, filled: false };
		}),
	};
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

/** The other regime's counterpart of a market from history (a flat or humped market is compared with backwardation). */
export function otherRegime(a: MarketSnapshot): Counterpart {
	return counterpart(a, classifyCurve(a).regime === 'backwardation' ? 'contango' : 'backwardation');
}

/**
 * Prices the held book in two markets: `a` (with the model its book was priced on) and `b` (default: `a`'s
 * other-regime counterpart, which the result names). A chosen market on another date cannot hold the same positions
 * (the condor may have expired by then): pass the book entered there by the same rules as `bBook`, and the result
 * says it was re-entered.
 */
export function compareRegimes(
	a: MarketSnapshot,
	aModel: MarketModel,
	held: Positions,
	costs: TradingCosts,
	b?: MarketSnapshot,
	bBook?: { held: Positions; model: MarketModel },
) {
	const other = b ? null : otherRegime(a);
	const bMarket = b ?? other!.market;
	const bSide = bBook ?? { held, model: buildMarketModel(bMarket, aModel.condorExpiry) };
	return {
		a: side(a, aModel, held, costs),
		b: side(bMarket, bSide.model, bSide.held, costs),
		/** Where the default counterpart comes from, e.g. 'backwardation at VIX 13–16'; null for a chosen market. */
		counterpart: other && { regime: other.regime, bucket: other.bucket, sameBucket: other.sameBucket },
		/** Whether side b is the book entered afresh in its own market rather than the same positions held. */
		reentered: bBook !== undefined,
	};
}
