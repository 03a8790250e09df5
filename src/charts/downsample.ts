// Fewer points for a long series on a narrow chart: within the visible x range, each pixel column keeps the first,
// lowest, highest and last point of the column (in x order), so spikes — the days VIX doubled — survive however far
// out the chart is zoomed. Points just outside the range are kept so lines run to the edges; a gap (a non-finite y)
// and a break between stretches of rows stay gaps.

/** Indices of the points to draw, increasing; -1 marks a break (the line stops and starts again). */
export function visibleIndices(
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	domain: readonly [number, number],
	columns: number,
	breaks: ArrayLike<number> = [],
): number[] {
	const n = Math.min(x.length, y.length);
	let lo = 0;
	while (lo < n && x[lo] < domain[0]) lo++;
	let hi = n - 1;
	while (hi >= 0 && x[hi] > domain[1]) hi--;
	const from = Math.max(0, lo - 1);
	const to = Math.min(n - 1, hi + 1);
	const breakAt = new Set(Array.from(breaks));
	const out: number[] = [];
	const cols = Math.max(1, Math.floor(columns));
	const width = (domain[1] - domain[0]) / cols;
	const columnOf = (i: number) => (width > 0 ? Math.floor((x[i] - domain[0]) / width) : 0);
	const flush = (bucket: number[]) => {
		if (bucket.length === 0) return;
		let min = bucket[0];
		let max = bucket[0];
		for (const i of bucket) {
			if (y[i] < y[min]) min = i;
			if (y[i] > y[max]) max = i;
		}
		for (const i of new Set([bucket[0], Math.min(min, max), Math.max(min, max), bucket[bucket.length - 1]]))
			out.push(i);
		bucket.length = 0;
	};
	const bucket: number[] = [];
	let column = NaN;
	for (let i = from; i <= to; i++) {
		const finite = Number.isFinite(y[i]) && Number.isFinite(x[i]);
		if (breakAt.has(i) || !finite) {
			flush(bucket);
			if (out.length > 0 && out[out.length - 1] !== -1) out.push(-1);
			if (!finite) continue;
		}
		const c = columnOf(i);
		if (c !== column) {
			flush(bucket);
			column = c;
		}
		bucket.push(i);
	}
	flush(bucket);
	if (out[out.length - 1] === -1) out.pop();
	return out;
}

/** The x and y of `indices` as arrays for a line layer, NaN at each break. */
export function pick(
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	indices: readonly number[],
): { x: Float64Array; y: Float64Array } {
	return {
		x: Float64Array.from(indices, (i) => (i < 0 ? NaN : x[i])),
		y: Float64Array.from(indices, (i) => (i < 0 ? NaN : y[i])),
	};
}
