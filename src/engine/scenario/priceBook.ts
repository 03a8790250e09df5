// Prices a book spec on a market snapshot: the model, the condor and ladder read-outs, and the positions the what-if,
// payoff grid, heatmap and regime comparison value (the book's N condors and the ladder's contracts, entered at the
// trader's fills where typed and at today's mids elsewhere).
import type { IsoDate } from '../types';
import type { MarketSnapshot } from '../market/snapshot';
import { condorReadout, type CondorReadout } from '../book/ironCondor';
import { ladderReadout, type LadderReadout } from '../book/ladderReadout';
import type { BookSpec } from '../book/bookSpec';
import { applyFills } from '../book/fills';
import type { Positions } from '../book/positions';
import { buildMarketModel, spxExpiryForDte, type MarketModel } from './marketModel';
import type { ValuedBook } from './whatIf';

export interface PricedBook extends ValuedBook {
	condor: CondorReadout;
	ladder: LadderReadout;
}

export function priceBook(market: MarketSnapshot, spec: BookSpec): PricedBook {
	return priceBookOn(
		buildMarketModel(market, spxExpiryForDte(market.valuationDate, spec.condorDteDays)),
		market.valuationDate,
		spec,
	);
}

/** The same on a model already built for the spec's condor expiry (the history back-test shares one per start). */
export function priceBookOn(model: MarketModel, valuationDate: IsoDate, spec: BookSpec): PricedBook {
	const condor = condorReadout(spec.condor, model.spx);
	const ladder = ladderReadout(spec.ladder, valuationDate, model, condor, spec.costs);
	const positions: Positions = {
		condor: {
			strikes: condor.strikes,
			qty: condor.qty * spec.ladder.condorsProtected,
			creditPts: condor.creditPts,
			legMidsPts: condor.legMidsPts,
			legEntryPts: condor.legMidsPts,
			filled: false,
		},
		layers: ladder.layers.map((l) => ({
			id: l.id,
			expiry: l.expiry,
			strike: l.strike,
			contracts: l.contracts,
			entryPts: l.pricePts,
			midPts: l.pricePts,
			filled: false,
		})),
	};
	return { model, condor, ladder, positions: applyFills(positions, spec.fills), costs: spec.costs };
}
