import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	MARKET_PRESETS,
	NO_SHOCK,
	buildMarketModel,
	calendarDaysBetween,
	condorPayoffAtExpiry,
	priceBook,
	tradeCostUsd,
	whatIfPnl,
	type Positions,
	type ReplayResult,
} from '../../../src/engine';
import {
	dayIndex,
	embeddedHistoryTable,
	historicalMarket,
	historyDays,
	replay,
	replayEntryDate,
} from '../../../src/engine/history';
import {
	EPISODE_VX_EXPIRIES,
	EPISODE_VX_SETTLEMENTS,
} from '../../../src/engine/measured/flipEpisodes.generated';

const table = embeddedHistoryTable();
const days = historyDays(table);
const policy = (id: string) => DEFAULT_POLICIES.find((p) => p.id === id)!;
const steward = policy('steward');
const entry = replayEntryDate(table, '2018-02-02', 10);
const feb2018 = replay(days, DEFAULT_BOOK_SPEC, steward, entry);
const on = (r: ReplayResult, date: string) => r.days.find((d) => d.date === date)!;

/** The replay's book as held: the entry condor and ladder, at their entry prices. */
function heldPositions(r: ReplayResult): Positions {
	return {
		condor: null,
		layers: r.layers.map((l, i) => ({
			...l,
			contracts: r.entry.contracts[i],
			entryPts: l.pricePts,
			midPts: l.pricePts,
			filled: false,
		})),
	};
}

describe('replay of February 2018 from the embedded episode, default book, steward', () => {
	it('enters 10 business days before the flip and holds the 45-day condor to its expiry', () => {
		expect(entry).toBe('2018-01-19');
		expect(feb2018.condorExpiry).toBe('2018-03-05');
		expect(feb2018.complete).toBe(true);
		expect(feb2018.days[0].date).toBe(entry);
		expect(feb2018.days.at(-1)!.date).toBe('2018-03-05');
		expect(feb2018.source).toBe('episodes');
	});
	it('is marked on the real CFE settlements every day (no proxy future in the embedded episode)', () => {
		expect(feb2018.days.every((d) => d.proxyFutures === 0)).toBe(true);
		// The near layer's expiry (Mar 2018) is among the three settled contracts from entry on.
		expect(EPISODE_VX_EXPIRIES).toContain(feb2018.layers[0].expiry);
	});
	it('values the hedge on 2018-02-05 as the app values it on that day’s preset (within $1)', () => {
		const preset = MARKET_PRESETS.find((p) => p.date === '2018-02-05')!.market;
		const model = buildMarketModel(preset, feb2018.condorExpiry);
		const held = whatIfPnl(
			{ model, positions: heldPositions(feb2018), costs: DEFAULT_BOOK_SPEC.costs },
			NO_SHOCK,
		);
		const day = on(feb2018, '2018-02-05');
		expect(Math.abs(day.hedgeUsd - held.hedgeUsd)).toBeLessThan(1);
		expect(day.hedgeUsd).toBeGreaterThan(5000); // the spike paid: VIX 11.27 → 37.32
		// …and on that day's history market, which is the preset.
		const hist = historicalMarket(table, dayIndex(table, '2018-02-05')).market;
		const again = whatIfPnl(
			{
				model: buildMarketModel(hist, feb2018.condorExpiry),
				positions: heldPositions(feb2018),
				costs: DEFAULT_BOOK_SPEC.costs,
			},
			NO_SHOCK,
		);
		expect(again.hedgeUsd).toBe(held.hedgeUsd);
	});
	it('values the condor on 2018-02-05 as the what-if of the entry book at that close’s SPX and VIX', () => {
		const book = priceBook(historicalMarket(table, dayIndex(table, entry)).market, DEFAULT_BOOK_SPEC);
		const day = on(feb2018, '2018-02-05');
		const whatIf = whatIfPnl(book, {
			...NO_SHOCK,
			spxMovePct: (day.spx / book.model.spx.spot - 1) * 100,
			vix: { mode: 'typed', level: day.vix },
			daysForward: calendarDaysBetween(entry, '2018-02-05'),
		});
		expect(Math.abs(day.condorUsd - whatIf.condorUsd)).toBeLessThan(0.01);
		expect(feb2018.entry.strikes).toEqual(book.condor.strikes);
	});
	it('starts at zero at mid, paying only the entry and exit costs', () => {
		const d0 = feb2018.days[0];
		// The marks use normCdfMc (|error| ≤ 5.4e-12 in N): a condor's mark is off its entry mid by under $0.001.
		expect(Math.abs(d0.combinedUsd)).toBeLessThan(1e-3);
		expect(d0.afterCosts.combinedUsd).toBeLessThan(-100);
	});
	it('settles the condor at expiry on the SPX close: P&L = credit − the spreads in the money', () => {
		const last = feb2018.days.at(-1)!;
		const credit = feb2018.entry.creditUsd / 100;
		expect(feb2018.outcome.condorUsd).toBeCloseTo(
			100 * condorPayoffAtExpiry(feb2018.entry.strikes, credit, last.spx),
			6,
		);
		expect(feb2018.outcome.combinedUsd).toBeCloseTo(last.combinedUsd, 9);
		expect(feb2018.outcome.afterCosts.combinedUsd).toBeCloseTo(last.afterCosts.combinedUsd, 9);
		expect(feb2018.events.at(-1)!.rule).toBe('expiry');
	});
	it('lists the entry of the condor and of each layer as rule firings', () => {
		const entries = feb2018.events.filter((e) => e.rule === 'entry');
		expect(entries.map((e) => e.layer)).toEqual([null, 'near', 'mid', 'long']);
		expect(entries[1].contracts).toBe(feb2018.entry.contracts[0]);
	});
});

