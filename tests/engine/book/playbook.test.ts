import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOK_SPEC, applyPlaybook, playbookFor, type BookSpec } from '../../../src/engine';

describe('playbookFor', () => {
	it('contango: closer shorts (30–45Δ) and 25–30 % coverage', () => {
		const s = playbookFor('contango', null);
		expect(s.changes.shortDelta).toBeGreaterThanOrEqual(0.3);
		expect(s.changes.shortDelta).toBeLessThanOrEqual(0.45);
		expect(s.changes.coverage).toBeGreaterThanOrEqual(0.25);
		expect(s.changes.coverage).toBeLessThanOrEqual(0.3);
	});
	it('backwardation: shorts out to 15–20Δ and more hedge; with RSI > 70, monetize part of the near layer', () => {
		const b = playbookFor('backwardation', 55);
		expect(b.changes.shortDelta).toBeGreaterThanOrEqual(0.15);
		expect(b.changes.shortDelta).toBeLessThanOrEqual(0.2);
		expect(b.changes.coverage).toBeGreaterThan(0.3);
		const hot = playbookFor('backwardation', 78);
		expect(hot.id).toBe('backwardation-rsi');
		expect(hot.changes.monetizeNearFraction).toBeGreaterThan(0);
		expect(hot.text).toMatch(/78/);
	});
	it('flat and mixed curves fall back to the plain 16Δ reference', () => {
		expect(playbookFor('flat', null).changes.shortDelta).toBe(0.16);
		expect(playbookFor('mixed', 80).id).toBe('neutral');
	});
});

describe('applyPlaybook', () => {
	const book = DEFAULT_BOOK_SPEC;
	it('contango: 16Δ shorts move to 35Δ; coverage already 30 % is not an edit', () => {
		const { spec, edits } = applyPlaybook(book, playbookFor('contango', null).changes);
		expect(spec.condor.shorts).toEqual({ mode: 'delta', putDelta: 0.35, callDelta: 0.35 });
		expect(spec.ladder.sizing).toEqual(book.ladder.sizing);
		expect(edits).toEqual([{ what: 'shortDelta', from: book.condor.shorts, to: 0.35 }]);
	});
	it('backwardation with RSI > 70: the near layer is halved (4 → 2), mid and long kept', () => {
		const { spec, edits } = applyPlaybook(book, playbookFor('backwardation', 80).changes);
		expect(spec.ladder.layers.map((l) => l.countPerUnit)).toEqual([2, 4, 2]);
		expect(edits).toEqual([{ what: 'nearCount', from: 4, to: 2 }]);
	});
	it('from typed strikes and units sizing, `from` is the rule replaced; applying twice changes nothing more', () => {
		const typed: BookSpec = {
			...book,
			condor: { ...book.condor, shorts: { mode: 'strike', put: 6500, call: 7150 } },
			ladder: { ...book.ladder, sizing: { mode: 'units', units: 2 } },
		};
		const changes = playbookFor('backwardation', 40).changes;
		const once = applyPlaybook(typed, changes);
		expect(once.edits).toEqual([
			{ what: 'shortDelta', from: typed.condor.shorts, to: 0.16 },
			{ what: 'coverage', from: typed.ladder.sizing, to: 0.45 },
		]);
		expect(applyPlaybook(once.spec, changes).edits).toEqual([]);
	});
	it('uneven deltas count as a change even when one side already matches', () => {
		const uneven: BookSpec = {
			...book,
			condor: { ...book.condor, shorts: { mode: 'delta', putDelta: 0.2, callDelta: 0.16 } },
		};
		const { spec, edits } = applyPlaybook(uneven, { shortDelta: 0.16 });
		expect(spec.condor.shorts).toEqual({ mode: 'delta', putDelta: 0.16, callDelta: 0.16 });
		expect(edits).toEqual([{ what: 'shortDelta', from: uneven.condor.shorts, to: 0.16 }]);
	});
	it('leaves the input book untouched', () => {
		const before = JSON.stringify(book);
		applyPlaybook(book, playbookFor('backwardation', 90).changes);
		expect(JSON.stringify(book)).toBe(before);
	});
});
