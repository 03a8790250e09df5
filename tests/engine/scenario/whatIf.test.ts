import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_CONDOR,
	NO_COSTS,
	NO_SHOCK,
	REFERENCE_STRESS,
	buildMarketModel,
	condorLegMids,
	condorReadout,
	condorPayoffAtExpiry,
	curveFuture,
	payoffGrid,
	bookRiskAtExpiry,
	pnlHeatmap,
	shockVix,
	spxExpiryForDte,
	stressShock,
	vixTermLevel,
	whatIfPnl,
	type ValuedBook,
} from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const priced = defaultBook();
const { market, model, positions, condor, ladder } = priced;
const book: ValuedBook = priced;
const noCosts: ValuedBook = { ...priced, costs: NO_COSTS };

describe('the default book', () => {
	it('uses ATM = 0.9 × the VIX term level at the condor expiry and a 45-DTE PM expiry', () => {
		expect(spxExpiryForDte('2026-01-09', 45)).toBe('2026-02-23');
		expect(model.spx.atmVol).toBeCloseTo(
			(0.9 * vixTermLevel(14.49, 17.88, (T) => curveFuture(model.vix.curve, T), model.spx.T)) / 100,
			12,
		);
		expect(condor.creditUsd).toBeGreaterThan(0);
		expect(ladder.units).toBeGreaterThanOrEqual(1);
	});
});

describe('whatIfPnl', () => {
	// The kernels price with normCdfMc (|error| ≤ 5.4e-12 in N): a condor leg is off its Black-76 entry mid by under
	// 1e-7 points, so a "zero" P&L is zero to a thousandth of a cent.
	it('is zero with no shock and no time', () => {
		const p = whatIfPnl(book, NO_SHOCK);
		expect(Math.abs(p.condorUsd)).toBeLessThan(1e-5);
		expect(p.hedgeUsd).toBe(0);
		expect(Math.abs(p.combinedUsd)).toBeLessThan(1e-5);
		expect(Math.abs(whatIfPnl(noCosts, NO_SHOCK).afterCosts.combinedUsd)).toBeLessThan(1e-5);
	});
	it('after costs, a round trip at today’s marks costs the half-spreads both ways plus commissions', () => {
		const p = whatIfPnl(book, NO_SHOCK);
		const c = positions.condor!;
		let expected = 0;
		for (const mid of c.legMidsPts) expected += 2 * c.qty * (Math.max(0.05, 0.02 * mid) * 100 + 1);
		expect(p.afterCosts.condorUsd).toBeCloseTo(-expected, 6);
		let hedge = 0;
		for (const l of positions.layers)
			hedge += 2 * l.contracts * (Math.max(0.025, 0.05 * l.entryPts) * 100 + 1);
		expect(p.afterCosts.hedgeUsd).toBeCloseTo(-hedge, 6);
	});
	it('moves VIX by the link: a 10 % fall lifts VIX to VIX·0.9^−ε, the hedge gains and the condor loses', () => {
		const p = whatIfPnl(book, { ...NO_SHOCK, spxMovePct: -10, daysForward: 5 });
		expect(p.vix).toBeCloseTo(shockVix(14.49, 0.9, model.link), 12);
		expect(p.hedgeUsd).toBeGreaterThan(0);
		expect(p.condorUsd).toBeLessThan(0);
	});
	it('splits the condor P&L into its four legs', () => {
		const p = whatIfPnl(book, { ...NO_SHOCK, spxMovePct: -4, daysForward: 7 });
		const k = positions.condor!.strikes;
		expect(p.condorLegs.map((l) => [l.label, l.strike])).toEqual([
			['long put', k.longPut],
			['short put', k.shortPut],
			['short call', k.shortCall],
			['long call', k.longCall],
		]);
		expect(p.condorLegs.reduce((s, l) => s + l.pnlUsd, 0)).toBeCloseTo(p.condorUsd, 6);
		expect(p.layers.reduce((s, l) => s + l.pnlUsd, 0)).toBeCloseTo(p.hedgeUsd, 6);
		for (const l of [...p.condorLegs, ...p.layers]) expect(l.vol).toBeGreaterThan(0);
	});
	it('never returns a non-finite number over random shocks', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -40, max: 30, noNaN: true }),
				fc.integer({ min: 0, max: 60 }),
				fc.double({ min: -10, max: 20, noNaN: true }),
				(move, days, shift) => {
					const p = whatIfPnl(book, {
						...NO_SHOCK,
						spxMovePct: move,
						daysForward: days,
						spxVolShiftPts: shift,
						volOfVolShiftPts: shift,
					});
					[p.condorUsd, p.hedgeUsd, p.combinedUsd, p.afterCosts.combinedUsd, ...p.layersUsd].forEach((v) =>
						expect(Number.isFinite(v)).toBe(true),
					);
				},
			),
			{ numRuns: 50 },
		);
	});
});

