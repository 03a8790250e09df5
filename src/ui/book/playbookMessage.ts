// What applying the playbook changed, as one short sentence for the Book screen.
import type { PlaybookEdit, ShortStrikeRule, Sizing } from '../../engine';
import { num, pctFromFraction } from '../../text/format';

const delta = (x: number) => `${Math.round(x * 100)}Δ`;
const pct = (x: number) => pctFromFraction(x, { digits: 0 });

function shortsText(r: ShortStrikeRule): string {
	if (r.mode === 'strike') return `typed strikes ${r.put} / ${r.call}`;
	return r.putDelta === r.callDelta
		? delta(r.putDelta)
		: `${delta(r.putDelta)} put / ${delta(r.callDelta)} call`;
}

function sizingText(z: Sizing): string {
	if (z.mode === 'coverage') return `coverage ${pct(z.coverage)}`;
	if (z.mode === 'budget') return `a budget of ${pct(z.fractionOfCredit)} of the credit`;
	return `${num(z.units, z.units % 1 ? 2 : 0)} units`;
}

/**
 * @example playbookMessage([{ what: 'shortDelta', from: { mode: 'delta', putDelta: 0.16, callDelta: 0.16 }, to: 0.35 }])
 *   // 'Applied: short strikes 16Δ → 35Δ each side.'
 */
export function playbookMessage(edits: readonly PlaybookEdit[]): string {
	if (edits.length === 0) return 'The book already follows the playbook: nothing changed.';
	const parts = edits.map((e) => {
		if (e.what === 'shortDelta') return `short strikes ${shortsText(e.from)} → ${delta(e.to)} each side`;
		if (e.what === 'coverage') return `sizing ${sizingText(e.from)} → coverage ${pct(e.to)}`;
		return `near layer ${e.from} → ${e.to} calls per unit`;
	});
	return `Applied: ${parts.join('; ')}.`;
}