describe('replay rules on February 2018', () => {
	it('monetize: sells the near layer on 2018-02-02, the first close in backwardation with RSI(14) > 70', () => {
		const r = replay(days, DEFAULT_BOOK_SPEC, policy('monetize'), entry);
		const sale = r.events.find((e) => e.rule === 'monetize')!;
		expect(sale.date).toBe('2018-02-02');
		expect(sale.layer).toBe('near');
		expect(sale.contracts).toBe(-r.entry.contracts[0]);
		expect(sale.why.backwardation).toBe(true);
		expect(sale.why.rsi!).toBeGreaterThan(70);
		expect(sale.why.vix).toBeGreaterThan(sale.why.vix3m!);
	});
	it('promoter: doubles every layer on the first close in backwardation and goes back when it ends', () => {
		const r = replay(days, DEFAULT_BOOK_SPEC, policy('promoter'), entry);
		const trades = r.events.filter((e) => e.rule === 'promoter');
		expect(trades[0].date).toBe('2018-02-02');
		expect(trades.slice(0, 3).map((e) => e.contracts)).toEqual(r.entry.contracts);
		expect(trades.some((e) => e.contracts < 0 && !e.why.backwardation)).toBe(true);
	});
	it('managed condor: closes at the first close with 21 days or fewer left, and its P&L stays put after', () => {
		const r = replay(days, DEFAULT_BOOK_SPEC, policy('managed'), entry);
		const close = r.events.find(
			(e) => e.rule === 'closeAtDte' || e.rule === 'stop' || e.rule === 'takeProfit',
		)!;
		expect(close.rule).toBe('closeAtDte');
		expect(close.why.dteDays).toBeLessThanOrEqual(21);
		expect(calendarDaysBetween(r.days[close.step - 1].date, r.condorExpiry)).toBeGreaterThan(21);
		expect(close.contracts).toBe(-r.entry.qty);
		const after = r.days.slice(close.step).map((d) => d.condorUsd);
		expect(new Set(after).size).toBe(1);
		expect(after[0]).toBeCloseTo(close.why.condorPnlUsd, 9);
	});
	it('settles a near layer that expires with the condor at its real SOQ (21.87 on 2018-02-14)', () => {
		// 33 days from 2018-01-12: the condor expires on 2018-02-14, the February VX expiry.
		const spec = { ...DEFAULT_BOOK_SPEC, condorDteDays: 33 };
		const r = replay(days, spec, steward, '2018-01-12');
		expect(r.condorExpiry).toBe('2018-02-14');
		expect(r.layers[0].expiry).toBe('2018-02-14');
		const soq = EPISODE_VX_SETTLEMENTS[EPISODE_VX_EXPIRIES.indexOf('2018-02-14')]!;
		expect(r.settlements[0]).toEqual({ expiry: '2018-02-14', valuePts: soq, source: 'real' });
		const settle = r.events.find((e) => e.rule === 'settlement')!;
		expect(settle).toMatchObject({ date: '2018-02-14', layer: 'near', pricePts: 21.87 });
		// After costs: the near calls are cash at settlement, only the later layers pay to be sold.
		const nearValue = Math.max(soq - r.layers[0].strike, 0) * 100 * r.entry.contracts[0];
		expect(nearValue).toBeGreaterThan(0);
		const buyCost = r.layers.reduce(
			(s, l, i) => s + tradeCostUsd(spec.costs, 'vix', l.pricePts, r.entry.contracts[i]),
			0,
		);
		expect(r.outcome.costs.hedgeUsd).toBeGreaterThan(buyCost);
	});
});

describe('replayEntryDate(table, flip, n)', () => {
	it('counts business days within the episode and refuses to reach into another one', () => {
		expect(replayEntryDate(table, '2020-03-13', 5)).toBe('2020-03-06');
		expect(replayEntryDate(table, '2018-02-02', 30)).toBe('2017-12-19');
		expect(() => replayEntryDate(table, '2018-02-02', 31)).toThrow(RangeError);
		expect(() => replayEntryDate(table, '2019-06-03', 1)).toThrow(/not a day/);
	});
	it('refuses a replay with no close after the entry', () => {
		expect(() => replay(days, DEFAULT_BOOK_SPEC, steward, table.dates[90])).toThrow(RangeError);
	});
});
