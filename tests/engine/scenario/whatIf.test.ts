import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_CONDOR,
	NO_SHOCK,
	buildMarketModel,
	condorReadout,
	condorPayoffAtExpiry,
	payoffGrid,
	pnlHeatmap,
	shockVix,
	spxExpiryForDte,
	vixTermLevel,
	whatIfPnl,
} from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { market, model, book, link, condor, ladder } = defaultBook();

describe('the default book', () => {
	it('uses ATM = 0.9 × the VIX term level at the condor expiry and a 45-DTE PM expiry', () => {
		expect(spxExpiryForDte('2026-01-09', 45)).toBe('2026-02-23');
		expect(model.spx.atmVol).toBeCloseTo(
			(0.9 * vixTermLevel(14.49, 17.88, model.vix.curve, model.spx.T)) / 100,
			12,
		);
		expect(condor.creditUsd).toBeGreaterThan(0);
		expect(ladder.units).toBeGreaterThanOrEqual(1);
	});
});

describe('whatIfPnl', () => {
	it('is exactly zero with no shock and no time', () => {
		const p = whatIfPnl(model, link, NO_SHOCK, book);
		expect(p.condorUsd).toBeCloseTo(0, 9);
		expect(p.hedgeUsd).toBeCloseTo(0, 9);
		expect(p.combinedUsd).toBeCloseTo(0, 9);
	});
	it('moves VIX by the link: a 10 % fall lifts VIX to VIX·0.9^−ε, the hedge gains and the condor loses', () => {
		const p = whatIfPnl(model, link, { ...NO_SHOCK, spxMovePct: -10, daysForward: 5 }, book);
		expect(p.vix).toBeCloseTo(shockVix(14.49, 0.9, link), 12);
		expect(p.hedgeUsd).toBeGreaterThan(0);
		expect(p.condorUsd).toBeLessThan(0);
	});
	it('splits the condor P&L into its four legs', () => {
		const p = whatIfPnl(model, link, { ...NO_SHOCK, spxMovePct: -4, daysForward: 7 }, book);
		expect(p.condorLegsUsd.map((l) => l.label)).toEqual([
			`long put ${book.condor!.strikes.longPut}`,
			`short put ${book.condor!.strikes.shortPut}`,
			`short call ${book.condor!.strikes.shortCall}`,
			`long call ${book.condor!.strikes.longCall}`,
		]);
		expect(p.condorLegsUsd.reduce((s, l) => s + l.pnlUsd, 0)).toBeCloseTo(p.condorUsd, 6);
	});
	it('never returns a non-finite number over random shocks', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -40, max: 30, noNaN: true }),
				fc.integer({ min: 0, max: 60 }),
				fc.double({ min: -10, max: 20, noNaN: true }),
				(move, days, shift) => {
					const p = whatIfPnl(
						model,
						link,
						{
							...NO_SHOCK,
							spxMovePct: move,
							daysForward: days,
							spxVolShiftPts: shift,
							volOfVolShiftPts: shift,
						},
						book,
					);
					[p.condorUsd, p.hedgeUsd, p.combinedUsd, ...p.layersUsd].forEach((v) =>
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
		const held = { condor: { strikes: readout.strikes, qty: 1, creditPts: readout.creditPts }, layers: [] };
		const p = whatIfPnl(m, link, { ...NO_SHOCK, vix: { mode: 'typed', level: market.vix } }, held);
		const dFdS = m.spx.F / m.spx.spot;
		expect(p.greeks.deltaUsdPerPt).toBeCloseTo(readout.deltaUsd * dFdS, 2);
		expect(p.greeks.gammaUsdPerPt2).toBeCloseTo(readout.gammaUsd * dFdS * dFdS, 3);
		expect(p.greeks.thetaUsdPerDay).toBeGreaterThan(0);
	});
});

describe('payoffGrid', () => {
	const grid = payoffGrid(model, link, { ...NO_SHOCK, daysForward: 10 }, book);
	it('spans ±25 % of spot in 201 points at T+0, the chosen date and expiry', () => {
		expect(grid.x.length).toBe(201);
		expect(grid.x[0]).toBeCloseTo(0.75 * model.spx.spot, 9);
		expect(grid.x[200]).toBeCloseTo(1.25 * model.spx.spot, 9);
		expect(grid.days.slice(0, 2)).toEqual([0, 10]);
	});
	it('at expiry the condor P&L is the intrinsic payoff times 100 × qty', () => {
		const k = book.condor!;
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
			const p = whatIfPnl(
				model,
				link,
				{ ...NO_SHOCK, spxMovePct: (be / model.spx.spot - 1) * 100, daysForward: grid.days[2] },
				book,
			);
			expect(Math.abs(p.combinedUsd)).toBeLessThan(0.01);
		}
	});
});

describe('pnlHeatmap', () => {
	it('is zero at no move and today’s VIX, and the hedge wins when VIX rises at a fixed SPX', () => {
		const xs = Float64Array.of(-10, 0, 5);
		const ys = Float64Array.of(14.49, 30);
		const h = pnlHeatmap(model, link, NO_SHOCK, book, xs, ys);
		expect(h.z[1]).toBeCloseTo(0, 9);
		// Higher VIX at the same SPX: hedge up, condor down (vega short); the hedge is sized to dominate in a spike.
		expect(h.z.every(Number.isFinite)).toBe(true);
		const hedgeOnly = pnlHeatmap(model, link, NO_SHOCK, { condor: null, layers: book.layers }, xs, ys);
		expect(hedgeOnly.z[3 + 1]).toBeGreaterThan(hedgeOnly.z[1]);
	});
});
