// The Book screen's read-outs: the condor's, the ladder's (with the notes that belong beside its units and premium)
// and the combined book's, formatted for display. Colour follows one rule everywhere: a signed P&L is green above
// zero, red below, plain at zero (pnlTone); amounts that are not P&L (a credit, a max loss) are never coloured.
import type { CondorReadout, LadderReadout, LadderNoteField } from '../../engine';
import type { BookResult } from '../../state/workbench.svelte';
import { num, pctFromFraction, pnlTone, pts, usd } from '../../text/format';
import type { Readout } from '../readout';

/** The condor's credit, risk, break-evens, probability and greeks. */
export function condorItems(condor: CondorReadout, expiry: string): Readout[] {
	const k = condor.strikes;
	const greek = (v: number) => usd(v, { signed: true, cents: true });
	return [
		{
			label: 'Strikes',
			value: `${k.longPut} / ${k.shortPut} · ${k.shortCall} / ${k.longCall}`,
			testid: 'condor-strikes',
		},
		{ label: 'Expiry (SPXW)', value: expiry },
		{ label: 'Credit', value: usd(condor.creditUsd), testid: 'condor-credit' },
		{ label: 'Credit per condor', value: `${pts(condor.creditPts)} pts` },
		{ label: 'Max profit', value: usd(condor.maxProfitUsd) },
		{ label: 'Max loss (defined risk)', value: usd(condor.maxLossUsd) },
		{
			label: 'Break-evens',
			value: `${pts(condor.breakEvens[0], 1)} · ${pts(condor.breakEvens[1], 1)}`,
			term: 'break-even',
		},
		{ label: 'P(profit), risk-neutral', value: pctFromFraction(condor.probabilityOfProfit), term: 'pop' },
		{ label: 'Expected move ±1 SD', value: `±${pts(condor.expectedMovePts, 0)} pts` },
		{ label: 'Δ ($ per SPX pt)', value: greek(condor.deltaUsd), term: 'greeks' },
		{ label: 'Γ ($ per pt²)', value: greek(condor.gammaUsd) },
		{ label: 'Θ per day', value: usd(condor.thetaUsdPerDay, { signed: true }) },
		{ label: 'Vega per vol pt', value: usd(condor.vegaUsdPerVolPt, { signed: true }) },
	];
}

/** The ladder's size, cost, carry, stress gain and coverage, with its notes beside units and premium. */
export function ladderItems(ladder: LadderReadout): Readout[] {
	const note = (field: LadderNoteField) => ladder.notes.find((n) => n.field === field)?.message ?? null;
	const k = ladder.unitsBy;
	return [
		{
			label: 'Units k',
			value: num(ladder.units, 2),
			term: 'unit',
			testid: 'ladder-units',
			note: note('ladder.sizing'),
		},
		{ label: 'Calls', value: String(ladder.layers.reduce((s, l) => s + l.contracts, 0)) },
		{
			label: 'Hedge premium',
			value: usd(ladder.premiumUsd),
			testid: 'hedge-premium',
			note: note('ladder.premium'),
		},
		{ label: '% of condor credit', value: pctFromFraction(ladder.premiumFractionOfCredit) },
		{
			label: 'Round-trip cost',
			value: usd(ladder.roundTripCostUsd),
			term: 'round-trip-cost',
			testid: 'round-trip-cost',
		},
		{ label: 'Carry per day', value: usd(ladder.carryUsdPerDay, { signed: true }), term: 'carry' },
		{ label: 'Carry per 30 days', value: usd(ladder.carryUsdPer30Days, { signed: true }) },
		{ label: 'Vega per vol-of-vol pt', value: usd(ladder.vegaUsdPerVolPt, { signed: true }) },
		{
			label: 'Gain, SPX −10 % in 5 d',
			value: usd(ladder.referenceGainUsd, { signed: true }),
			tone: pnlTone(ladder.referenceGainUsd),
		},
		{ label: 'Coverage of max loss', value: pctFromFraction(ladder.coverage), term: 'coverage' },
		{
			label: 'k by mode: units · coverage · budget',
			term: 'k-by-mode',
			value: `${num(k.units, 2)} · ${k.coverage === null ? 'unreachable' : num(k.coverage, 2)} · ${num(k.budget, 2)}`,
		},
	];
}

/** The condor and hedge together: break-evens at expiry and the max loss with the hedge on. */
export function combinedItems(result: BookResult): Readout[] {
	const be = result.combined.breakEvens;
	return [
		{
			label: 'Break-evens with hedge (expiry)',
			value: be.length ? be.map((b) => pts(b, 1)).join(' · ') : 'none in ±25 %',
			term: 'break-even',
			testid: 'combined-break-evens',
		},
		{
			label: 'Max loss with hedge',
			value: usd(result.combined.maxLossWithHedgeUsd),
			testid: 'combined-max-loss',
		},
		{ label: 'Condor alone', value: usd(result.condor.maxLossUsd), tone: 'muted' },
	];
}
