// Payoff curves of the book over SPX at three dates — today, the shock's date and the condor's expiry — with the
// break-evens and the "true" max loss with the hedge on. Grids are Float64Arrays so the worker can transfer them.
import { DAYS_PER_YEAR } from '../conventions';
import { falsePosition } from '../math/roots';
import { shockedVix } from './dateState';
import type { Shock } from './shock';
import { bookDate, condorPnlUsd, layerPnlUsd, pnlAt, type ValuedBook } from './whatIf';

export interface PayoffGrid {
	/** SPX levels (points). */
	x: Float64Array;
	/** Days forward of each curve set: T+0, the chosen date, the condor's expiry. */
	days: number[];
	/** Per date: condor, hedge layers (one array each), and combined P&L in dollars at each x. */
	condor: Float64Array[];
	layers: Float64Array[][];
	combined: Float64Array[];
	/** SPX levels where the combined P&L at the condor's expiry crosses zero. */
	breakEvens: number[];
	/** The worst combined P&L at the condor's expiry over the grid: the "true" max loss with the hedge on. */
	maxLossWithHedgeUsd: number;
}

/**
 * Payoff curves over SPX (default 201 points, ±25 %) at T+0, the shock's date and the condor's expiry. The shock's
 * own SPX move is replaced by each grid level; its VIX, curve, time and vol settings apply.
 */
export function payoffGrid(book: ValuedBook, shock: Shock, points = 201, rangePct = 25): PayoffGrid {
	const { model } = book;
	const S0 = model.spx.spot;
	const x = new Float64Array(points);
	for (let i = 0; i < points; i++) x[i] = S0 * (1 + (rangePct / 100) * (-1 + (2 * i) / (points - 1)));
	const expiryDays = model.spx.T * DAYS_PER_YEAR;
	const days = [0, Math.min(shock.daysForward, expiryDays), expiryDays];
	const vix = new Float64Array(points);
	for (let i = 0; i < points; i++) vix[i] = shockedVix(model, shock, x[i]);
	const dates = days.map((d) => bookDate(book, shock, d));
	const condor: Float64Array[] = [];
	const layers: Float64Array[][] = [];
	const combined: Float64Array[] = [];
	for (const d of dates) {
		const c = new Float64Array(points);
		const ls = book.positions.layers.map(() => new Float64Array(points));
		const all = new Float64Array(points);
		// Straight into the arrays: no per-point objects on the hot path.
		for (let i = 0; i < points; i++) {
			let total = (c[i] = condorPnlUsd(book, d, x[i], vix[i]));
			for (let j = 0; j < ls.length; j++) total += ls[j][i] = layerPnlUsd(book, d, j, vix[i]);
			all[i] = total;
		}
		condor.push(c);
		layers.push(ls);
		combined.push(all);
	}
	// Bracket each sign change on the grid, then solve on the exact expiry P&L: the payoff has kinks at the strikes,
	// so interpolating between grid points alone can miss by tens of dollars.
	const atExpiry = (s: number) => pnlAt(book, dates[2], s, shockedVix(model, shock, s)).combinedUsd;
	const y = combined[2];
	const breakEvens: number[] = [];
	for (let i = 1; i < points; i++)
		if (y[i - 1] < 0 !== y[i] < 0) breakEvens.push(falsePosition(atExpiry, x[i - 1], x[i], y[i - 1], y[i]));
	let worst = 0;
	for (const v of y) worst = Math.min(worst, v);
	return { x, days, condor, layers, combined, breakEvens, maxLossWithHedgeUsd: -worst };
}
