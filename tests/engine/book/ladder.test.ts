import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_LADDER,
	MARKET_PRESETS,
	NO_SHOCK,
	REFERENCE_STRESS,
	black76Price,
	calendarDaysBetween,
	dateState,
	layerExpiries,
	priceBook,
	roundVixStrike,
	stressShock,
	vixSlot,
	whatIfPnl,
} from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { market, model, condor, ladder } = defaultBook();

describe('layerExpiries', () => {
	it('covers the condor: the near layer is the first VX expiry on or after the condor’s expiry', () => {
		expect(model.condorExpiry).toBe('2026-02-23');
		expect(layerExpiries(DEFAULT_LADDER, '2026-01-09', '2026-02-23')).toEqual([
			'2026-03-18',
			'2026-04-15',
			'2026-08-19',
		]);
		// An expiry on the condor's own date is taken.
		expect(layerExpiries(DEFAULT_LADDER, '2026-01-09', '2026-03-18')[0]).toBe('2026-03-18');
	});
	it('in the target-DTE rule takes the expiry nearest each target, each later than the layer before', () => {
		const spec = {
			...DEFAULT_LADDER,
			expiryRule: 'targetDte' as const,
			layers: DEFAULT_LADDER.layers.map((l, i) => (i === 0 ? { ...l, targetDteDays: 30 } : l)),
		};
		expect(layerExpiries(spec, '2026-01-09', '2026-02-23')).toEqual([
			'2026-02-18',
			'2026-04-15',
			'2026-08-19',
		]);
	});
	it('never leaves the near layer expiring before a 45-DTE condor on any preset', () => {
		for (const p of MARKET_PRESETS) {
			const b = priceBook(p.market, DEFAULT_BOOK_SPEC);
			expect(b.ladder.layers[0].expiry >= b.model.condorExpiry).toBe(true);
			expect(b.ladder.layers[1].expiry > b.ladder.layers[0].expiry).toBe(true);
			expect(b.ladder.layers[2].expiry > b.ladder.layers[1].expiry).toBe(true);
		}
	});
});

describe('ladderLayers', () => {
	it('strikes 130 % of each layer’s own future on Cboe’s grid, priced by Black-76 on that future at the vol surface', () => {
		for (const l of ladder.layers) {
			expect(l.strike).toBe(roundVixStrike(1.3 * l.future, false));
			const atm = model.vix.volOfVol(l.T);
			const vol = atm * (1 + 0.5 * Math.log(l.strike / l.future));
			expect(l.vol).toBeCloseTo(vol, 12);
			expect(l.pricePts).toBeCloseTo(black76Price('call', l.future, l.strike, l.T, market.rate, vol), 9);
			expect(l.dteDays).toBe(calendarDaysBetween(market.valuationDate, l.expiry));
		}
		// Priced off the layer's own future, never spot VIX (14.49).
		const today = dateState(model, NO_SHOCK, 0);
		expect(ladder.layers[0].future).toBeCloseTo(vixSlot(today, ladder.layers[0].T).future, 12);
		expect(ladder.layers[0].future).toBeGreaterThan(market.vix + 3);
	});
	it('flags a layer whose expiry lies beyond the last typed future as extrapolated', () => {
		// The default market types Jan, Feb and Mar 2026: the Mar layer is quoted, Apr and Aug are extrapolated.
		expect(ladder.layers.map((l) => l.extrapolated)).toEqual([false, true, true]);
	});
});

