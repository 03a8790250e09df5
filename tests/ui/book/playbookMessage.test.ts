import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOK_SPEC, applyPlaybook, playbookFor, type BookSpec } from '../../../src/engine';
import { playbookMessage } from '../../../src/ui/book/playbookMessage';

describe('playbookMessage(edits)', () => {
	it('says each rule it changed, from what to what', () => {
		const { edits } = applyPlaybook(DEFAULT_BOOK_SPEC, playbookFor('contango', null).changes);
		expect(playbookMessage(edits)).toBe('Applied: short strikes 16Δ → 35Δ each side.');
	});
	it('names uneven deltas, units sizing and the near layer', () => {
		const book: BookSpec = {
			...DEFAULT_BOOK_SPEC,
			condor: { ...DEFAULT_BOOK_SPEC.condor, shorts: { mode: 'delta', putDelta: 0.2, callDelta: 0.16 } },
			ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units', units: 3 } },
		};
		expect(playbookMessage(applyPlaybook(book, playbookFor('backwardation', 40).changes).edits)).toBe(
			'Applied: short strikes 20Δ put / 16Δ call → 16Δ each side; sizing 3 units → coverage 45 %.',
		);
		expect(
			playbookMessage(applyPlaybook(DEFAULT_BOOK_SPEC, playbookFor('backwardation', 90).changes).edits),
		).toBe('Applied: near layer 4 → 2 calls per unit.');
	});
	it('says so when nothing changes', () => {
		expect(playbookMessage([])).toBe('The book already follows the playbook: nothing changed.');
	});
});
