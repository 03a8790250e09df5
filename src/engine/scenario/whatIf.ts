// The what-if engine (DESIGN §4.4): shock SPX, VIX (by the spot-vol link or typed), the VX curve, time and vols,
// then value the condor and each ladder layer — at one point, over an SPX grid at three dates, and over an
// SPX move × VIX level heatmap. Grids are Float64Arrays so the worker can transfer them.
import type { SpotVolLinkInput } from '../market/snapshot';
import { shockVix } from '../market/spotVolLink';
import { curveFuture, rollCurve } from '../market/vixCurve';
import { undiscountedBlack } from '../pricing/black76';
import { vixSkewedVol } from '../pricing/vixOptions';
import { SPX_MULTIPLIER, type CondorStrikes } from '../book/ironCondor';
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

/**
 * Everything about one date that does not depend on the SPX level: the curve rolled to that date (with the flipped
 * long-run level), each layer's remaining time, future, tenor beta and ATM vol, and the condor's carry and discount.
 * The log-OU future scales as V0^{e^{−κT}}, so a new spot VIX only multiplies each future by (VIX'/VIX)^{e^{−κT}}:
 * the tenor beta of DESIGN §4.4, computed once per date instead of once per grid point.
 */
interface DateSlice {
	days: number;
	condorT: number;
	carry: number;
	df: number;
	layerT: Float64Array;
	layerFuture: Float64Array;
	layerBeta: Float64Array;
	layerVolAtm: Float64Array;
	/** e^{−rT} and √T of each layer: constant over the SPX grid. */
	layerDf: Float64Array;
	layerSqrtT: Float64Array;
	condorSqrtT: number;
}

function dateSlice(model: MarketModel, shock: Shock, book: Book, days: number): DateSlice {
	const dt = days / 365;
	const rolled = rollCurve(model.vix.curve, dt);
	const curve = shock.longRunLevel === null ? rolled : { ...rolled, theta: Math.log(shock.longRunLevel) };
	const n = book.layers.length;
	const slice: DateSlice = {
		days,
		condorT: model.spx.T - dt,
		carry: Math.exp((model.spx.r - model.spx.dividendYield) * (model.spx.T - dt)),
		df: Math.exp(-model.spx.r * Math.max(model.spx.T - dt, 0)),
		layerT: new Float64Array(n),
		layerFuture: new Float64Array(n),
		layerBeta: new Float64Array(n),
		layerVolAtm: new Float64Array(n),
		layerDf: new Float64Array(n),
		layerSqrtT: new Float64Array(n),
		condorSqrtT: Math.sqrt(Math.max(model.spx.T - dt, 0)),
	};
	book.layers.forEach((l, i) => {
		const T = l.T - dt;
		slice.layerT[i] = T;
		if (T > 1e-9) {
			slice.layerFuture[i] = curveFuture(curve, T);
			slice.layerBeta[i] = Math.exp(-curve.kappa * T);
			slice.layerVolAtm[i] = Math.max(0.01, model.vix.volOfVol(T) + shock.volOfVolShiftPts / 100);
			slice.layerDf[i] = Math.exp(-model.vix.r * T);
			slice.layerSqrtT[i] = Math.sqrt(T);
		}
	});
	return slice;
}

/** VIX after the shock at SPX level `spx`. */
function vixAt(model: MarketModel, link: SpotVolLinkInput, shock: Shock, spx: number): number {
	return shock.vix.mode === 'typed'
		? shock.vix.level
		: shockVix(model.vix.curve.vix, spx / model.spx.spot, link);
}

/** Value (points) of one SPX option of the condor: sticky-moneyness smile scaled by VIX'/VIX, plus the shift. */
function spxLegValue(
	model: MarketModel,
	shock: Shock,
	sl: DateSlice,
	spx: number,
	vix: number,
	call: boolean,
	K: number,
): number {
	if (sl.condorT <= 1e-9) return Math.max(call ? spx - K : K - spx, 0);
	const F = spx * sl.carry;
	const lnKF = Math.log(K / F);
	const vol = Math.max(
		0.005,
		model.spx.smileVol(lnKF) * (vix / model.vix.curve.vix) + shock.spxVolShiftPts / 100,
	);
	return sl.df * undiscountedBlack(call, F, K, vol * sl.condorSqrtT, -lnKF);
}

