import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	roundVixStrike,
	shortsForMode,
	sizingForMode,
	strikeRuleForMode,
	validateBook,
	wingsForMode,
	type BookSpec,
} from '../../../src/engine';

const withCondor = (c: Partial<BookSpec['condor']>): BookSpec => ({
	...DEFAULT_BOOK_SPEC,
	condor: { ...DEFAULT_BOOK_SPEC.condor, ...c },
});
const withLadder = (l: Partial<BookSpec['ladder']>): BookSpec => ({
	...DEFAULT_BOOK_SPEC,
	ladder: { ...DEFAULT_BOOK_SPEC.ladder, ...l },
});
const today = { longPut: 6450, shortPut: 6500, shortCall: 7150, longCall: 7200 };

describe('book mode switches land on a valid book', () => {
	it.each(['delta', 'strike'] as const)('shortsForMode(%s)', (mode) => {
		expect(validateBook(withCondor({ shorts: shortsForMode(mode, today) }))).toEqual([]);
	});
	it.each(['width', 'delta'] as const)('wingsForMode(%s)', (mode) => {
		expect(validateBook(withCondor({ wings: wingsForMode(mode) }))).toEqual([]);
	});
	it.each(['pctOfFuture', 'delta', 'strike'] as const)('strikeRuleForMode(%s)', (mode) => {
		expect(validateBook(withLadder({ strikeRule: strikeRuleForMode(mode, 18.4) }))).toEqual([]);
	});
	it.each(['units', 'coverage', 'budget'] as const)('sizingForMode(%s)', (mode) => {
		expect(validateBook(withLadder({ sizing: sizingForMode(mode, 2.6) }))).toEqual([]);
	});
});

describe('mode starting values', () => {
	it("typed short strikes are today's resolved strikes", () => {
		expect(shortsForMode('strike', today)).toEqual({ mode: 'strike', put: 6500, call: 7150 });
	});
	it('a typed VIX strike is 130 % of the near future on the Cboe grid (2.5 points from 30 to 50)', () => {
		expect(strikeRuleForMode('strike', 31)).toEqual({ mode: 'strike', strike: 40 }); // 40.3 → 40
		expect(strikeRuleForMode('strike', 18.4)).toEqual({ mode: 'strike', strike: 24 }); // 23.92 → 24
		expect(roundVixStrike(31 * 1.3, false)).toBe(40);
	});
	it("units start at today's units, whole and at least 1", () => {
		expect(sizingForMode('units', 2.6)).toEqual({ mode: 'units', units: 3 });
		expect(sizingForMode('units', 0.2)).toEqual({ mode: 'units', units: 1 });
		expect(sizingForMode('units', null)).toEqual({ mode: 'units', units: 1 });
	});
});
