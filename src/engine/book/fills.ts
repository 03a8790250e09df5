// The trader's own fills (docs/models.md, "Positions and fills"): optional entry prices for the condor — its net
// credit, or each leg — and for each VIX-call layer, per call. Untyped, a position is entered at today's mid. A fill
// changes what P&L is measured against (the what-if, the payoff, the heat map, the summary strip); today's read-outs
// (credit, premium, coverage) stay at the market's mids, since they describe the trade as it could be done now. A
// typed fill already paid its half-spread, so only the commission is charged on entry.
import type { BookField } from '../fieldPaths';
import type { Problem } from '../market/validateMarket';
import { numberProblem } from '../fields';
import type { Pts } from '../units';
import { BOOK_FIELDS as F } from './bookFields';
import type { LayerId } from './ladderSpec';
import type { Positions } from './positions';

/** The condor's entry: at mid, one net credit per condor, or a price per leg (long put, short put, short call, long call). */
export type CondorFill =
	{ mode: 'mid' } | { mode: 'credit'; creditPts: Pts } | { mode: 'legs'; legsPts: [Pts, Pts, Pts, Pts] };

export interface Fills {
	condor: CondorFill;
	/** Price paid per call of each layer, points; null for the mid. */
	layers: Record<LayerId, Pts | null>;
}

export const NO_FILLS: Fills = { condor: { mode: 'mid' }, layers: { near: null, mid: null, long: null } };

const LEG_NAMES = ['Long put', 'Short put', 'Short call', 'Long call'] as const;
const LAYER_IDS: readonly LayerId[] = ['near', 'mid', 'long'];

/** The net credit of four leg prices (sold minus bought), points. */
export const legsCreditPts = ([lp, sp, sc, lc]: readonly number[]) => sp - lp + sc - lc;

/** Every problem with the fills, each with its field. */
export function fillProblems(fills: Fills): Problem<BookField>[] {
	const out: Problem<BookField>[] = [];
	const check = (field: BookField, message: string | null) => message && out.push({ field, message });
	const c = fills.condor;
	if (c.mode === 'credit') check('fills.condor.creditPts', numberProblem(F.condorCreditFill, c.creditPts));
	else if (c.mode === 'legs') {
		c.legsPts.forEach((v, i) =>
			check(`fills.condor.legsPts[${i}]`, numberProblem({ ...F.legFill, label: `${LEG_NAMES[i]} fill` }, v)),
		);
		if (out.length === 0 && !(legsCreditPts(c.legsPts) > 0))
			out.push({
				field: 'fills.condor.legsPts',
				message: `These fills make a debit of ${(-legsCreditPts(c.legsPts)).toFixed(2)}: a short condor is sold for a credit.`,
			});
	}
	for (const id of LAYER_IDS) {
		const v = fills.layers[id];
		if (v !== null) check(`fills.layers.${id}`, numberProblem(F.layerFill, v));
	}
	return out;
}

/** The positions entered at the fills where typed (at mid elsewhere). */
export function applyFills(p: Positions, fills: Fills): Positions {
	const c = p.condor;
	const f = fills.condor;
	const condor =
		!c || f.mode === 'mid'
			? c
			: f.mode === 'credit'
				? { ...c, creditPts: f.creditPts, filled: true }
				: {
						...c,
						creditPts: legsCreditPts(f.legsPts),
						legEntryPts: [...f.legsPts] as typeof c.legEntryPts,
						filled: true,
					};
	const layers = p.layers.map((l) => {
		const fill = fills.layers[l.id as LayerId] ?? null;
		return fill === null ? l : { ...l, entryPts: fill, filled: true };
	});
	return { condor, layers };
}