/** The condor's legs with the sign of the short condor's position: long put, short put, short call, long call. */
const CONDOR_LEGS = [
	{ label: 'long put', call: false, key: 'longPut', sign: 1 },
	{ label: 'short put', call: false, key: 'shortPut', sign: -1 },
	{ label: 'short call', call: true, key: 'shortCall', sign: -1 },
	{ label: 'long call', call: true, key: 'longCall', sign: 1 },
] as const;

/** Cost to close one short condor (points) in a shocked state. */
function condorValueAt(
	model: MarketModel,
	shock: Shock,
	sl: DateSlice,
	spx: number,
	vix: number,
	k: CondorStrikes,
): number {
	let value = 0;
	for (const leg of CONDOR_LEGS)
		value -= leg.sign * spxLegValue(model, shock, sl, spx, vix, leg.call, k[leg.key]);
	return value;
}

/** Condor P&L in dollars at one point. */
function condorPnlAt(
	model: MarketModel,
	shock: Shock,
	sl: DateSlice,
	spx: number,
	vix: number,
	book: Book,
): number {
	const c = book.condor;
	return c
		? (c.creditPts - condorValueAt(model, shock, sl, spx, vix, c.strikes)) * SPX_MULTIPLIER * c.qty
		: 0;
}

/** P&L in dollars of layer i at one point: Black-76 on the layer's own shocked future (vixOptionPrice, unrolled). */
function layerPnlAt(
	model: MarketModel,
	shock: Shock,
	sl: DateSlice,
	vix: number,
	book: Book,
	i: number,
): number {
	const l = book.layers[i];
	const T = sl.layerT[i];
	let value: number;
	if (T <= 1e-9) value = Math.max(vix - l.strike, 0);
	else {
		const F = sl.layerFuture[i] * Math.pow(vix / model.vix.curve.vix, sl.layerBeta[i]);
		const vol = vixSkewedVol(sl.layerVolAtm[i], model.vix.skew * shock.vixSkewScale, F, l.strike);
		value = sl.layerDf[i] * undiscountedBlack(true, F, l.strike, vol * sl.layerSqrtT[i]);
	}
	return (value - l.entryPts) * VIX_MULTIPLIER * l.contracts;
}

function pnlAt(
	model: MarketModel,
	shock: Shock,
	sl: DateSlice,
	spx: number,
	vix: number,
	book: Book,
): PnlBreakdown {
	const condorUsd = condorPnlAt(model, shock, sl, spx, vix, book);
	const layersUsd = book.layers.map((_, i) => layerPnlAt(model, shock, sl, vix, book, i));
	let hedgeUsd = 0;
	for (const v of layersUsd) hedgeUsd += v;
	return { condorUsd, layersUsd, hedgeUsd, combinedUsd: condorUsd + hedgeUsd };
}

/**
 * The book's sensitivities after a shock, in dollars, from central differences of the combined P&L — so they include
 * the spot-vol link: delta and gamma per SPX point as VIX and the curve follow SPX, theta per calendar day.
 */
export interface GreeksAfter {
	deltaUsdPerPt: number;
	gammaUsdPerPt2: number;
	thetaUsdPerDay: number;
}

