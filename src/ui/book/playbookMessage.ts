// What applying the playbook changed, as one short sentence for the Book screen.
import type { PlaybookEdit } from '../../engine';
import { pctFromFraction } from '../../text/format';

const delta = (x: number) => `${Math.round(x * 100)}Δ`;

/** @example playbookMessage([{ what: 'shortDelta', from: 0.16, to: 0.35 }]) // 'Applied: short strikes 16Δ → 35Δ.' */
export function playbookMessage(edits: readonly PlaybookEdit[]): string {
	if (edits.length === 0) return 'The book already follows the playbook: nothing changed.';
	const parts = edits.map((e) => {
		if (e.what === 'shortDelta')
			return `short strikes ${e.from === null ? 'by strike' : delta(e.from)} → ${delta(e.to)} each side`;
		if (e.what === 'coverage')
			return `sizing ${e.from === null ? 'by units or budget' : `coverage ${pctFromFraction(e.from, { digits: 0 })}`} → coverage ${pctFromFraction(e.to, { digits: 0 })}`;
		return `near layer ${e.from} → ${e.to} calls per unit`;
	});
	return `Applied: ${parts.join('; ')}.`;
}