describe('greeks after a shock', () => {
	it('equal the Black-76 dollar delta and positive theta of a short condor under a flat smile and a fixed VIX', () => {
		// A flat smile has no sticky-moneyness skew effect, so the P&L delta is the Black delta times dF/dS.
		const T = model.spx.T;
		const flat = {
			...market,
			smile: { mode: 'raw' as const, svi: { a: 0.15 * 0.15 * T, b: 0, rho: 0, m: 0, sigma: 0.1 } },
		};
		const m = buildMarketModel(flat, model.condorExpiry);
		const readout = condorReadout(DEFAULT_CONDOR, m.spx);
		const held = {
			condor: {
				strikes: readout.strikes,
				qty: 1,
				creditPts: readout.creditPts,
				legMidsPts: readout.legMidsPts,
				legEntryPts: readout.legMidsPts,
				filled: false,
			},
			layers: [],
		};
		const p = whatIfPnl(
			{ model: m, positions: held, costs: NO_COSTS },
			{ ...NO_SHOCK, vix: { mode: 'typed', level: market.vix } },
		);
		const dFdS = m.spx.F / m.spx.spot;
		expect(p.greeks.deltaUsdPerPt).toBeCloseTo(readout.deltaUsd * dFdS, 2);
		expect(p.greeks.gammaUsdPerPt2).toBeCloseTo(readout.gammaUsd * dFdS * dFdS, 3);
		expect(p.greeks.thetaUsdPerDay).toBeGreaterThan(0);
	});
});

describe('payoffGrid', () => {
	const grid = payoffGrid(book, { ...NO_SHOCK, daysForward: 10 });
	it('spans ±25 % of spot in 201 points at T+0, the chosen date and expiry', () => {
		expect(grid.x.length).toBe(201);
		expect(grid.x[0]).toBeCloseTo(0.75 * model.spx.spot, 9);
		expect(grid.x[200]).toBeCloseTo(1.25 * model.spx.spot, 9);
		expect(grid.days.slice(0, 2)).toEqual([0, 10]);
	});
	it('at expiry the condor P&L is the intrinsic payoff times 100 × qty', () => {
		const k = positions.condor!;
		for (let i = 0; i < 201; i += 20)
			expect(grid.condor[2][i]).toBeCloseTo(
				condorPayoffAtExpiry(k.strikes, k.creditPts, grid.x[i]) * 100 * k.qty,
				6,
			);
	});
	it('T+0 P&L is zero at spot (the middle point)', () => {
		expect(grid.combined[0][100]).toBeCloseTo(0, 6);
	});
	it('reports the worst combined P&L at expiry as the max loss with the hedge on', () => {
		expect(grid.maxLossWithHedgeUsd).toBeCloseTo(-Math.min(...grid.combined[2]), 9);
		expect(grid.maxLossWithHedgeUsd).toBeLessThanOrEqual(condor.maxLossUsd + 1e-6 + ladder.premiumUsd);
	});
	it('break-evens are where combined P&L at expiry is zero', () => {
		expect(grid.breakEvens.length).toBeGreaterThanOrEqual(1);
		for (const be of grid.breakEvens) {
			const p = whatIfPnl(book, {
				...NO_SHOCK,
				spxMovePct: (be / model.spx.spot - 1) * 100,
				daysForward: grid.days[2],
			});
			expect(Math.abs(p.combinedUsd)).toBeLessThan(0.01);
		}
	});
	it('bookRiskAtExpiry gives the same break-evens and max loss from the expiry curve alone', () => {
		expect(bookRiskAtExpiry(book, { ...NO_SHOCK, daysForward: 10 })).toEqual({
			breakEvens: grid.breakEvens,
			maxLossWithHedgeUsd: grid.maxLossWithHedgeUsd,
		});
	});
});

