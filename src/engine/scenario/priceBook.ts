// Prices a book spec on a market snapshot: the model, the condor and ladder read-outs, the book the what-if engine
// values, and the held positions the regime comparison re-prices.
import type { MarketSnapshot } from '../market/snapshot';
import { condorReadout } from '../book/ironCondor';
import { ladderReadout } from '../book/alvhLadder';
import type { BookSpec } from '../book/bookSpec';
import { buildMarketModel, spxExpiryForDte } from './marketModel';
import type { Book } from './whatIf';
import type { HeldBook } from './regimeComparison';

export function priceBook(market: MarketSnapshot, spec: BookSpec) {
	const model = buildMarketModel(market, spxExpiryForDte(market.valuationDate, spec.condorDteDays));
	const condor = condorReadout(spec.condor, model.spx);
	const ladder = ladderReadout(
		spec.ladder,
		market.valuationDate,
		model.vix,
		market.spotVolLink,
		condor,
		model.vxYears,
	);
	const condorHeld = { strikes: condor.strikes, qty: condor.qty, creditPts: condor.creditPts };
	const book: Book = {
		condor: condorHeld,
		layers: ladder.layers.map((l) => ({
			id: l.id,
			strike: l.strike,
			T: l.T,
			contracts: l.contracts,
			entryPts: l.pricePts,
		})),
	};
	const held: HeldBook = {
		condor: condorHeld,
		layers: ladder.layers.map((l) => ({
			id: l.id,
			expiry: l.expiry,
			strike: l.strike,
			contracts: l.contracts,
		})),
	};
	return { model, condor, ladder, book, held };
}
