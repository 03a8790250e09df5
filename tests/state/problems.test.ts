import { describe, expect, it } from 'vitest';
import { below, joinPath, problemLookup } from '../../src/state/problems';
import { Workbench } from '../../src/state/workbench.svelte';
import type { MarketSnapshot, Problem, SpotVolLinkInput } from '../../src/engine';

describe('joinPath(prefix, inner)', () => {
	it('joins with a dot, or directly before a list index, and leaves either side alone when the other is empty', () => {
		expect(joinPath('spotVolLink', 'epsDown')).toBe('spotVolLink.epsDown');
		expect(joinPath('futures', '[1].price')).toBe('futures[1].price');
		expect(joinPath('', 'spx')).toBe('spx');
		expect(joinPath('smile', '')).toBe('smile');
	});
});

describe('problem lookups', () => {
	const problems: Problem[] = [
		{ field: 'spotVolLink.tenorBetaKappa', message: 'κ_β must be above 0.' },
		{ field: 'futures[1].price', message: 'Bad price.' },
		{ field: 'smile', message: 'No smile fits.' },
	];
	it('find a message by the path inside the slice', () => {
		const market = problemLookup<MarketSnapshot>(() => problems);
		expect(market('futures[1].price')).toBe('Bad price.');
		expect(below(market, 'spotVolLink')('tenorBetaKappa')).toBe('κ_β must be above 0.');
		expect(below(market, 'smile')('')).toBe('No smile fits.');
		expect(below(market, 'futures')('[0].price')).toBeNull();
	});
	it('read the list at each call, so a lookup made once follows later problems', () => {
		const list: Problem[] = [];
		const lookup = problemLookup<SpotVolLinkInput>(() => list, 'spotVolLink');
		expect(lookup('capVix')).toBeNull();
		list.push({ field: 'spotVolLink.capVix', message: 'Cap too low.' });
		expect(lookup('capVix')).toBe('Cap too low.');
	});
	it("the workbench's lookups follow its validation", () => {
		const bench = new Workbench();
		const link = bench.marketAt('spotVolLink');
		const costs = bench.bookAt('costs');
		expect([link('tenorBetaKappa'), costs('commissionUsd')]).toEqual([null, null]);
		bench.market.spotVolLink.tenorBetaKappa = 0;
		bench.book.costs.commissionUsd = -1;
		expect(link('tenorBetaKappa')).toMatch(/κ_β must be above 0/);
		expect(costs('commissionUsd')).toMatch(/must be at least \$0/);
		expect(bench.marketAt()('spotVolLink.tenorBetaKappa')).toBe(link('tenorBetaKappa'));
	});
});