/** P&L of the book after the shock (SPX moved by spxMovePct, daysForward later), and its greeks there. */
export function whatIfPnl(
	model: MarketModel,
	link: SpotVolLinkInput,
	shock: Shock,
	book: Book,
): PnlBreakdown & {
	vix: number;
	spx: number;
	greeks: GreeksAfter;
	condorLegsUsd: { label: string; pnlUsd: number }[];
} {
	const spx = model.spx.spot * (1 + shock.spxMovePct / 100);
	const slice = dateSlice(model, shock, book, shock.daysForward);
	const at = (s: number, sl = slice) => pnlAt(model, shock, sl, s, vixAt(model, link, shock, s), book);
	const here = at(spx);
	const h = 1; // one SPX point
	const up = at(spx + h).combinedUsd;
	const down = at(spx - h).combinedUsd;
	const expiryDays = model.spx.T * 365;
	const nextDay =
		shock.daysForward + 1 <= expiryDays
			? at(spx, dateSlice(model, shock, book, shock.daysForward + 1))
			: here;
	const vix = vixAt(model, link, shock, spx);
	const today = dateSlice(model, NO_SHOCK, book, 0);
	const c = book.condor;
	// Each leg against its value today (no shock): the condor's entry credit is the sum of these.
	const condorLegsUsd = c
		? CONDOR_LEGS.map((leg) => ({
				label: `${leg.label} ${c.strikes[leg.key]}`,
				pnlUsd:
					leg.sign *
					(spxLegValue(model, shock, slice, spx, vix, leg.call, c.strikes[leg.key]) -
						spxLegValue(
							model,
							NO_SHOCK,
							today,
							model.spx.spot,
							model.vix.curve.vix,
							leg.call,
							c.strikes[leg.key],
						)) *
					SPX_MULTIPLIER *
					c.qty,
			}))
		: [];
	return {
		...here,
		condorLegsUsd,
		vix,
		spx,
		greeks: {
			deltaUsdPerPt: (up - down) / (2 * h),
			gammaUsdPerPt2: (up - 2 * here.combinedUsd + down) / (h * h),
			thetaUsdPerDay: nextDay.combinedUsd - here.combinedUsd,
		},
	};
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
	/** The worst combined P&L at the condor's expiry over the grid: the "true" max loss with the hedge on. */
	maxLossWithHedgeUsd: number;
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
	const vix = new Float64Array(points);
	for (let i = 0; i < points; i++) vix[i] = vixAt(model, link, shock, x[i]);
	const slices = days.map((d) => dateSlice(model, shock, book, d));
	for (const sl of slices) {
		const c = new Float64Array(points);
		const ls = book.layers.map(() => new Float64Array(points));
		const all = new Float64Array(points);
		// Straight into the arrays: no per-point objects on the hot path.
		for (let i = 0; i < points; i++) {
			let total = (c[i] = condorPnlAt(model, shock, sl, x[i], vix[i], book));
			for (let j = 0; j < ls.length; j++) total += ls[j][i] = layerPnlAt(model, shock, sl, vix[i], book, j);
			all[i] = total;
		}
		condor.push(c);
		layers.push(ls);
		combined.push(all);
	}
	// Bracket each sign change on the grid, then solve on the exact expiry P&L: the payoff has kinks at the strikes,
	// so interpolating between grid points alone can miss by tens of dollars.
	const atExpiry = (s: number) =>
		pnlAt(model, shock, slices[2], s, vixAt(model, link, shock, s), book).combinedUsd;
	const y = combined[2];
	const breakEvens: number[] = [];
	for (let i = 1; i < points; i++)
		if (y[i - 1] < 0 !== y[i] < 0) breakEvens.push(falsePosition(atExpiry, x[i - 1], x[i], y[i - 1], y[i]));
	let worst = 0;
	for (const v of combined[2]) worst = Math.min(worst, v);
	return { x, days, condor, layers, combined, breakEvens, maxLossWithHedgeUsd: -worst };
}

/**
 * Root of f on [a, b] where fa = f(a) and fb = f(b) differ in sign: the Illinois false-position method, exact in one
 * step where f is linear (most of a payoff at expiry) and safe at its kinks; stops within a tenth of a cent.
 */
function falsePosition(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
	let side = 0;
	for (let i = 0; i < 60; i++) {
		const c = (a * fb - b * fa) / (fb - fa);
		const fc = f(c);
		if (Math.abs(fc) < 1e-3 || b - a < 1e-9) return c;
		if (fc < 0 === fb < 0) {
			b = c;
			fb = fc;
			if (side === -1) fa /= 2;
			side = -1;
		} else {
			a = c;
			fa = fc;
			if (side === 1) fb /= 2;
			side = 1;
		}
	}
	return 0.5 * (a + b);
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
	const sl = dateSlice(model, shock, book, shock.daysForward);
	for (let j = 0; j < ys.length; j++)
		for (let i = 0; i < xs.length; i++)
			z[j * xs.length + i] = pnlAt(
				model,
				shock,
				sl,
				model.spx.spot * (1 + xs[i] / 100),
				ys[j],
				book,
			).combinedUsd;
	return { xs, ys, z };
}
