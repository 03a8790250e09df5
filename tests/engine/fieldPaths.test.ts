// Field paths are types: `npm run check` compiles this file, so each @ts-expect-error below must stay an error (a
// misspelt or renamed field). At run time, every problem validation reports names a real path.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	MARKET_PRESETS,
	validateBook,
	validateMarket,
	type BookField,
	type MarketField,
} from '../../src/engine';

const good: MarketField[] = ['spx', 'futures[2].price', 'smile.svi.rho', 'volOfVol.byExpiry[0].vol', ''];
const goodBook: BookField[] = [
	'ladder.layers[2].targetDteDays',
	'ladder.strikeRule.fractionOfFuture',
	'costs.commissionUsd',
];
// @ts-expect-error a misspelt field
const typo: MarketField = 'futures[1].prise';
// @ts-expect-error the name before the unit rename (schema 5)
const renamed: BookField = 'ladder.strikeRule.pct';
// @ts-expect-error a branded number has no fields
const intoNumber: BookField = 'costs.commissionUsd.valueOf';

/** Whether `path` names a value inside `root` (list indices in brackets). */
function exists(root: unknown, path: string): boolean {
	if (path === '') return true;
	let at: unknown = root;
	for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
		if (typeof at !== 'object' || at === null || !(key in at)) return false;
		at = (at as Record<string, unknown>)[key];
	}
	return true;
}

describe('field paths', () => {
	it('the typed examples are paths of real data', () => {
		void [typo, renamed, intoNumber];
		const market = MARKET_PRESETS[0].market;
		expect(
			good
				.filter((p) => !p.startsWith('smile.svi') && !p.startsWith('volOfVol.byExpiry'))
				.every((p) => exists(market, p)),
		).toBe(true);
		expect(goodBook.every((p) => exists(DEFAULT_BOOK_SPEC, p))).toBe(true);
	});
	it('every problem of a broken market and book names a field that exists in it', () => {
		const market = { ...MARKET_PRESETS[0].market, spx: 0, futures: [{ expiry: '2026-13-01', price: -1 }] };
		const book = {
			...DEFAULT_BOOK_SPEC,
			condorDteDays: -1,
			ladder: { ...DEFAULT_BOOK_SPEC.ladder, condorsProtected: 0 },
			costs: { ...DEFAULT_BOOK_SPEC.costs, commissionUsd: -1 },
		};
		const problems = [...validateMarket(market), ...validateBook(book)];
		expect(problems.length).toBeGreaterThanOrEqual(5);
		for (const p of problems)
			expect(
				exists(p.field.startsWith('futures') || p.field === 'spx' ? market : book, p.field),
				p.field,
			).toBe(true);
	});
});
