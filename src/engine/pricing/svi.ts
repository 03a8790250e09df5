// Raw SVI smile (Gatheral 2004) in total implied variance: w(k) = a + b{ρ(k−m) + √((k−m)² + σ²)}, k = ln(K/F).

/** Raw SVI parameters of one expiry; w and a are total variances (vol² × years), k is log-moneyness. */
export interface SviParams {
	/** Level: shifts w up or down (total variance). */
	a: number;
	/** Wing slope scale, ≥ 0: the wings tend to slopes b(1 − ρ) (left) and b(1 + ρ) (right). */
	b: number;
	/** Skew / rotation, in (−1, 1). */
	rho: number;
	/** Horizontal shift of the vertex (log-moneyness). */
	m: number;
	/** ATM curvature scale (log-moneyness), > 0: the vertex is rounded over a width ≈ σ. */
	sigma: number;
}

/** w(k) with its first and second derivatives in k. */
export interface SviTotalVarianceDerivatives {
	w: number;
	dwdk: number;
	d2wdk2: number;
}

/**
 * Total implied variance w(k) = σ_BS(k)²·T of a raw SVI smile.
 * @param p - raw SVI parameters (total variance)
 * @param k - log-moneyness ln(K/F)
 * @example sviTotalVariance({ a: 0.04, b: 0, rho: 0, m: 0, sigma: 0.1 }, 0.3) // 0.04 (flat smile)
 * @example sviTotalVariance(p, NaN) // throws RangeError naming k
 */
export function sviTotalVariance(p: SviParams, k: number): number {
	assertSviParamsFinite(p);
	checkK(k);
	const u = k - p.m;
	return p.a + p.b * (p.rho * u + Math.sqrt(u * u + p.sigma * p.sigma));
}

/**
 * Black implied volatility σ_BS(k) = √(w(k)/T) of a raw SVI smile.
 * @param p - raw SVI parameters (total variance)
 * @param k - log-moneyness ln(K/F)
 * @param T - time to expiry in years, > 0
 * @example sviImpliedVol({ a: 0.04, b: 0, rho: 0, m: 0, sigma: 0.1 }, 0, 1) // 0.2
 * @example sviImpliedVol(p, 0, 0) // throws RangeError naming T
 */
export function sviImpliedVol(p: SviParams, k: number, T: number): number {
	if (!(T > 0) || !Number.isFinite(T)) throw new RangeError(`T must be a positive number of years, got ${T}`);
	const w = sviTotalVariance(p, k);
	if (!(w >= 0)) {
		throw new RangeError(
			`p gives a negative total variance ${w.toPrecision(3)} at k = ${k}: check the SVI parameters`,
		);
	}
	return Math.sqrt(w / T);
}

/**
 * w(k), w'(k) and w''(k) in closed form: w' = b(ρ + u/r), w'' = bσ²/r³ with u = k − m, r = √(u² + σ²).
 * @param p - raw SVI parameters (total variance)
 * @param k - log-moneyness ln(K/F)
 * @example sviTotalVarianceDerivatives({ a: 0, b: 1, rho: 0, m: 0, sigma: 1 }, 0) // { w: 1, dwdk: 0, d2wdk2: 1 }
 */
export function sviTotalVarianceDerivatives(p: SviParams, k: number): SviTotalVarianceDerivatives {
	assertSviParamsFinite(p);
	checkK(k);
	return sviDerivativesAt(p, k);
}

/** sviTotalVarianceDerivatives without the argument checks, for loops over a grid of checked parameters. */
export function sviDerivativesAt(p: SviParams, k: number): SviTotalVarianceDerivatives {
	const u = k - p.m;
	const s2 = p.sigma * p.sigma;
	const r = Math.sqrt(u * u + s2);
	return { w: p.a + p.b * (p.rho * u + r), dwdk: p.b * (p.rho + u / r), d2wdk2: (p.b * s2) / (r * r * r) };
}

/** Throws a RangeError naming the first SVI parameter that is missing or not a finite number. */
export function assertSviParamsFinite(p: SviParams): void {
	if (typeof p !== 'object' || p === null) throw new RangeError('p must be an SVI parameter object');
	for (const key of ['a', 'b', 'rho', 'm', 'sigma'] as const) {
		if (!Number.isFinite(p[key]))
			throw new RangeError(`p.${key} must be a finite number, got ${String(p[key])}`);
	}
}

function checkK(k: number): void {
	if (!Number.isFinite(k)) throw new RangeError(`k must be a finite log-moneyness, got ${k}`);
}

/**
 * σ_BS as a function of k for hot loops: the parameters and T are checked once here, not on every call.
 * Negative total variance (possible only for parameters that fail checkSviParams) is floored at 0.
 * @param p - raw SVI parameters (total variance)
 * @param T - time to expiry in years, > 0
 */
export function sviVolFunction(p: SviParams, T: number): (k: number) => number {
	assertSviParamsFinite(p);
	if (!(T > 0) || !Number.isFinite(T)) throw new RangeError(`T must be a positive number of years, got ${T}`);
	const { a, b, rho, m } = p;
	const s2 = p.sigma * p.sigma;
	return (k) => {
		const u = k - m;
		return Math.sqrt(Math.max(a + b * (rho * u + Math.sqrt(u * u + s2)), 0) / T);
	};
}
