// Pure helpers the chart layers share: finite extents and padded domains, tick counts that fit a width, nearest-point
// lookups for crosshairs, heatmap cell edges and a three-colour diverging scale. No DOM and no Svelte, so they are
// tested table-style in Node. Every helper tolerates NaN/±Infinity in its input and never returns one.
import { scaleLinear } from 'd3-scale';

export type Domain = [number, number];

/** The smallest and largest finite values over all arrays, or null when there is none. */
export function finiteExtent(arrays: readonly ArrayLike<number>[]): Domain | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (const a of arrays)
		for (let i = 0; i < a.length; i++) {
			const v = a[i];
			if (Number.isFinite(v)) {
				if (v < lo) lo = v;
				if (v > hi) hi = v;
			}
		}
	return lo <= hi ? [lo, hi] : null;
}

export interface PadOptions {
	/** Fraction of the span added on each side (default 0.05). */
	pad?: number;
	/** Values the domain must contain (e.g. 0 for a P&L axis); non-finite ones are ignored. */
	include?: readonly number[];
	/** Used when there is no finite value at all (default [0, 1]). */
	fallback?: Domain;
}

/**
 * A domain around `extent` that is never empty or degenerate: padded by a fraction of its span, stretched to include
 * the given values, and widened around a single value (±5 % of it, or ±1 at zero).
 * @example paddedDomain([0, 100], { pad: 0.1 }) // [-10, 110]
 * @example paddedDomain([5, 5], { pad: 0 }) // [4.75, 5.25]
 * @example paddedDomain(null) // [0, 1]
 */
export function paddedDomain(extent: Domain | null, opts: PadOptions = {}): Domain {
	const pad = Number.isFinite(opts.pad) ? Math.max(0, opts.pad as number) : 0.05;
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of [...(extent ?? []), ...(opts.include ?? [])])
		if (Number.isFinite(v)) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
	if (!(lo <= hi)) return opts.fallback ?? [0, 1];
	if (hi - lo === 0) {
		const half = lo === 0 ? 1 : Math.abs(lo) * 0.05;
		return [lo - half, hi + half];
	}
	const span = hi - lo;
	return [lo - span * pad, hi + span * pad];
}

/**
 * How many ticks fit `pixels` at about `spacing` pixels apart, between 2 and `max`.
 * @example tickCount(390, 70) // 5
 * @example tickCount(0) // 2
 */
export function tickCount(pixels: number, spacing = 70, max = 10): number {
	if (!Number.isFinite(pixels) || !(spacing > 0)) return 2;
	return Math.max(2, Math.min(max, Math.floor(pixels / spacing)));
}

/**
 * The index of the value nearest `x` in an ascending array (ties go to the lower index), or -1 when `xs` is empty
 * or `x` is not finite. Non-finite entries must not appear in `xs`.
 * @example nearestIndex([1, 2, 4], 3.1) // 2
 */
export function nearestIndex(xs: ArrayLike<number>, x: number): number {
	const n = xs.length;
	if (n === 0 || !Number.isFinite(x)) return -1;
	let lo = 0;
	let hi = n - 1;
	if (x <= xs[0]) return 0;
	if (x >= xs[hi]) return hi;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (xs[mid] <= x) lo = mid;
		else hi = mid;
	}
	return x - xs[lo] <= xs[hi] - x ? lo : hi;
}

/**
 * The index of the finite value nearest `x` in an array in any order (first wins on ties), or -1 when none is finite.
 * @example nearestIndexAnyOrder([30, 5, NaN, 12], 10) // 3
 */
export function nearestIndexAnyOrder(xs: ArrayLike<number>, x: number): number {
	if (!Number.isFinite(x)) return -1;
	let best = -1;
	let bestD = Infinity;
	for (let i = 0; i < xs.length; i++) {
		const d = Math.abs(xs[i] - x);
		if (d < bestD) {
			best = i;
			bestD = d;
		}
	}
	return best;
}

/**
 * The sorted, de-duplicated finite values of several arrays: the stops a keyboard crosshair steps through.
 * @example mergedStops([[3, 1], [2, 3, NaN]]) // [1, 2, 3]
 */
