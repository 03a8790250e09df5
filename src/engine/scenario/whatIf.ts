// The what-if engine (DESIGN §4.4): shock SPX, VIX (by the spot-vol link or typed), the VX curve, time and vols,
// then value the condor and each ladder layer — at one point, over an SPX grid at three dates, and over an
// SPX move × VIX level heatmap. Grids are Float64Arrays so the worker can transfer them.
import type { SpotVolLinkInput } from '../market/snapshot';
import { shockVix } from '../market/spotVolLink';
import { curveFuture, rollCurve, type VixCurve } from '../market/vixCurve';
import { black76Price } from '../pricing/black76';
import { vixOptionPrice } from '../pricing/vixOptions';
import { sviImpliedVol } from '../pricing/svi';
import { SPX_MULTIPLIER, condorPayoffAtExpiry, type CondorStrikes } from '../book/ironCondor';
import { VIX_MULTIPLIER } from '../book/alvhLadder';
import type { MarketModel } from './marketModel';

export interface Shock {
	/** SPX move in percent (−10 = a 10 % fall). */
	spxMovePct: number;
	/** VIX after the move: by the spot-vol link, or typed (points). */
	vix: { mode: 'link' } | { mode: 'typed'; level: number };
	/** Direct curve-flip controls: a new long-run level e^θ (points), or null to keep the fitted one. */
	longRunLevel: number | null;
	/** Calendar days forward. */
	daysForward: number;
	/** Parallel shift of the SPX smile, vol points. */
	spxVolShiftPts: number;
	/** Shift of VIX-option ATM vols, vol points. */
	volOfVolShiftPts: number;
	/** Multiplier on the VIX call skew (< 1 flattens it, as in a spike). */
	vixSkewScale: number;
}

export const NO_SHOCK: Shock = {
	spxMovePct: 0,
	vix: { mode: 'link' },
	longRunLevel: null,
	daysForward: 0,
	spxVolShiftPts: 0,
	volOfVolShiftPts: 0,
	vixSkewScale: 1,
};

/** The book the what-if values: the condor at its entry credit and the ladder layers at their entry prices. */
export interface Book {
	condor: { strikes: CondorStrikes; qty: number; creditPts: number } | null;
	layers: { id: string; strike: number; T: number; contracts: number; entryPts: number }[];
}

export interface PnlBreakdown {
	condorUsd: number;
	layersUsd: number[];
	hedgeUsd: number;
	combinedUsd: number;
}

/** The market state a shock leads to, at SPX level `spx` and `days` forward. */
interface ShockedState {
	spx: number;
	vix: number;
	days: number;
	curve: VixCurve;
}

function shockedState(
	model: MarketModel,
	link: SpotVolLinkInput,
	shock: Shock,
	spx: number,
	days: number,
): ShockedState {
	const S0 = model.spx.spot;
	const vix0 = model.vix.curve.vix;
	const vix = shock.vix.mode === 'typed' ? shock.vix.level : shockVix(vix0, spx / S0, link);
	// The log-OU future moves as V0^{e^{−κT}}, so re-pricing at the new spot applies the tenor beta of DESIGN §4.4;
	// residuals shrink with the remaining time (the roll toward spot).
	const rolled = rollCurve(model.vix.curve, days / 365, vix);
	const curve = shock.longRunLevel === null ? rolled : { ...rolled, theta: Math.log(shock.longRunLevel) };
	return { spx, vix, days, curve };
}

/** Condor value (points per condor) in a shocked state: sticky-moneyness smile scaled by VIX'/VIX, plus the shift. */
function condorValueAt(model: MarketModel, shock: Shock, st: ShockedState, k: CondorStrikes): number {
	const { spx: m } = model;
	const T = m.T - st.days / 365;
	if (T <= 1e-9) return -condorPayoffAtExpiry(k, 0, st.spx);
	const F = st.spx * Math.exp((m.r - m.dividendYield) * T);
	const scale = st.vix / model.vix.curve.vix;
	const vol = (K: number) =>
		Math.max(0.005, sviImpliedVol(m.svi, Math.log(K / F), m.T) * scale + shock.spxVolShiftPts / 100);
	const p = (kind: 'call' | 'put', K: number) => black76Price(kind, F, K, T, m.r, vol(K));
	return p('put', k.shortPut) - p('put', k.longPut) + p('call', k.shortCall) - p('call', k.longCall);
}

/** Value (points) of one VIX call of a layer in a shocked state, on its own future. */
function layerValueAt(
	model: MarketModel,
	shock: Shock,
	st: ShockedState,
	strike: number,
	T0: number,
): number {
	const T = T0 - st.days / 365;
	if (T <= 1e-9) return Math.max(st.vix - strike, 0);
	const volAtm = Math.max(0.01, model.vix.volOfVol(T) + shock.volOfVolShiftPts / 100);
	return vixOptionPrice(
		'call',
		curveFuture(st.curve, T),
		strike,
		T,
		model.vix.r,
		volAtm,
		model.vix.skew * shock.vixSkewScale,
	);
}

