import { describe, expect, it } from 'vitest';
import {
	NO_SHOCK,
	addDays,
	condorCloseCost,
	condorMarkAt,
	condorTables,
	dateState,
	markCondor,
	markVixCalls,
	modelFuture,
	pathBlock,
	slotFuture,
	stepGrid,
	vixCallMark,
	vixCallValue,
	vixSlot,
	vxExpiriesAfter,
	vxTables,
	type PathBlock,
} from '../../../src/engine';
import { NORM_CDF_MC_MAX_ERROR } from '../../../src/engine/math/normCdfMc';
import { defaultBook } from '../../fixtures/book';

const { model, condor, ladder, market } = defaultBook();
// The grid runs past the near layer's expiry (it covers the condor's), so a settlement is inside it.
const grid = stepGrid(market.valuationDate, market.valuationMinutesEt, addDays(ladder.layers[0].expiry, 3));
const n = grid.dt.length;
const stride = n + 1;
const listed = vxExpiriesAfter(market.valuationDate, 12);
const vx = vxTables(model, grid, 10);
const calls = ladder.layers.map((l) => ({ expiryIndex: listed.indexOf(l.expiry), strike: l.strike }));

/** One hand-made path: SPX and VIX given at every step; VIX at each settlement open 1 point above the prior close. */
function onePath(spx: (j: number) => number, vix: (j: number) => number): PathBlock {
	const opens = vx.opens.steps.length;
	const b = pathBlock(1, n, opens);
	b.pairs = 1;
	for (let j = 0; j < stride; j++) {
		b.spx[j] = b.spx[stride + j] = spx(j);
		b.vix[j] = b.vix[stride + j] = vix(j);
	}
	vx.opens.steps.forEach((j, o) => (b.vixOpen[o] = b.vixOpen[opens + o] = vix(j - 1) + 1));
	return b;
}

describe('markCondor', () => {
	const tb = condorTables(model, condor.strikes, grid);
	const path = onePath(
		(j) => market.spx * (1 - 0.002 * j),
		(j) => market.vix * (1 + 0.03 * j),
	);
	const out = markCondor(tb, path, new Float64Array(2 * stride));
	// Marks use normCdfMc (|error| ≤ NORM_CDF_MC_MAX_ERROR): each of 4 legs F·N(d1) − K·N(d2) is off by at most
	// (F + K)·that, ≈ 6e-8 points here — far below a cent, and below any Monte Carlo standard error.
	const markTolerance = (F: number) => 4 * 2.2 * F * NORM_CDF_MC_MAX_ERROR;
	it('marks the fresh condor at its credit', () => {
		expect(Math.abs(out[0] - condor.creditPts)).toBeLessThan(markTolerance(market.spx));
	});
	it('equals the what-if kernel (sticky-delta smile at the path VIX) at every step before expiry', () => {
		const expiryStep = grid.dates.indexOf(model.condorExpiry);
		for (const j of [1, 5, 10, expiryStep - 1]) {
			const state = dateState(model, NO_SHOCK, grid.t[j] * 365);
			const expected = condorCloseCost(state, path.spx[j], path.vix[j], condor.strikes);
			expect(Math.abs(out[j] - expected)).toBeLessThan(markTolerance(path.spx[j]));
		}
	});
	it('condorMarkAt gives the bit-identical value of markCondor at every step', () => {
		for (let j = 0; j < stride; j++) expect(condorMarkAt(tb, path.spx[j], path.vix[j], j)).toBe(out[j]);
	});
	it('pays the intrinsic value on SPX at the expiry close', () => {
		const e = grid.dates.indexOf(model.condorExpiry);
		const S = path.spx[e];
		const k = condor.strikes;
		const intrinsic =
			Math.max(k.shortPut - S, 0) -
			Math.max(k.longPut - S, 0) +
			Math.max(S - k.shortCall, 0) -
			Math.max(S - k.longCall, 0);
		expect(out[e]).toBe(intrinsic);
	});
});

describe('markVixCalls', () => {
	const path = onePath(
		() => market.spx,
		(j) => market.vix * Math.exp(0.04 * j),
	);
	const out = markVixCalls(
		vx,
		calls,
		path,
		calls.map(() => new Float64Array(2 * stride)),
	);
	it('marks each layer at its entry price at the start', () => {
		ladder.layers.forEach((l, i) => expect(out[i][0]).toBeCloseTo(l.pricePts, 9));
	});
	it('equals the what-if kernel: the rolled curve moved by (VIX_t/VIX_0)^β, the vol surface and skew', () => {
		for (const j of [1, 7, 15]) {
			const V = path.vix[j];
			const state = dateState(model, NO_SHOCK, grid.t[j] * 365);
			ladder.layers.forEach((l, i) => {
				const slot = vixSlot(state, model.vxYears(l.expiry));
				expect(modelFuture(vx, calls[i].expiryIndex, j, V)).toBeCloseTo(slotFuture(state, slot, V), 9);
				expect(out[i][j]).toBeCloseTo(vixCallValue(state, slot, l.strike, V), 9);
				expect(vixCallMark(vx, calls[i].expiryIndex, l.strike, path, 0, j)).toBe(out[i][j]);
			});
		}
	});
	it('settles a call on VIX at the open of its expiry day (the SOQ) and keeps that value', () => {
		const near = calls[0];
		const settle = vx.settleStep[near.expiryIndex];
		expect(grid.dates[settle]).toBe(ladder.layers[0].expiry);
		const o = vx.openSlot[near.expiryIndex];
		expect(vx.opens.steps[o]).toBe(settle);
		// 09:30 on the settlement day: 17.5 hours after the prior close, of a step of 24 hours (or 3 days on a Monday).
		expect(vx.opens.fraction[o]).toBeCloseTo(17.5 / ((grid.t[settle] - grid.t[settle - 1]) * 365 * 24), 6);
		const soq = path.vix[settle - 1] + 1;
		for (let j = settle; j < stride; j++) expect(out[0][j]).toBe(Math.max(soq - near.strike, 0));
	});
});

describe('vxTables backwardation threshold', () => {
	it('is the VIX at which spot equals the model front future VX1', () => {
		for (const j of [0, 5, 20]) {
			const v = vx.backwardationVix[j];
			const front = vx.expiries.findIndex((e) => e > grid.dates[j]);
			expect(modelFuture(vx, front, j, v)).toBeCloseTo(v, 8);
			expect(modelFuture(vx, front, j, v * 1.05)).toBeLessThan(v * 1.05);
			expect(modelFuture(vx, front, j, v * 0.95)).toBeGreaterThan(v * 0.95);
		}
	});
});
