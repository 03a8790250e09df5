// The ladder's read-outs on a market, sized against the condors it protects (docs/models.md, "The hedge"): units by
// the chosen sizing mode (and what the other modes would choose), premium, carry and vega, each layer's P&L in the
// stresses, the round-trip trading cost, and notes beside the numbers when a target is out of reach or the premium
// exceeds half the credit. Every value comes from the one VIX-call kernel of scenario/dateState.ts.
import type { IsoDate } from '../types';
import { STRESSES, VIX_MULTIPLIER } from '../conventions';
import type { Problem } from '../market/validate';
import type { MarketModel } from '../scenario/marketModel';
import type { LadderLayer } from './ladderLayers';
import type { LadderSpec } from './ladderSpec';
import { ladderTotal, layerContracts } from './ladderSizing';
import { perContractChange, sizeLadder, stressChange } from './ladderSize';
import { tradeCostUsd, type TradingCosts } from './tradingCosts';

/** The premium above this fraction of the protected condors' credit gets a note. */
export const PREMIUM_NOTE_FRACTION = 0.5;

export interface LadderReadout {
	layers: (LadderLayer & {
		contracts: number;
		premiumUsd: number;
		/** P&L of the layer's contracts in each of STRESSES, by stress id, dollars. */
		stressPnlUsd: Record<string, number>;
	})[];
	units: number;
	/** What each sizing mode would choose (coverage null when out of reach within MAX_SANE_UNITS). */
	unitsBy: { units: number; coverage: number | null; budget: number };
	premiumUsd: number;
	/** Premium ÷ the credit of the N condors the ladder protects. */
	premiumPctOfCredit: number;
	/** Value lost per calendar day and over 30 days if spot VIX stays (time decay and the futures' roll), dollars. */
	carryUsdPerDay: number;
	carryUsdPer30Days: number;
	/** Dollars per vol point of the VIX-option ATM vols. */
	vegaUsdPerVolPt: number;
	/** Hedge gain in the reference stress (SPX −10 % over 5 days), dollars. */
	referenceGainUsd: number;
	/** referenceGainUsd ÷ the N condors' max loss. */
	coverage: number;
	/** Half-spreads and commissions to buy the ladder and sell it again at today's marks, dollars. */
	roundTripCostUsd: number;
	/** Notes for the sizing and premium read-outs (field 'ladder.sizing' or 'ladder.premium'). */
	notes: Problem[];
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
	const premiumPctOfCredit = credit > 0 ? premiumUsd / credit : 0;
	if (premiumPctOfCredit > PREMIUM_NOTE_FRACTION)
		notes.push({
			field: 'ladder.premium',
			message: `The hedge costs ${Math.round(premiumPctOfCredit * 100)} % of the credit of the ${N === 1 ? 'condor' : `${N} condors`} it protects: more than half.`,
		});
	const referenceGainUsd = ladderTotal(layers, referenceGainPerContract, units);
	return {
		layers: out,
		units,
		unitsBy,
		premiumUsd,
		premiumPctOfCredit,
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
