// Histogram helpers the charts share, pure and tested in Node: narrowing a histogram to where its mass is (a few
// +$100k paths would otherwise squeeze every other bar into a sliver), with the outliers counted in the end bins, and
// stacking marker labels in rows so that neighbours never overlap.

export interface ClippedBins {
	x0: Float64Array;
	x1: Float64Array;
	/** Each series' counts on the kept bins, the outliers added to the first and last. */
	counts: Float64Array[];
	/** Paths folded into the first and last kept bin, summed over the series. */
	foldedLow: number;
	foldedHigh: number;
}

/**
 * Keeps the bins from the first where any series has passed `tail` of its paths to the last where any series still
 * has more than `tail` above; the bins outside are folded into the first and last kept ones. `keep` are data x values
 * (markers) the kept range must still contain.
 * @example clipBins({ x0: [0, 1, 2, 3], x1: [1, 2, 3, 4] }, [Float64Array.of(0, 50, 49, 1)], 0.05).counts[0] // [50, 50]
 */
export function clipBins(
	bins: { x0: ArrayLike<number>; x1: ArrayLike<number> },
	counts: readonly ArrayLike<number>[],
	tail = 0.005,
	keep: readonly number[] = [],
): ClippedBins {
	const n = Math.min(bins.x0.length, bins.x1.length);
	let lo = n - 1;
	let hi = 0;
	for (const c of counts) {
		let total = 0;
		for (let i = 0; i < n; i++) total += Number.isFinite(c[i]) ? c[i] : 0;
		if (total <= 0) continue;
		let below = 0;
		let first = 0;
		while (first < n - 1 && (below += c[first] || 0) <= tail * total) first++;
		let above = 0;
		let last = n - 1;
		while (last > 0 && (above += c[last] || 0) <= tail * total) last--;
		lo = Math.min(lo, first);
		hi = Math.max(hi, last);
	}
	if (lo > hi) [lo, hi] = [0, n - 1];
	for (const x of keep) {
		if (!Number.isFinite(x)) continue;
		while (lo > 0 && x < bins.x0[lo]) lo--;
		while (hi < n - 1 && x >= bins.x1[hi]) hi++;
	}
	let foldedLow = 0;
	let foldedHigh = 0;
	const kept = counts.map((c) => {
		const out = Float64Array.from({ length: hi - lo + 1 }, (_, k) => c[lo + k] || 0);
		for (let i = 0; i < lo; i++) {
			out[0] += c[i] || 0;
			foldedLow += c[i] || 0;
		}
		for (let i = hi + 1; i < n; i++) {
			out[out.length - 1] += c[i] || 0;
			foldedHigh += c[i] || 0;
		}
		return out;
	});
	const slice = (a: ArrayLike<number>) => Float64Array.from({ length: hi - lo + 1 }, (_, k) => a[lo + k]);
	return { x0: slice(bins.x0), x1: slice(bins.x1), counts: kept, foldedLow, foldedHigh };
}

/**
 * A row (0, 1, 2…) for each label so that labels in one row are at least `gap` px apart: labels at pixel `xs`, each
 * `widths[i]` wide, starting at its x. Greedy from left to right, lowest free row first.
 * @example labelRows([10, 20, 200], [50, 50, 50]) // [0, 1, 0]
 */
export function labelRows(xs: readonly number[], widths: readonly number[], gap = 6): number[] {
	const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
	const rowEnds: number[] = [];
	const rows = new Array<number>(xs.length).fill(0);
	for (const i of order) {
		let r = rowEnds.findIndex((end) => xs[i] >= end + gap);
		if (r < 0) r = rowEnds.push(-Infinity) - 1;
		rows[i] = r;
		rowEnds[r] = xs[i] + widths[i];
	}
	return rows;
}
