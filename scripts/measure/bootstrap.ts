// Circular moving-block bootstrap of a time-ordered series, for standard errors of statistics of overlapping
// holding periods (neighbouring starts share most of their path, so plain resampling would understate the error).
import { Xoshiro128 } from '../../src/engine';
import { stdev } from './stats';

/**
 * Standard error of each statistic: resample `replicates` series of the same length from blocks of `blockLength`
 * consecutive items (wrapping around the end), evaluate, and take the standard deviation across replicates.
 * Statistics that come out NaN in a replicate (an empty subset) are left out of that statistic's spread.
 */
export function blockBootstrapSe<T>(
	items: readonly T[],
	stats: (sample: readonly T[]) => number[],
	blockLength: number,
	replicates: number,
	seed: number,
): number[] {
	const rng = new Xoshiro128(seed);
	const n = items.length;
	const draws: number[][] = [];
	for (let b = 0; b < replicates; b++) {
		const sample: T[] = [];
		while (sample.length < n) {
			const start = Math.floor(rng.uniform() * n);
			for (let k = 0; k < blockLength && sample.length < n; k++) sample.push(items[(start + k) % n]);
		}
		draws.push(stats(sample));
	}
	return draws[0].map((_, s) => stdev(draws.map((d) => d[s]).filter(Number.isFinite)));
}
