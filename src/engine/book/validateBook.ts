// Validation of a book spec (docs/inputs.md): every problem at once, each with the field it belongs to, so the form
// can show a message beside the field while the last good read-outs stay on screen. Number bounds come from
// BOOK_FIELDS; beyond them: strikes on the grid and in order, wings outside the shorts, layers that get longer.
// Problems that need the market (a wing wider than the chain with strikes by delta) are reported by the pricing.
import type { BookField } from '../fieldPaths';
import { numberProblem, type NumberSpec } from '../fields';
import { isBusinessDay } from '../market/calendar';
import type { Problem } from '../market/validateMarket';
import { SPX_STRIKE_STEP } from './strikes';
import { BOOK_FIELDS as F } from './bookFields';
import { fillProblems } from './fills';
import type { BookSpec } from './bookSpec';

/** The SPX 16:00 settlement, minutes after midnight ET: a 0DTE condor can be valued only before it. */
const SETTLEMENT_MINUTES_ET = 16 * 60;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** False for a weekend, a holiday, or a date the calendar cannot place (the market's own check reports those). */
function tradingDay(date: string): boolean {
	try {
		return isBusinessDay(date);
	} catch {
		return true;
	}
}
const onGrid = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) < 1e-9;

/**
 * Every problem with a book spec.
 * @param valuationMinutesEt the market's valuation time, to tell a live 0DTE condor from one already settled.
 * @param valuationDate the market's date 'YYYY-MM-DD', to tell whether a 0DTE condor expires that day at all.
 */