function pnlAt(model: MarketModel, shock: Shock, st: ShockedState, book: Book): PnlBreakdown {
	const condorUsd = book.condor
		? (book.condor.creditPts - condorValueAt(model, shock, st, book.condor.strikes)) *
			SPX_MULTIPLIER *
			book.condor.qty
		: 0;
	const layersUsd = book.layers.map(
		(l) => (layerValueAt(model, shock, st, l.strike, l.T) - l.entryPts) * VIX_MULTIPLIER * l.contracts,
	);
	const hedgeUsd = layersUsd.reduce((a, b) => a + b, 0);
	return { condorUsd, layersUsd, hedgeUsd, combinedUsd: condorUsd + hedgeUsd };
}

/** P&L of the book after the shock (SPX moved by spxMovePct, daysForward later). */
export function whatIfPnl(
	model: MarketModel,
	link: SpotVolLinkInput,
	shock: Shock,
	book: Book,
): PnlBreakdown & { vix: number; spx: number } {
	const spx = model.spx.spot * (1 + shock.spxMovePct / 100);
	const st = shockedState(model, link, shock, spx, shock.daysForward);
	return { ...pnlAt(model, shock, st, book), vix: st.vix, spx };
}

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
}

/**
 * Payoff curves over SPX (default 201 points, ±25 %) at T+0, the shock's date and the condor's expiry. The
 * shock's own SPX move is replaced by each grid level; its VIX, curve, time and vol settings apply.
 */
export function payoffGrid(
	model: MarketModel,
	link: SpotVolLinkInput,
	shock: Shock,
	book: Book,
	points = 201,
	rangePct = 25,
): PayoffGrid {
	const S0 = model.spx.spot;
	const x = new Float64Array(points);
	for (let i = 0; i < points; i++) x[i] = S0 * (1 + (rangePct / 100) * (-1 + (2 * i) / (points - 1)));
	const expiryDays = model.spx.T * 365;
	const days = [0, Math.min(shock.daysForward, expiryDays), expiryDays];
	const condor: Float64Array[] = [];
	const layers: Float64Array[][] = [];
	const combined: Float64Array[] = [];
	for (const d of days) {
		const c = new Float64Array(points);
		const ls = book.layers.map(() => new Float64Array(points));
		const all = new Float64Array(points);
		for (let i = 0; i < points; i++) {
			const p = pnlAt(model, shock, shockedState(model, link, shock, x[i], d), book);
			c[i] = p.condorUsd;
			p.layersUsd.forEach((v, j) => (ls[j][i] = v));
			all[i] = p.combinedUsd;
		}
		condor.push(c);
		layers.push(ls);
		combined.push(all);
	}
	// Bracket each sign change on the grid, then bisect on the exact expiry P&L: the payoff has kinks at the strikes,
	// so interpolating between grid points alone can miss by tens of dollars.
	const atExpiry = (s: number) =>
		pnlAt(model, shock, shockedState(model, link, shock, s, expiryDays), book).combinedUsd;
	const breakEvens = zeroCrossings(x, combined[2]).map((guess) => {
		const i = Math.min(
			points - 1,
			Math.max(
				1,
				x.findIndex((v) => v >= guess),
			),
		);
		return bisect(atExpiry, x[i - 1], x[i]);
	});
	return { x, days, condor, layers, combined, breakEvens };
}

/** Root of f on [a, b] where f(a) and f(b) differ in sign, to 1e-6 points. */
function bisect(f: (x: number) => number, a: number, b: number): number {
	let fa = f(a);
	for (let i = 0; i < 60 && b - a > 1e-6; i++) {
		const mid = 0.5 * (a + b);
		const fm = f(mid);
		if (fa < 0 === fm < 0) {
			a = mid;
			fa = fm;
		} else b = mid;
	}
	return 0.5 * (a + b);
}

/** x where y changes sign, by linear interpolation between grid points. */
export function zeroCrossings(x: Float64Array, y: Float64Array): number[] {
	const out: number[] = [];
	for (let i = 1; i < x.length; i++)
		if ((y[i - 1] < 0 && y[i] >= 0) || (y[i - 1] >= 0 && y[i] < 0))
			out.push(x[i - 1] + ((x[i] - x[i - 1]) * -y[i - 1]) / (y[i] - y[i - 1]));
	return out;
}

export interface Heatmap {
	/** SPX moves, percent. */
	xs: Float64Array;
	/** VIX levels, points. */
	ys: Float64Array;
	/** Combined P&L, dollars, row-major: z[j·xs.length + i] at (xs[i], ys[j]). */
	z: Float64Array;
}

/** Combined P&L over SPX move × VIX level at the shock's date (VIX typed per row, so the link is bypassed). */
export function pnlHeatmap(
	model: MarketModel,
	link: SpotVolLinkInput,
	shock: Shock,
	book: Book,
	xs: Float64Array,
	ys: Float64Array,
): Heatmap {
	const z = new Float64Array(xs.length * ys.length);
	for (let j = 0; j < ys.length; j++) {
		const rowShock: Shock = { ...shock, vix: { mode: 'typed', level: ys[j] } };
		for (let i = 0; i < xs.length; i++) {
			const st = shockedState(model, link, rowShock, model.spx.spot * (1 + xs[i] / 100), shock.daysForward);
			z[j * xs.length + i] = pnlAt(model, rowShock, st, book).combinedUsd;
		}
	}
	return { xs, ys, z };
}
