// P&L of the book over SPX move × VIX level at the shock's date: condor, hedge and combined per cell (VIX typed per
// row, so the link is bypassed).
import type { Shock } from './shock';
import { bookDate, condorPnlUsd, layerPnlUsd, type ValuedBook } from './whatIf';

export interface Heatmap {
	/** SPX moves, percent. */
	xs: Float64Array;
	/** VIX levels, points. */
	ys: Float64Array;
	/** Dollars, row-major: [j·xs.length + i] at (xs[i], ys[j]). */
	condor: Float64Array;
	hedge: Float64Array;
	combined: Float64Array;
}

export function pnlHeatmap(book: ValuedBook, shock: Shock, xs: Float64Array, ys: Float64Array): Heatmap {
	const n = xs.length * ys.length;
	const condor = new Float64Array(n);
	const hedge = new Float64Array(n);
	const combined = new Float64Array(n);
	const d = bookDate(book, shock, shock.daysForward);
	const S0 = book.model.spx.spot;
	const layers = book.positions.layers.length;
	for (let j = 0; j < ys.length; j++) {
		let h = 0;
		for (let l = 0; l < layers; l++) h += layerPnlUsd(book, d, l, ys[j]);
		for (let i = 0; i < xs.length; i++) {
			const k = j * xs.length + i;
			condor[k] = condorPnlUsd(book, d, S0 * (1 + xs[i] / 100), ys[j]);
			hedge[k] = h;
			combined[k] = condor[k] + h;
		}
	}
	return { xs, ys, condor, hedge, combined };
}
