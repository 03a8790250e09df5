// The ladder's size on a market (docs/models.md, "The hedge"): its layers, the units the chosen sizing mode gives —
// coverage of the condors' max loss in the reference stress, a premium budget, or typed units — and what the other
// modes would choose. The read-outs (book/ladderReadout.ts) and the history back-test enter the hedge with it.
import type { IsoDate } from '../types';
import { REFERENCE_STRESS, VIX_MULTIPLIER, type Stress } from '../conventions';
import type { Problem } from '../market/validateMarket';
import type { LadderNoteField } from './ladderReadout';
import type { MarketModel } from '../scenario/marketModel';
import { dateState, shockedVix, vixCallValue, vixSlot } from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { ladderLayers, type LadderLayer } from './ladderLayers';
import { DEFAULT_BUDGET_FRACTION, DEFAULT_COVERAGE, type LadderSpec } from './ladderSpec';
import { MAX_SANE_UNITS, ladderTotal, largestUnitsWithin, smallestUnitsReaching } from './ladderSizing';

export interface LadderSize {
	layers: LadderLayer[];
	units: number;
	/** What each sizing mode would choose (coverage null when out of reach within MAX_SANE_UNITS). */
	unitsBy: { units: number; coverage: number | null; budget: number };
	/** One call's gain per layer in the reference stress (SPX −10 % over 5 days), dollars. */
	referenceGainPerContract: number[];
	/** Notes on the sizing (field 'ladder.sizing'): a target out of reach, an empty ladder. */
	notes: Problem<LadderNoteField>[];
}

/** Value change of one call of each layer (dollars) in a what-if of `days` days with SPX at `spxRatio` × spot. */
export function perContractChange(
	model: MarketModel,
	layers: readonly LadderLayer[],
	days: number,
	spxRatio: number,
	volShiftPts = 0,
): number[] {
	const state = dateState(model, { ...NO_SHOCK, volOfVolShiftPts: volShiftPts }, days);
	const vix = shockedVix(model, NO_SHOCK, model.spx.spot * spxRatio);
	return layers.map(
		(l) => (vixCallValue(state, vixSlot(state, l.T), l.strike, vix) - l.pricePts) * VIX_MULTIPLIER,
	);
}

export const stressChange = (model: MarketModel, layers: readonly LadderLayer[], s: Stress) =>
	perContractChange(model, layers, s.days, 1 + s.spxMovePct / 100);

/**
 * Builds the ladder on a market and sizes it against the condors it protects.
 * @param condor one condor position's credit and max loss in dollars (from condorReadout); the targets are for N.
 */
export function sizeLadder(
	spec: LadderSpec,
	valuationDate: IsoDate,
	model: MarketModel,
	condor: { creditUsd: number; maxLossUsd: number },
): LadderSize {
	const layers = ladderLayers(spec, valuationDate, model);
	const N = spec.condorsProtected;
	const credit = N * condor.creditUsd;
	const maxLoss = N * condor.maxLossUsd;
	const premiumPer = layers.map((l) => l.pricePts * VIX_MULTIPLIER);
	const refGain = stressChange(model, layers, REFERENCE_STRESS);
	const coverageTarget = spec.sizing.mode === 'coverage' ? spec.sizing.coverage : DEFAULT_COVERAGE;
	const budgetPct = spec.sizing.mode === 'budget' ? spec.sizing.fractionOfCredit : DEFAULT_BUDGET_FRACTION;
	const unitsBy = {
		units: spec.sizing.mode === 'units' ? spec.sizing.units : 1,
		coverage: smallestUnitsReaching(layers, refGain, coverageTarget * maxLoss, spec.fractionalUnits),
		budget: largestUnitsWithin(layers, premiumPer, budgetPct * credit, spec.fractionalUnits),
	};
	const notes: Problem<LadderNoteField>[] = [];
	let units = unitsBy.units;
	if (spec.sizing.mode === 'coverage') {
		units = unitsBy.coverage ?? 1;
		if (unitsBy.coverage === null)
			notes.push({
				field: 'ladder.sizing',
				message: `${Math.round(coverageTarget * 100)} % coverage is out of reach: even ${MAX_SANE_UNITS} units gain ${Math.round((100 * ladderTotal(layers, refGain, MAX_SANE_UNITS)) / maxLoss)} % of the max loss in the reference stress. Sized at 1 unit.`,
			});
	} else if (spec.sizing.mode === 'budget') {
		units = unitsBy.budget;
		if (units === 0)
			notes.push({
				field: 'ladder.sizing',
				message: `The budget (${Math.round(budgetPct * 100)} % of the credit) buys less than one unit: the ladder is empty.`,
			});
	}
	return { layers, units, unitsBy, referenceGainPerContract: refGain, notes };
}