export function validateBook(
	spec: BookSpec,
	valuationMinutesEt: number = SETTLEMENT_MINUTES_ET,
	valuationDate?: string,
): Problem<BookField>[] {
	const out: Problem<BookField>[] = [];
	const check = (field: BookField, s: NumberSpec, v: unknown): boolean => {
		const message = numberProblem(s, v);
		if (message) out.push({ field, message });
		return message === null;
	};
	/** True when v is on the SPX grid, else a message and false. */
	const onSpxGrid = (field: BookField, what: string, v: number): boolean => {
		if (onGrid(v, SPX_STRIKE_STEP)) return true;
		out.push({ field, message: `${what} ${v} is off the ${SPX_STRIKE_STEP}-point SPX grid.` });
		return false;
	};
	const { condor, ladder, costs } = spec;

	if (check('condorDteDays', F.condorDteDays, spec.condorDteDays))
		if (spec.condorDteDays === 0 && valuationMinutesEt >= SETTLEMENT_MINUTES_ET)
			out.push({
				field: 'condorDteDays',
				message:
					'DTE 0 is expiry day: at the 16:00 valuation the condor has already settled. Pick 1 day or more, or value the market before the close.',
			});
		else if (spec.condorDteDays === 0 && valuationDate !== undefined && !tradingDay(valuationDate))
			out.push({
				field: 'condorDteDays',
				message: `DTE 0 is expiry day, but ${valuationDate} is not a trading day: no condor expires then. Pick 1 day or more.`,
			});
	check('condor.qty', F.qty, condor.qty);

	const s = condor.shorts;
	if (s.mode === 'delta') {
		check('condor.shorts.putDelta', F.shortPutDelta, s.putDelta);
		check('condor.shorts.callDelta', F.shortCallDelta, s.callDelta);
	} else {
		const putOk =
			check('condor.shorts.put', F.strike, s.put) && onSpxGrid('condor.shorts.put', 'Strike', s.put);
		const callOk =
			check('condor.shorts.call', F.strike, s.call) && onSpxGrid('condor.shorts.call', 'Strike', s.call);
		if (putOk && callOk && !(s.put < s.call))
			out.push({
				field: 'condor.shorts.call',
				message: `Strikes out of order: the short call (${s.call}) must be above the short put (${s.put}).`,
			});
	}

	const w = condor.wings;
	if (w.mode === 'width') {
		if (
			check('condor.wings.width', F.wingWidth, w.width) &&
			onSpxGrid('condor.wings.width', 'Wing width', w.width)
		)
			// With the short put typed, a wing past zero is known before pricing (by delta it is found when priced).
			if (s.mode === 'strike' && finite(s.put) && s.put - w.width <= 0)
				out.push({
					field: 'condor.wings.width',
					message: `The put wing is wider than the chain: the long put would be at ${s.put - w.width}. Narrow the wing.`,
				});
	} else {
		const putOk = check('condor.wings.putDelta', F.longPutDelta, w.putDelta);
		const callOk = check('condor.wings.callDelta', F.longCallDelta, w.callDelta);
		if (s.mode === 'delta') {
			if (putOk && finite(s.putDelta) && w.putDelta >= s.putDelta)
				out.push({
					field: 'condor.wings.putDelta',
					message: `The long put's delta (${w.putDelta}) must be below the short put's (${s.putDelta}): the wing sits further out.`,
				});
			if (callOk && finite(s.callDelta) && w.callDelta >= s.callDelta)
				out.push({
					field: 'condor.wings.callDelta',
					message: `The long call's delta (${w.callDelta}) must be below the short call's (${s.callDelta}): the wing sits further out.`,
				});
		}
	}

	ladder.layers.forEach((layer, i) => {
		check(
			`ladder.layers[${i}].targetDteDays`,
			{ ...F.layerTargetDte, label: `The ${layer.id} layer's target DTE` },
			layer.targetDteDays,
		);
		check(
			`ladder.layers[${i}].countPerUnit`,
			{ ...F.layerCount, label: `The ${layer.id} layer's count` },
			layer.countPerUnit,
		);
	});
	if (new Set(ladder.layers.map((l) => l.id)).size !== ladder.layers.length)
		out.push({ field: 'ladder.layers', message: 'Each layer (near, mid, long) may appear only once.' });
	for (let i = 1; i < ladder.layers.length; i++) {
		const [a, b] = [ladder.layers[i - 1], ladder.layers[i]];
		if (finite(a.targetDteDays) && finite(b.targetDteDays) && !(b.targetDteDays > a.targetDteDays))
			out.push({
				field: `ladder.layers[${i}].targetDteDays`,
				message: `Layers must get longer: the ${b.id} layer's target DTE (${b.targetDteDays}) must be above the ${a.id} layer's (${a.targetDteDays}).`,
			});
	}
	if (ladder.layers.length > 0 && ladder.layers.every((l) => l.countPerUnit === 0))
		out.push({ field: 'ladder.layers', message: 'Every layer has a count of 0: the ladder holds no calls.' });

	const r = ladder.strikeRule;
	if (r.mode === 'pctOfFuture')
		check('ladder.strikeRule.fractionOfFuture', F.strikeFractionOfFuture, r.fractionOfFuture);
	else if (r.mode === 'delta') check('ladder.strikeRule.delta', F.strikeCallDelta, r.delta);
	else check('ladder.strikeRule.strike', F.vixStrike, r.strike);

	const z = ladder.sizing;
	if (z.mode === 'units')
		check('ladder.sizing.units', { ...F.units, integer: !ladder.fractionalUnits }, z.units);
	else if (z.mode === 'coverage') check('ladder.sizing.coverage', F.coverage, z.coverage);
	else check('ladder.sizing.fractionOfCredit', F.budgetFractionOfCredit, z.fractionOfCredit);
	check('ladder.condorsProtected', F.condorsProtected, ladder.condorsProtected);

	check('costs.vixHalfSpreadMinPts', F.vixHalfSpreadMinPts, costs.vixHalfSpreadMinPts);
	check('costs.vixHalfSpreadFraction', F.vixHalfSpreadFraction, costs.vixHalfSpreadFraction);
	check('costs.spxHalfSpreadMinPts', F.spxHalfSpreadMinPts, costs.spxHalfSpreadMinPts);
	check('costs.spxHalfSpreadFraction', F.spxHalfSpreadFraction, costs.spxHalfSpreadFraction);
	check('costs.commissionUsd', F.commissionUsd, costs.commissionUsd);
	out.push(...fillProblems(spec.fills));
	return out;
}
