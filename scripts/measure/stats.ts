// Small statistics for the measurement scripts: moments, quantiles, ordinary least squares.

export function mean(xs: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < xs.length; i++) s += xs[i];
	return s / xs.length;
}

/** Sample standard deviation (n − 1). */
export function stdev(xs: readonly number[]): number {
	const m = mean(xs);
	let s = 0;
	for (const x of xs) s += (x - m) ** 2;
	return Math.sqrt(s / (xs.length - 1));
}

/** Moment skewness E[(x − m)³]/σ³ (population moments). */
export function skewness(xs: ArrayLike<number>): number {
	const m = mean(xs);
	let s2 = 0;
	let s3 = 0;
	for (let i = 0; i < xs.length; i++) {
		const x = xs[i];
		s2 += (x - m) ** 2;
		s3 += (x - m) ** 3;
	}
	return s3 / xs.length / (s2 / xs.length) ** 1.5;
}

/** Root mean square. */
export function rms(xs: readonly number[]): number {
	let s = 0;
	for (const x of xs) s += x * x;
	return Math.sqrt(s / xs.length);
}

/** Quantile p ∈ [0, 1] with linear interpolation between order statistics (type 7). */
export function quantile(xs: readonly number[], p: number): number {
	return quantileSorted(Float64Array.from(xs).sort(), p);
}

/** Quantile p of values already sorted ascending (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function median(xs: readonly number[]): number {
	return quantile(xs, 0.5);
}

/** Share of values for which `test` holds. */
export function share(xs: readonly number[], test: (x: number) => boolean): number {
	let n = 0;
	for (const x of xs) if (test(x)) n++;
	return n / xs.length;
}

/** Ordinary least squares: β minimising Σ(y − Xβ)², by the normal equations with partial pivoting. */
export function leastSquares(rows: readonly (readonly number[])[], y: readonly number[]): number[] {
	const p = rows[0].length;
	const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
	rows.forEach((x, i) => {
		for (let j = 0; j < p; j++) {
			a[j][p] += x[j] * y[i];
			for (let k = 0; k < p; k++) a[j][k] += x[j] * x[k];
		}
	});
	for (let i = 0; i < p; i++) {
		let pivot = i;
		for (let r = i + 1; r < p; r++) if (Math.abs(a[r][i]) > Math.abs(a[pivot][i])) pivot = r;
		[a[i], a[pivot]] = [a[pivot], a[i]];
		for (let r = 0; r < p; r++) {
			if (r === i) continue;
			const f = a[r][i] / a[i][i];
			for (let k = i; k <= p; k++) a[r][k] -= f * a[i][k];
		}
	}
	return a.map((row, i) => row[p] / row[i]);
}
