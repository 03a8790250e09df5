// Circular moving-block bootstrap (docs/history.md, "Back-test"): standard errors of statistics of a time-ordered
// series whose neighbours overlap — back-test starts a day apart share most of their holding period, so resampling
// single starts would understate the error. Seeded (xoshiro128**), so a result is reproducible.
import { Xoshiro128 } from './prng';

/**
 * Fills `out` with a resample of 0 … n − 1: blocks of `blockLength` consecutive indices from uniform random starts,
 * wrapping past the end, until n are drawn.
 */
export function blockResample(n: number, blockLength: number, rng: Xoshiro128, out: Int32Array): Int32Array {
	let k = 0;
	while (k < n) {
		const start = Math.floor(rng.uniform() * n);
		for (let b = 0; b < blockLength && k < n; b++) out[k++] = (start + b) % n;
	}
	return out;
}

/**
 * Standard error of each statistic: `replicates` resamples of the series' indices (blocks of `blockLength`), each
 * evaluated, and the sample standard deviation across replicates. A statistic that is not finite in a replicate (an
 * empty subset) is left out of that statistic's spread; with fewer than two finite values its error is 0.
 * @param n the series' length (≥ 1). @param statistics the figures of a resample, given its indices.
 * @param blockLength items per block (≥ 1). @param replicates resamples (≥ 2). @param seed 32-bit integer.
 * @example blockBootstrapSe(xs.length, (idx) => [mean of xs[idx[k]]], 1, 1000, 7) // ≈ [σ/√n] for independent xs
 */
export function blockBootstrapSe(
	n: number,
	statistics: (indices: Int32Array) => ArrayLike<number>,
	blockLength: number,
	replicates: number,
	seed: number,
): number[] {
	if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`n must be a whole number ≥ 1 (got ${n})`);
	if (!(Number.isInteger(blockLength) && blockLength >= 1))
		throw new RangeError(`blockLength must be a whole number ≥ 1 (got ${blockLength})`);
	if (!(Number.isInteger(replicates) && replicates >= 2))
		throw new RangeError(`replicates must be a whole number ≥ 2 (got ${replicates})`);
	const rng = new Xoshiro128(seed);
	const indices = new Int32Array(n);
	// Welford's running mean and sum of squared deviations per statistic (no cancellation on large figures).
	let means = new Float64Array(0);
	let m2 = new Float64Array(0);
	let counts = new Int32Array(0);
	for (let r = 0; r < replicates; r++) {
		const figures = statistics(blockResample(n, blockLength, rng, indices));
		if (r === 0) {
			means = new Float64Array(figures.length);
			m2 = new Float64Array(figures.length);
			counts = new Int32Array(figures.length);
		}
		for (let s = 0; s < figures.length; s++) {
			const x = figures[s];
			if (!Number.isFinite(x)) continue;
			const c = ++counts[s];
			const d = x - means[s];
			means[s] += d / c;
			m2[s] += d * (x - means[s]);
		}
	}
	return Array.from(m2, (ss, s) => (counts[s] < 2 ? 0 : Math.sqrt(ss / (counts[s] - 1))));
}