describe('pnlHeatmap', () => {
	it('is zero at no move and today’s VIX, and the hedge wins when VIX rises at a fixed SPX', () => {
		const xs = Float64Array.of(-10, 0, 5);
		const ys = Float64Array.of(14.49, 30);
		const h = pnlHeatmap(book, NO_SHOCK, xs, ys);
		expect(Math.abs(h.combined[1])).toBeLessThan(1e-5);
		expect(h.combined.every(Number.isFinite)).toBe(true);
		// Higher VIX at the same SPX: the hedge gains, the short condor (short vega) loses.
		expect(h.hedge[3 + 1]).toBeGreaterThan(h.hedge[1]);
		expect(h.condor[3 + 1]).toBeLessThan(h.condor[1]);
	});
});

describe('the SPX smile in a shock (sticky delta)', () => {
	const k = positions.condor!.strikes;
	it('keeps every spread of the condor within [0, width·e^{−rτ}] and smaller further out of the money', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -30, max: 20, noNaN: true }),
				fc.double({ min: 8, max: 90, noNaN: true }),
				fc.integer({ min: 0, max: 40 }),
				(move, vix, days) => {
					const p = whatIfPnl(noCosts, {
						...NO_SHOCK,
						spxMovePct: move,
						vix: { mode: 'typed', level: vix },
						daysForward: days,
					});
					const mark = Object.fromEntries(p.condorLegs.map((l) => [l.label, l.markPts]));
					const tau = model.spx.T - days / 365;
					const df = Math.exp(-model.spx.r * Math.max(tau, 0));
					const putSpread = mark['short put'] - mark['long put'];
					const callSpread = mark['short call'] - mark['long call'];
					expect(putSpread).toBeGreaterThanOrEqual(-1e-9);
					expect(callSpread).toBeGreaterThanOrEqual(-1e-9);
					expect(putSpread).toBeLessThanOrEqual((k.shortPut - k.longPut) * df + 1e-6);
					expect(callSpread).toBeLessThanOrEqual((k.longCall - k.shortCall) * df + 1e-6);
				},
			),
			{ numRuns: 200 },
		);
	});
	it('the default condor at SPX −10 % with VIX 40 is a loss (the short put is deep in the money)', () => {
		const p = whatIfPnl(noCosts, { ...NO_SHOCK, spxMovePct: -10, vix: { mode: 'typed', level: 40 } });
		expect(market.spx * 0.9).toBeLessThan(k.shortPut);
		expect(p.condorUsd).toBeLessThan(0);
	});
	it('with VIX unchanged and no time the smile is the entry smile (each leg at its entry mid)', () => {
		const p = whatIfPnl(noCosts, NO_SHOCK);
		const mids = condorLegMids(k, model.spx);
		p.condorLegs.forEach((l, i) => expect(Math.abs(l.markPts - mids[i])).toBeLessThan(1e-7));
	});
});

describe('one kernel everywhere', () => {
	it('the what-if at the reference stress equals the ladder’s stress figure for the same shock', () => {
		const p = whatIfPnl(noCosts, stressShock(REFERENCE_STRESS));
		expect(p.hedgeUsd).toBeCloseTo(ladder.referenceGainUsd, 6);
		ladder.layers.forEach((l, i) =>
			expect(p.layersUsd[i]).toBeCloseTo(l.stressPnlUsd[REFERENCE_STRESS.id], 6),
		);
	});
	it('each layer of the what-if is flagged extrapolated exactly when the Book’s ladder flags it', () => {
		const flags = whatIfPnl(book, NO_SHOCK).layers.map((l) => l.extrapolated);
		expect(flags).toEqual(ladder.layers.map((l) => l.extrapolated));
		expect(flags).toContain(true); // the default long layer lies past the third typed future
	});
});
