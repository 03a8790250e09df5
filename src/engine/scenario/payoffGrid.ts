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

/** The SPX grid (±`rangePct` % around spot) and VIX after the shock's link at each level. */
function spxGrid(book: ValuedBook, shock: Shock, points: number, rangePct: number) {
	const S0 = book.model.spx.spot;
	const x = new Float64Array(points);
	for (let i = 0; i < points; i++) x[i] = S0 * (1 + (rangePct / 100) * (-1 + (2 * i) / (points - 1)));
	const vix = new Float64Array(points);
	for (let i = 0; i < points; i++) vix[i] = shockedVix(book.model, shock, x[i]);
	return { x, vix };
}

/** Condor, each layer and combined P&L in dollars at each grid level on one date (straight into the arrays). */
function curvesOn(book: ValuedBook, d: ReturnType<typeof bookDate>, x: Float64Array, vix: Float64Array) {
	const n = x.length;
	const condor = new Float64Array(n);
	const layers = book.positions.layers.map(() => new Float64Array(n));
	const combined = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let total = (condor[i] = condorPnlUsd(book, d, x[i], vix[i]));
		for (let j = 0; j < layers.length; j++) total += layers[j][i] = layerPnlUsd(book, d, j, vix[i]);
		combined[i] = total;
	}
	return { condor, layers, combined };
}

/**
 * Break-evens and the worst combined P&L on the expiry curve `y` over `x`: each sign change on the grid bracketed,
 * then solved on the exact expiry P&L (the payoff has kinks at the strikes, so interpolating between grid points
 * alone can miss by tens of dollars).
 */
function expiryRisk(
	book: ValuedBook,
	shock: Shock,
	d: ReturnType<typeof bookDate>,
	x: Float64Array,
	y: Float64Array,
) {
	const atExpiry = (s: number) => pnlAt(book, d, s, shockedVix(book.model, shock, s)).combinedUsd;
	const breakEvens: number[] = [];
	for (let i = 1; i < x.length; i++)
		if (y[i - 1] < 0 !== y[i] < 0) breakEvens.push(falsePosition(atExpiry, x[i - 1], x[i], y[i - 1], y[i]));
	let worst = 0;
	for (const v of y) worst = Math.min(worst, v);
	return { breakEvens, maxLossWithHedgeUsd: -worst };
}

/** The book's break-evens and its "true" max loss with the hedge on, from the expiry curve alone (the Book screen). */
export function bookRiskAtExpiry(
	book: ValuedBook,
	shock: Shock,
	points = 201,
	rangePct = 25,
): Pick<PayoffGrid, 'breakEvens' | 'maxLossWithHedgeUsd'> {
	const { x, vix } = spxGrid(book, shock, points, rangePct);
	const d = bookDate(book, shock, book.model.spx.T * DAYS_PER_YEAR);
	return expiryRisk(book, shock, d, x, curvesOn(book, d, x, vix).combined);
}

/**
 * Payoff curves over SPX (default 201 points, ±25 %) at T+0, the shock's date and the condor's expiry. The shock's
 * own SPX move is replaced by each grid level; its VIX, curve, time and vol settings apply.
 */
export function payoffGrid(book: ValuedBook, shock: Shock, points = 201, rangePct = 25): PayoffGrid {
	const { x, vix } = spxGrid(book, shock, points, rangePct);
	const expiryDays = book.model.spx.T * DAYS_PER_YEAR;
	const days = [0, Math.min(shock.daysForward, expiryDays), expiryDays];
	const dates = days.map((d) => bookDate(book, shock, d));
	const curves = dates.map((d) => curvesOn(book, d, x, vix));
	return {
		x,
		days,
		condor: curves.map((c) => c.condor),
		layers: curves.map((c) => c.layers),
		combined: curves.map((c) => c.combined),
		...expiryRisk(book, shock, dates[2], x, curves[2].combined),
	};
}
