// The ladder's read-outs on a market, sized against the condors it protects (docs/models.md, "The hedge"): units by
// the chosen sizing mode (and what the other modes would choose), premium, carry and vega, each layer's P&L in the
// stresses, the round-trip trading cost, and notes beside the numbers when a target is out of reach or the premium
// exceeds half the credit. Every value comes from the one VIX-call kernel of scenario/dateState.ts.
import type { IsoDate } from '../types';
import { STRESSES, VIX_MULTIPLIER } from '../conventions';
import type { Problem } from '../market/validateMarket';
import type { MarketModel } from '../scenario/marketModel';
import type { LadderLayer } from './ladderLayers';
import type { LadderSpec } from './ladderSpec';
import { ladderTotal, layerContracts } from './ladderSizing';
import { perContractChange, sizeLadder, stressChange } from './ladderSize';
import { tradeCostUsd, type TradingCosts } from './tradingCosts';
import type { Fraction, Usd } from '../units';

/** Where a ladder note belongs: beside the sizing (units) or beside the premium. */
export type LadderNoteField = 'ladder.sizing' | 'ladder.premium';

/** The premium above this fraction of the protected condors' credit gets a note. */
const PREMIUM_NOTE_FRACTION = 0.5;

export interface LadderReadout {
	layers: (LadderLayer & {
		contracts: number;
		premiumUsd: Usd;
		/** P&L of the layer's contracts in each of STRESSES, by stress id, dollars. */
		stressPnlUsd: Record<string, Usd>;
	})[];
	units: number;
	/** What each sizing mode would choose (coverage null when out of reach within MAX_SANE_UNITS). */
	unitsBy: { units: number; coverage: number | null; budget: number };
	premiumUsd: Usd;
	/** Premium ÷ the credit of the N condors the ladder protects. */
	premiumFractionOfCredit: Fraction;
	/** Value lost per calendar day and over 30 days if spot VIX stays (time decay and the futures' roll), dollars. */
	carryUsdPerDay: Usd;
	carryUsdPer30Days: Usd;
	/** Dollars per vol point of the VIX-option ATM vols. */
	vegaUsdPerVolPt: Usd;
	/** Hedge gain in the reference stress (SPX −10 % over 5 days), dollars. */
	referenceGainUsd: Usd;
	/** referenceGainUsd ÷ the N condors' max loss. */
	coverage: Fraction;
	/** Half-spreads and commissions to buy the ladder and sell it again at today's marks, dollars. */
	roundTripCostUsd: Usd;
	/** Notes for the sizing and premium read-outs. */
	notes: Problem<LadderNoteField>[];
}

/**
 * Builds the ladder on a market and sizes it against the condors it protects.
 * @param condor one condor position's credit and max loss in dollars (from condorReadout); the targets are for N.
 */
export function ladderReadout(
	spec: LadderSpec,
	valuationDate: IsoDate,
	model: MarketModel,
	condor: { creditUsd: number; maxLossUsd: number },
	costs: TradingCosts,
): LadderReadout {
	const { layers, units, unitsBy, notes, referenceGainPerContract } = sizeLadder(
		spec,
		valuationDate,
		model,
		condor,
	);
	const N = spec.condorsProtected;
	const credit = N * condor.creditUsd;
	const maxLoss = N * condor.maxLossUsd;
	const premiumPer = layers.map((l) => l.pricePts * VIX_MULTIPLIER);
	const stress = STRESSES.map((s) => stressChange(model, layers, s));
	const carry1 = perContractChange(model, layers, 1, 1);
	const carry30 = perContractChange(model, layers, 30, 1);
	const vegaUp = perContractChange(model, layers, 0, 1, 1);
	const vegaDown = perContractChange(model, layers, 0, 1, -1);
	const out = layers.map((layer, i) => {
		const contracts = layerContracts(layer, units);
		return {
			...layer,
			contracts,
			premiumUsd: contracts * premiumPer[i],
			stressPnlUsd: Object.fromEntries(STRESSES.map((s, j) => [s.id, contracts * stress[j][i]])),
		};
	});
	const premiumUsd = out.reduce((s, l) => s + l.premiumUsd, 0);
	const premiumFractionOfCredit = credit > 0 ? premiumUsd / credit : 0;
	if (premiumFractionOfCredit > PREMIUM_NOTE_FRACTION)
		notes.push({
			field: 'ladder.premium',
			message: `The hedge costs ${Math.round(premiumFractionOfCredit * 100)} % of the credit of the ${N === 1 ? 'condor' : `${N} condors`} it protects: more than half.`,
		});
	const referenceGainUsd = ladderTotal(layers, referenceGainPerContract, units);
	return {
		layers: out,
		units,
		unitsBy,
		premiumUsd,
		premiumFractionOfCredit,
		carryUsdPerDay: ladderTotal(layers, carry1, units),
		carryUsdPer30Days: ladderTotal(layers, carry30, units),
		vegaUsdPerVolPt: (ladderTotal(layers, vegaUp, units) - ladderTotal(layers, vegaDown, units)) / 2,
		referenceGainUsd,
		coverage: maxLoss > 0 ? referenceGainUsd / maxLoss : 0,
		roundTripCostUsd: out.reduce(
			(s, l) =>
				s +
				tradeCostUsd(costs, 'vix', l.pricePts, l.contracts) +
				tradeCostUsd(costs, 'vix', l.pricePts, l.contracts, true),
			0,
		),
		notes,
	};
}
