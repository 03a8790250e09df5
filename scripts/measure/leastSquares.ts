// Small numeric helpers for the measurement scripts: least squares by the normal equations, a median, and a
// moving-block bootstrap of any estimator over a time-ordered sample (standard errors that respect overlap).
import { Xoshiro128 } from '../../src/engine/simulation/prng';

/**
 * Least squares without an intercept: minimises Σ (yᵢ − xᵢ·β)² by the normal equations, solved by Gaussian
 * elimination with partial pivoting. Columns that are all zero get β = NaN.
 * @param rows design rows xᵢ (same length k). @param y responses.
 */
export function leastSquares(rows: readonly number[][], y: readonly number[]): number[] {
	const k = rows[0].length;
	const a = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
	rows.forEach((x, i) => {
		for (let r = 0; r < k; r++) {
			if (x[r] === 0) continue;
			for (let c = 0; c < k; c++) a[r][c] += x[r] * x[c];
			a[r][k] += x[r] * y[i];
		}
	});
	const empty = a.map((row, r) => row[r] === 0);
	empty.forEach((e, r) => {
		if (e) a[r][r] = 1;
	});
	for (let p = 0; p < k; p++) {
		let best = p;
		for (let r = p + 1; r < k; r++) if (Math.abs(a[r][p]) > Math.abs(a[best][p])) best = r;
		[a[p], a[best]] = [a[best], a[p]];
		for (let r = 0; r < k; r++) {
			if (r === p) continue;
			const f = a[r][p] / a[p][p];
			for (let c = p; c <= k; c++) a[r][c] -= f * a[p][c];
		}
	}
	return a.map((row, r) => (empty[r] ? NaN : row[k] / row[r]));
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
	const s = [...values].sort((x, y) => x - y);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Sample standard deviation (n − 1), ignoring NaN entries. */
export function standardDeviation(values: readonly number[]): number {
	const v = values.filter((x) => !Number.isNaN(x));
	const mean = v.reduce((s, x) => s + x, 0) / v.length;
	return Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1));
}

/**
 * Moving-block bootstrap: draws ⌈n/block⌉ blocks of `block` consecutive observations (start uniform) `reps` times,
 * re-estimates on each resample and returns the standard deviation of each estimate across resamples. Blocks longer
 * than the overlap of the observations (and than the clustering of volatility) keep their dependence.
 * @param n observations, in time order. @param estimate the estimator on a list of observation indices.
 * @param block block length (observations). @param reps resamples. @param seed PRNG seed (deterministic).
 */
export function blockBootstrapSe(
	n: number,
	estimate: (indices: number[]) => number[],
	block: number,
	reps: number,
	seed: number,
): number[] {
	const rng = new Xoshiro128(seed);
	const draws: number[][] = [];
	for (let r = 0; r < reps; r++) {
		const idx: number[] = [];
		while (idx.length < n) {
			const start = Math.floor(rng.uniform() * (n - block + 1));
			for (let i = start; i < start + block && idx.length < n; i++) idx.push(i);
		}
		draws.push(estimate(idx));
	}
	return draws[0].map((_, j) => standardDeviation(draws.map((d) => d[j])));
}