export function mergedStops(arrays: readonly ArrayLike<number>[]): number[] {
	const all: number[] = [];
	for (const a of arrays) for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) all.push(a[i]);
	all.sort((a, b) => a - b);
	return all.filter((v, i) => i === 0 || v !== all[i - 1]);
}

/**
 * Edges of the cells centred on ascending `centers` (n + 1 values): midpoints between neighbours, half a step beyond
 * each end. A single centre gets a cell of width 1.
 * @example cellEdges([0, 1, 3]) // [-0.5, 0.5, 2, 4]
 */
export function cellEdges(centers: ArrayLike<number>): Float64Array {
	const n = centers.length;
	const edges = new Float64Array(n === 0 ? 0 : n + 1);
	if (n === 0) return edges;
	if (n === 1) {
		edges[0] = centers[0] - 0.5;
		edges[1] = centers[0] + 0.5;
		return edges;
	}
	for (let i = 1; i < n; i++) edges[i] = (centers[i - 1] + centers[i]) / 2;
	edges[0] = centers[0] - (centers[1] - centers[0]) / 2;
	edges[n] = centers[n - 1] + (centers[n - 1] - centers[n - 2]) / 2;
	return edges;
}

/**
 * The largest |value| over the finite entries, for a diverging scale symmetric about zero (1 when all are zero or
 * none is finite, so the scale is never degenerate).
 * @example symmetricLimit([-3, 2, NaN]) // 3
 */
export function symmetricLimit(values: ArrayLike<number>): number {
	let m = 0;
	for (let i = 0; i < values.length; i++) {
		const a = Math.abs(values[i]);
		if (Number.isFinite(a) && a > m) m = a;
	}
	return m > 0 ? m : 1;
}

/** What a cell with no finite value is painted with: nothing (the chart background shows through). */
export const MISSING_COLOR = 'transparent';

/**
 * A diverging colour scale through three colours, symmetric about zero and clamped at ±limit: losses take `negative`,
 * zero `middle`, gains `positive`. Non-finite values get MISSING_COLOR. Colours must be literal CSS colours (hex or
 * rgb), not var(): they are interpolated.
 * @example divergingColor(100, ['#ff0000', '#ffffff', '#00ff00'])(-100) // 'rgb(255, 0, 0)'
 */
export function divergingColor(
	limit: number,
	[negative, middle, positive]: readonly [string, string, string],
): (value: number) => string {
	const l = Number.isFinite(limit) && limit > 0 ? limit : 1;
	const scale = scaleLinear<string>().domain([-l, 0, l]).range([negative, middle, positive]).clamp(true);
	return (value) => (Number.isFinite(value) ? scale(value) : MISSING_COLOR);
}

/**
 * Where to put a read-out box of `boxWidth` next to a crosshair at `x` inside `[0, width]`: to the right of the line
 * when it fits, else to its left, never past either edge.
 * @example readoutLeft(10, 300, 120) // 18
 * @example readoutLeft(290, 300, 120) // 162
 */
export function readoutLeft(x: number, width: number, boxWidth: number, gap = 8): number {
	if (!Number.isFinite(x) || !Number.isFinite(width)) return 0;
	const right = x + gap;
	if (right + boxWidth <= width) return right;
	const left = x - gap - boxWidth;
	return Math.max(0, Math.min(left, width - boxWidth));
}

/**
 * Where a sampled curve crosses zero, by linear interpolation between neighbouring samples (break-evens read off a
 * payoff grid); non-finite samples are skipped.
 * @example zeroCrossings([0, 1, 2], [-1, 1, 3]) // [0.5]
 */
export function zeroCrossings(xs: ArrayLike<number>, ys: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let i = 1; i < Math.min(xs.length, ys.length); i++) {
		const [y0, y1] = [ys[i - 1], ys[i]];
		if (!Number.isFinite(y0) || !Number.isFinite(y1) || y0 < 0 === y1 < 0) continue;
		out.push(xs[i - 1] + ((xs[i] - xs[i - 1]) * (0 - y0)) / (y1 - y0));
	}
	return out;
}
