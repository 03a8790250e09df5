// The what-if against what really happened: from each embedded flip episode's date to the next business day, the
// what-if with the real SPX move and the real VIX must predict each real VX settlement within 15 %, and in a spike
// the hedge's P&L must match the same calls re-priced on the real curve of that day within a factor of 1.6. The episodes are facts generated from the Cboe and
// CFE files (src/engine/measured/flipEpisodes.generated.ts), so this runs without the data folder.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	MARKET_PRESETS,
	NO_SHOCK,
	VIX_MULTIPLIER,
	buildMarketModel,
	calendarDaysBetween,
	dateState,
	marketWithDefaults,
	priceBook,
	termStructure,
	vixCallValue,
	vixSlot,
	whatIfPnl,
	type MarketSnapshot,
} from '../../../src/engine';
import { EPISODE_VX_EXPIRIES, FLIP_EPISODES } from '../../../src/engine/measured/flipEpisodes.generated';

/** The market on row i of an episode (the preset's rate and dividend yield). */
function marketOn(e: (typeof FLIP_EPISODES)[number], i: number, base: MarketSnapshot): MarketSnapshot {
	return marketWithDefaults({
		valuationDate: e.dates[i],
		spx: e.spx[i],
		rate: base.rate,
		dividendYield: base.dividendYield,
		vix: e.vix[i],
		vix3m: e.vix3m[i],
		futures: e.vx.map((col, k) => ({ expiry: EPISODE_VX_EXPIRIES[e.vx1Expiry[i] + k], price: col[i]! })),
	});
}

// The next business day after each flip date (row 30 → 31).
const cases = FLIP_EPISODES.map((e) => [e.date, e.dates[31], e, 31] as const);

describe('the what-if against real next-day moves', () => {
	it.each(cases.map(([from, to]) => [from, to]))('%s → %s', (from, to) => {
		const [, , e, i] = cases.find((c) => c[0] === from && c[1] === to)!;
		const base = MARKET_PRESETS.find((p) => p.date === e.date)!.market;
		const start = marketOn(e, 30, base);
		const priced = priceBook(start, DEFAULT_BOOK_SPEC);
		const shock = {
			...NO_SHOCK,
			spxMovePct: (e.spx[i] / e.spx[30] - 1) * 100,
			vix: { mode: 'typed' as const, level: e.vix[i] },
			daysForward: calendarDaysBetween(e.dates[30], e.dates[i]),
		};
		// Each real VX settlement that day, against the what-if's curve.
		const predicted = termStructure(start, shock, priced.model).shocked!.futures;
		const realNext = marketOn(e, i, base);
		for (const f of realNext.futures) {
			const days = calendarDaysBetween(start.valuationDate, f.expiry);
			const p = predicted.find((x) => x.days === days);
			if (!p) continue; // a contract the start day did not list among its three
			expect(Math.abs(p.value / f.price - 1)).toBeLessThan(0.15);
		}
		// The hedge's P&L in a spike (a VIX move of 20 % or more; on 2025-04-07 VIX barely moved and the P&L is the
		// curve's own drift): the what-if, and the same calls re-priced on that day's real curve.
		if (Math.abs(Math.log(e.vix[i] / e.vix[30])) < 0.2) return;
		const whatIf = whatIfPnl(priced, shock).hedgeUsd;
		const model = buildMarketModel(realNext, priced.model.condorExpiry);
		const state = dateState(model, NO_SHOCK, 0);
		const real = priced.positions.layers.reduce(
			(s, l) =>
				s +
				(vixCallValue(state, vixSlot(state, model.vxYears(l.expiry)), l.strike, e.vix[i]) - l.entryPts) *
					VIX_MULTIPLIER *
					l.contracts,
			0,
		);
		expect(Math.sign(whatIf)).toBe(Math.sign(real));
		const ratio = whatIf / real;
		expect(ratio).toBeGreaterThan(1 / 1.6);
		expect(ratio).toBeLessThan(1.6);
	});
});
