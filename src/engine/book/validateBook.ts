// Validation of a book spec (DESIGN §7): every problem at once, each with the field it belongs to, so the form can
// show a message beside the field while the last good read-outs stay on screen. Accepts a typed spec whose numbers
// may be anything (NaN, negative…) and never throws. Problems that need the market (a wing wider than the chain,
// deltas that cross on the smile) are reported by the pricing itself.
import type { Problem } from '../market/validate';
import { SPX_STRIKE_STEP } from './strikes';
import type { BookSpec } from './bookSpec';

/** The SPX 16:00 settlement, minutes after midnight ET: a 0DTE condor can be valued only before it. */
const SETTLEMENT_MINUTES_ET = 16 * 60;
const MAX_DTE = 1095;

const finite = (v: number) => typeof v === 'number' && Number.isFinite(v);
const shown = (v: number) => (finite(v) ? String(v) : 'not a number');

function inRange(
	out: Problem[],
	field: string,
	what: string,
	v: number,
	min: number,
	max: number,
	opts: { integer?: boolean; openMin?: boolean; openMax?: boolean } = {},
): boolean {
	const { integer = false, openMin = false, openMax = false } = opts;
	let message: string | null = null;
	if (!finite(v)) message = `${what} must be a number (got ${shown(v)}).`;
	else if (integer && !Number.isInteger(v)) message = `${what} must be a whole number (got ${v}).`;
	else if (openMin ? v <= min : v < min)
		message = `${what} must be ${openMin ? 'above' : 'at least'} ${min} (got ${v}).`;
	else if (openMax ? v >= max : v > max)
		message = `${what} must be ${openMax ? 'below' : 'at most'} ${max} (got ${v}).`;
	if (message) out.push({ field, message });
	return message === null;
}

const onGrid = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) < 1e-9;

/**
 * Every problem with a book spec.
 * @param valuationMinutesEt the market's valuation time, to tell a live 0DTE condor from one already settled.
 */
export function validateBook(spec: BookSpec, valuationMinutesEt: number = SETTLEMENT_MINUTES_ET): Problem[] {
	const out: Problem[] = [];
	const { condor, ladder } = spec;

	if (inRange(out, 'condorDteDays', 'Days to expiry', spec.condorDteDays, 0, MAX_DTE, { integer: true }))
		if (spec.condorDteDays === 0 && valuationMinutesEt >= SETTLEMENT_MINUTES_ET)
			out.push({
				field: 'condorDteDays',
				message:
					'DTE 0 is expiry day: at the 16:00 valuation the condor has already settled. Pick 1 day or more, or value the market before the close.',
			});
	inRange(out, 'condor.qty', 'Quantity', condor.qty, 1, 10_000, { integer: true });

	const s = condor.shorts;
	if (s.mode === 'delta') {
		inRange(out, 'condor.shorts.putDelta', 'Short put delta', s.putDelta, 0, 0.5, {
			openMin: true,
			openMax: true,
		});
		inRange(out, 'condor.shorts.callDelta', 'Short call delta', s.callDelta, 0, 0.5, {
			openMin: true,
			openMax: true,
		});
	} else {
		const putOk = inRange(out, 'condor.shorts.put', 'Short put strike', s.put, 0, 1e6, { openMin: true });
		const callOk = inRange(out, 'condor.shorts.call', 'Short call strike', s.call, 0, 1e6, { openMin: true });
		if (putOk && !onGrid(s.put, SPX_STRIKE_STEP))
			out.push({
				field: 'condor.shorts.put',
				message: `Strike ${s.put} is off the ${SPX_STRIKE_STEP}-point SPX grid.`,
			});
		if (callOk && !onGrid(s.call, SPX_STRIKE_STEP))
			out.push({
				field: 'condor.shorts.call',
				message: `Strike ${s.call} is off the ${SPX_STRIKE_STEP}-point SPX grid.`,
			});
		if (putOk && callOk && !(s.put < s.call))
			out.push({
				field: 'condor.shorts.call',
				message: `Strikes out of order: the short call (${s.call}) must be above the short put (${s.put}).`,
			});
	}

	const w = condor.wings;
	if (w.mode === 'width') {
		if (
			inRange(out, 'condor.wings.width', 'Wing width', w.width, 0, 1e5, { openMin: true }) &&
			!onGrid(w.width, SPX_STRIKE_STEP)
		)
			out.push({
				field: 'condor.wings.width',
				message: `Wing width ${w.width} is off the ${SPX_STRIKE_STEP}-point SPX grid.`,
			});
		// With the short put typed, a wing past zero is known before pricing (by delta it is found when priced).
		else if (s.mode === 'strike' && finite(s.put) && finite(w.width) && s.put - w.width <= 0)
			out.push({
				field: 'condor.wings.width',
				message: `The put wing is wider than the chain: the long put would be at ${s.put - w.width}. Narrow the wing.`,
			});
	} else {
		const putOk = inRange(out, 'condor.wings.putDelta', 'Long put delta', w.putDelta, 0, 0.5, {
			openMin: true,
			openMax: true,
		});
		const callOk = inRange(out, 'condor.wings.callDelta', 'Long call delta', w.callDelta, 0, 0.5, {
			openMin: true,
			openMax: true,
		});
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
		inRange(
			out,
			`ladder.layers[${i}].targetDteDays`,
			`The ${layer.id} layer's target DTE`,
			layer.targetDteDays,
			1,
			MAX_DTE,
			{
				integer: true,
			},
		);
		inRange(
			out,
			`ladder.layers[${i}].countPerUnit`,
			`The ${layer.id} layer's count`,
			layer.countPerUnit,
			0,
			1000,
			{
				integer: true,
			},
		);
	});
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
		inRange(out, 'ladder.strikeRule.pct', 'Strike as % of the future', r.pct * 100, 50, 500);
	else if (r.mode === 'delta')
		inRange(out, 'ladder.strikeRule.delta', 'Call delta', r.delta, 0, 1, { openMin: true, openMax: true });
	else inRange(out, 'ladder.strikeRule.strike', 'VIX strike', r.strike, 0, 1000, { openMin: true });

	const z = ladder.sizing;
	if (z.mode === 'units')
		inRange(out, 'ladder.sizing.units', 'Units', z.units, 0, 1000, { integer: !ladder.fractionalUnits });
	else if (z.mode === 'coverage')
		inRange(out, 'ladder.sizing.coverage', 'Coverage (%)', z.coverage * 100, 0, 1000, { openMin: true });
	else
		inRange(out, 'ladder.sizing.pctOfCredit', 'Budget (% of credit)', z.pctOfCredit * 100, 0, 1000, {
			openMin: true,
		});
	return out;
}
