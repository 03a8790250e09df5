// The SPX → VIX models the spot-vol measurement compares, and their fits on 5-business-day moves:
// - start-level: ln(V'/V) = ε_down(V)·u + γ·u² for falls (u = −ln(S'/S) > 0), ε_up(V)·u for rises;
// - integrated: d ln V = ε(V)·du along the move, ε from the VIX reached so far;
// - constant: ln(V'/V) = ε·u.
// ε(V) is linear in ln V between knots and flat beyond the end knots.
import { leastSquares } from './leastSquares';

/** One 5-business-day window: its start index, start VIX, u = −ln(S'/S), y = ln(V'/V) and start bucket. */
export interface Move {
	start: number;
	vix: number;
	u: number;
	y: number;
	bucket: number;
}

/** Lower edges of the start-VIX buckets after the first: <12, 12–15, 15–20, 20–30, 30–40, ≥40. */
export const BUCKET_EDGES = [12, 15, 20, 30, 40];
export const BUCKET_LABELS = ['<12', '12–15', '15–20', '20–30', '30–40', '≥40'];
export const bucketOf = (vix: number): number => BUCKET_EDGES.filter((e) => vix >= e).length;

/**
 * Where V lies among the knots: the left knot k and the fraction t ∈ [0, 1] of the way, in ln V, to knot k + 1
 * (t = 0 at and below the first knot, t = 1 on the last segment at and above the last knot: flat beyond the ends).
 */
function knotSegment(knots: readonly number[], vix: number): { k: number; t: number } {
	const last = knots.length - 1;
	if (vix <= knots[0]) return { k: 0, t: 0 };
	if (vix >= knots[last]) return { k: last - 1, t: 1 };
	let k = 0;
	while (knots[k + 1] <= vix) k++;
	return { k, t: Math.log(vix / knots[k]) / Math.log(knots[k + 1] / knots[k]) };
}

/** Linear-interpolation weights of ln V over the knots (flat beyond the ends); they sum to 1. */
export function knotWeights(knots: readonly number[], vix: number): number[] {
	const { k, t } = knotSegment(knots, vix);
	const w = new Array<number>(knots.length).fill(0);
	w[k] = 1 - t;
	w[k + 1] += t;
	return w;
}

/** ε(V) from knot values. */
export function epsAt(knots: readonly number[], eps: readonly number[], vix: number): number {
	const { k, t } = knotSegment(knots, vix);
	return (1 - t) * eps[k] + t * eps[k + 1];
}

/** The start-level link's parameters. */
export interface StartLevelLink {
	knots: number[];
	epsDown: number[];
	epsUp: number[];
	gamma: number;
}

/** VIX after an SPX move under the start-level link. @param vix start VIX. @param spxRatio S'/S. */
export function startLevelVix(link: StartLevelLink, vix: number, spxRatio: number): number {
	const u = -Math.log(spxRatio);
	const lnRatio =
		u > 0
			? epsAt(link.knots, link.epsDown, vix) * u + link.gamma * u * u
			: epsAt(link.knots, link.epsUp, vix) * u;
	return vix * Math.exp(lnRatio);
}

/** VIX after an SPX fall under the integrated link (RK4 in u, 20 steps). @param eps ε at the knots. */
export function integratedVix(
	knots: readonly number[],
	eps: readonly number[],
	vix: number,
	spxRatio: number,
): number {
	const steps = 20;
	const h = -Math.log(spxRatio) / steps;
	const f = (x: number) => epsAt(knots, eps, Math.exp(x));
	let x = Math.log(vix);
	for (let i = 0; i < steps; i++) {
		const k1 = f(x);
		const k2 = f(x + (h / 2) * k1);
		const k3 = f(x + (h / 2) * k2);
		const k4 = f(x + h * k3);
		x += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
	}
	return Math.exp(x);
}

/**
 * Per-bucket ε through the origin, with one pooled γ on u² when `withGamma` (joint least squares).
 * @returns ε per bucket (NaN for an empty bucket), then γ when asked.
 */
export function fitBuckets(moves: readonly Move[], withGamma: boolean): number[] {
	const k = BUCKET_LABELS.length;
	const rows = moves.map((m) => {
		const r = new Array<number>(withGamma ? k + 1 : k).fill(0);
		r[m.bucket] = m.u;
		if (withGamma) r[k] = m.u * m.u;
		return r;
	});
	return leastSquares(
		rows,
		moves.map((m) => m.y),
	);
}

/** Knot values and γ fitted directly with the interpolation weights (the form the link is evaluated in). */
export function fitKnotsDirect(moves: readonly Move[], knots: readonly number[]): number[] {
	const rows = moves.map((m) => [...knotWeights(knots, m.vix).map((w) => w * m.u), m.u * m.u]);
	return leastSquares(
		rows,
		moves.map((m) => m.y),
	);
}

/**
 * The integrated link's knot values by nonlinear least squares on ln V' (Gauss–Newton with a forward-difference
 * Jacobian, 8 iterations from `start`).
 */
export function fitIntegrated(
	moves: readonly Move[],
	knots: readonly number[],
	start: readonly number[],
): number[] {
	let eps = [...start];
	const residuals = (e: number[]) =>
		moves.map((m) => Math.log(integratedVix(knots, e, m.vix, Math.exp(-m.u)) / m.vix) - m.y);
	for (let it = 0; it < 8; it++) {
		const r = residuals(eps);
		const jac = eps.map((_, k) => {
			const up = [...eps];
			up[k] += 1e-5;
			return residuals(up).map((x, i) => (x - r[i]) / 1e-5);
		});
		const step = leastSquares(
			moves.map((_, i) => jac.map((col) => col[i])),
			r,
		);
		eps = eps.map((e, k) => e - step[k]);
	}
	return eps;
}
