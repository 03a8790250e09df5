// Trading costs (docs/models.md, "Trading costs"): a half-spread per option leg and a commission per contract,
// defaults editable in one place. Fills are at mid ± the half-spread; a long that is worth less than its cost to
// sell is left to expire instead; cash settlement at expiry costs nothing.
import { SPX_MULTIPLIER, VIX_MULTIPLIER } from '../conventions';
import type { Fraction, Pts, Usd } from '../units';

export interface TradingCosts {
	/** VIX options: half-spread = max(min, fraction × mid), points. */
	vixHalfSpreadMinPts: Pts;
	vixHalfSpreadFraction: Fraction;
	/** SPX options, per leg: half-spread = max(min, fraction × mid), points. */
	spxHalfSpreadMinPts: Pts;
	spxHalfSpreadFraction: Fraction;
	/** Commission and exchange fees, dollars per contract per trade. */
	commissionUsd: Usd;
}

export const DEFAULT_COSTS: TradingCosts = {
	vixHalfSpreadMinPts: 0.025,
	vixHalfSpreadFraction: 0.05,
	spxHalfSpreadMinPts: 0.05,
	spxHalfSpreadFraction: 0.02,
	commissionUsd: 1,
};

export const NO_COSTS: TradingCosts = {
	vixHalfSpreadMinPts: 0,
	vixHalfSpreadFraction: 0,
	spxHalfSpreadMinPts: 0,
	spxHalfSpreadFraction: 0,
	commissionUsd: 0,
};

export type Instrument = 'spx' | 'vix';

/** Half the bid–ask spread of an option with mid `midPts` (points). */
function halfSpreadPts(c: TradingCosts, instrument: Instrument, midPts: Pts): Pts {
	return instrument === 'spx'
		? Math.max(c.spxHalfSpreadMinPts, c.spxHalfSpreadFraction * midPts)
		: Math.max(c.vixHalfSpreadMinPts, c.vixHalfSpreadFraction * midPts);
}

/**
 * Dollars a trade of `contracts` options with mid `midPts` costs beyond mid: half-spread and commission per contract.
 * Selling a long worth less than that is not done (the option is left to expire): the cost is then its whole value.
 * @param closingLong true when the trade sells options held long (the cost cannot exceed what they are worth).
 * @example tradeCostUsd(DEFAULT_COSTS, 'vix', 0.3, 10) // 10 × (0.025 × 100 + 1) = $35
 */
export function tradeCostUsd(
	c: TradingCosts,
	instrument: Instrument,
	midPts: Pts,
	contracts: number,
	closingLong = false,
): Usd {
	const multiplier = instrument === 'spx' ? SPX_MULTIPLIER : VIX_MULTIPLIER;
	const perContract = halfSpreadPts(c, instrument, midPts) * multiplier + c.commissionUsd;
	return Math.abs(contracts) * (closingLong ? Math.min(perContract, midPts * multiplier) : perContract);
}

/** Commission and fees alone for `contracts` options, dollars: the entry cost of a typed fill (its spread is in its price). */
export function commissionUsd(c: TradingCosts, contracts: number): Usd {
	return Math.abs(contracts) * c.commissionUsd;
}