describe('ladderReadout on the 2026-01-09 market', () => {
	it('sizes by coverage: the reference stress gain covers ≥ 30 % of the condor’s max loss, one unit less does not', () => {
		expect(ladder.units).toBe(ladder.unitsBy.coverage);
		expect(ladder.referenceGainUsd).toBeGreaterThanOrEqual(0.3 * condor.maxLossUsd);
		const perUnit = ladder.referenceGainUsd / ladder.units; // contracts scale with whole units here
		expect(perUnit * (ladder.units - 1)).toBeLessThan(0.3 * condor.maxLossUsd);
		expect(ladder.coverage).toBeCloseTo(ladder.referenceGainUsd / condor.maxLossUsd, 12);
	});
	it('pays in a sell-off and costs carry in calm: deeper falls gain more, carry and vega have the right signs', () => {
		for (const l of ladder.layers) {
			expect(l.stressPnlUsd.down5).toBeLessThan(l.stressPnlUsd.down10);
			expect(l.stressPnlUsd.down10).toBeLessThan(l.stressPnlUsd.down20);
			expect(l.stressPnlUsd.up3).toBeLessThan(0);
		}
		expect(ladder.carryUsdPerDay).toBeLessThan(0);
		expect(ladder.carryUsdPer30Days).toBeLessThan(ladder.carryUsdPerDay);
		expect(ladder.vegaUsdPerVolPt).toBeGreaterThan(0);
		expect(ladder.premiumFractionOfCredit).toBeCloseTo(ladder.premiumUsd / condor.creditUsd, 12);
	});
	it('the carry is the what-if of one day with nothing else moving', () => {
		const p = whatIfPnl(
			{ ...defaultBook(), costs: { ...DEFAULT_BOOK_SPEC.costs } },
			{ ...NO_SHOCK, daysForward: 1 },
		);
		expect(p.hedgeUsd).toBeCloseTo(ladder.carryUsdPerDay, 6);
	});
	it('the round trip costs the half-spread each way plus $1 per contract each way', () => {
		const expected = ladder.layers.reduce(
			(s, l) => s + 2 * l.contracts * (Math.max(0.025, 0.05 * l.pricePts) * 100 + 1),
			0,
		);
		expect(ladder.roundTripCostUsd).toBeCloseTo(expected, 9);
	});
	it('protecting N condors scales the coverage target and the book’s condor P&L by N', () => {
		const spec = { ...DEFAULT_BOOK_SPEC, ladder: { ...DEFAULT_LADDER, condorsProtected: 20 } };
		const b = priceBook(market, spec);
		expect(b.positions.condor!.qty).toBe(20);
		expect(b.ladder.referenceGainUsd).toBeGreaterThanOrEqual(0.3 * 20 * condor.maxLossUsd);
		expect(b.ladder.units).toBeGreaterThan(ladder.units);
		expect(b.ladder.premiumFractionOfCredit).toBeCloseTo(b.ladder.premiumUsd / (20 * condor.creditUsd), 12);
		const one = whatIfPnl(defaultBook(), stressShock(REFERENCE_STRESS)).condorUsd;
		expect(whatIfPnl(b, stressShock(REFERENCE_STRESS)).condorUsd).toBeCloseTo(20 * one, 6);
	});
	it('says so beside the number when coverage is out of reach, and when the premium passes half the credit', () => {
		const ladderSpec = {
			...DEFAULT_LADDER,
			condorsProtected: 1000,
			sizing: { mode: 'coverage' as const, coverage: 5 },
		};
		const b = priceBook(market, { ...DEFAULT_BOOK_SPEC, ladder: ladderSpec });
		expect(b.ladder.unitsBy.coverage).toBeNull();
		expect(b.ladder.units).toBe(1);
		expect(b.ladder.notes.find((n) => n.field === 'ladder.sizing')?.message).toMatch(
			/500 % coverage is out of reach/,
		);
		const big = priceBook(market, {
			...DEFAULT_BOOK_SPEC,
			ladder: { ...DEFAULT_LADDER, sizing: { mode: 'units', units: 20 } },
		});
		expect(big.ladder.notes.find((n) => n.field === 'ladder.premium')?.message).toMatch(/more than half/);
	});
});

describe('the hedge on every dated preset', () => {
	const dated = MARKET_PRESETS.filter((p) => !p.synthetic);
	it.each(dated.map((p) => p.id))(
		'%s: coverage sizing gives 1–60 units, and the near 130 %% call is priced at 60–140 %% vol',
		(id) => {
			const p = dated.find((x) => x.id === id)!;
			const b = priceBook(p.market, DEFAULT_BOOK_SPEC);
			expect(b.ladder.units).toBeGreaterThanOrEqual(1);
			expect(b.ladder.units).toBeLessThanOrEqual(60);
			expect(b.ladder.unitsBy.coverage).not.toBeNull();
			expect(b.ladder.layers[0].vol).toBeGreaterThanOrEqual(0.6);
			expect(b.ladder.layers[0].vol).toBeLessThanOrEqual(1.4);
		},
	);
});
