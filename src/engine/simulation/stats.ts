// Statistics of simulated P&L (docs/simulation.md, "Statistics"). Every output is finite: where a figure is undefined (no downside,
// no defined risk) it is null, and the docs say so. Losses are reported as positive numbers (VaR, CVaR).
import { DAYS_PER_YEAR } from '../conventions';

export interface PnlStats {
	/** Number of paths. */
	n: number;
	mean: number;
	median: number;
	/** Sample standard deviation (n − 1); 0 for fewer than two paths. */
	stdev: number;
	/** Standard error of the mean: from antithetic pair means when the paths are antithetic pairs. */
	stdError: number;
	/** Share of paths with P&L > 0. */
	pProfit: number;
	/** Loss at the 5 % quantile: −x_(m), m = ⌈0.05·n⌉, x sorted ascending (1-based). */
	var95: number;
	/** Mean loss over the m = ⌈0.05·n⌉ worst paths: −(x_(1) + … + x_(m))/m. */
	cvar95: number;
	worst: number;
	best: number;
	/** mean / defined risk × 365 / horizon days (simple, not compounded); null when the risk is not positive. */
	annualizedReturnOnRisk: number | null;
	/** mean / √(mean of min(x, 0)²) over the horizon; null when no path loses. */
	sortino: number | null;
}

/** Sorted copy (ascending) of the values. */
export function sortedCopy(values: Float64Array): Float64Array {
	return Float64Array.from(values).sort();
}

/**
 * Statistics of P&L values.
 * @param values P&L per path, dollars (n ≥ 1). @param opts antithetic: paths i and i + n/2 are pairs (n even);
 * definedRiskUsd: the capital at risk for the annualized return; horizonDays: calendar days of the horizon.
 * @param sorted the values sorted ascending, when the caller has them.
 * @example pnlStats(Float64Array.of(-3, -1, 0, 2, 7), { antithetic: false, definedRiskUsd: 10, horizonDays: 365 }).median // 0
 */
export function pnlStats(
	values: Float64Array,
	opts: { antithetic: boolean; definedRiskUsd: number; horizonDays: number },
	sorted = sortedCopy(values),
): PnlStats {
	const n = values.length;
	if (n === 0) throw new RangeError('pnlStats needs at least one value');
	let sum = 0;
	let profit = 0;
	let downside = 0;
	for (let i = 0; i < n; i++) {
		const x = values[i];
		sum += x;
		if (x > 0) profit++;
		else downside += x * x;
	}
	const mean = sum / n;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (values[i] - mean) * (values[i] - mean);
	const stdev = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
	let stdError = n > 1 ? stdev / Math.sqrt(n) : 0;
	if (opts.antithetic && n >= 4 && n % 2 === 0) {
		// The pair means are independent; the mean of the n values is the mean of the n/2 pair means.
		const half = n / 2;
		let ssPairs = 0;
		for (let i = 0; i < half; i++) {
			const d = 0.5 * (values[i] + values[i + half]) - mean;
			ssPairs += d * d;
		}
		stdError = Math.sqrt(ssPairs / (half - 1) / half);
	}
	const m = Math.max(1, Math.ceil(0.05 * n - 1e-9));
	let tail = 0;
	for (let i = 0; i < m; i++) tail += sorted[i];
	const median = n % 2 === 1 ? sorted[(n - 1) / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
	const downsideDev = Math.sqrt(downside / n);
	return {
		n,
		mean,
		median,
		stdev,
		stdError,
		pProfit: profit / n,
		var95: -sorted[m - 1],
		cvar95: -tail / m,
		worst: sorted[0],
		best: sorted[n - 1],
		annualizedReturnOnRisk:
			opts.definedRiskUsd > 0 && opts.horizonDays > 0
				? (mean / opts.definedRiskUsd) * (DAYS_PER_YEAR / opts.horizonDays)
				: null,
		sortino: downsideDev > 0 ? mean / downsideDev : null,
	};
}

/** The value at quantile q ∈ [0, 1] of sorted values (linear between order statistics). */
export function quantileSorted(sorted: Float64Array, q: number): number {
	const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Shared bin edges for several P&L series: `bins` equal bins from the lowest 0.5 % quantile to the highest 99.5 %
 * quantile over the series (so a few extreme paths do not squash the picture; the end counts go to below/above).
 * @param sortedSeries each series sorted ascending (non-empty). @param bins number of bins (≥ 1).
 */
export function sharedEdges(sortedSeries: readonly Float64Array[], bins: number): Float64Array {
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of sortedSeries) {
		lo = Math.min(lo, quantileSorted(s, 0.005));
		hi = Math.max(hi, quantileSorted(s, 0.995));
	}
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [-1, 1];
	if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
	const edges = new Float64Array(bins + 1);
	for (let i = 0; i <= bins; i++) edges[i] = lo + ((hi - lo) * i) / bins;
	return edges;
}

export interface Histogram {
	/** counts[i]: values in [edges[i], edges[i + 1]) (the last bin includes its right edge). */
	counts: Uint32Array;
	/** Values below the first edge and above the last. */
	below: number;
	above: number;
}

/** Counts of values in the bins of `edges` (ascending, at least two). */
export function histogram(values: Float64Array, edges: Float64Array): Histogram {
	const bins = edges.length - 1;
	const counts = new Uint32Array(bins);
	const lo = edges[0];
	const hi = edges[bins];
	const width = (hi - lo) / bins;
	let below = 0;
	let above = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i];
		if (x < lo) below++;
		else if (x > hi) above++;
		else counts[Math.min(bins - 1, Math.floor((x - lo) / width))]++;
	}
	return { counts, below, above };
}
