// A small seeded simulator of the real-world ln VIX model — an exact OU step plus Poisson jumps (at most one a
// step), Y_{j+1} = Y_j·e^{−κΔ} + η·√((1 − e^{−2κΔ})/(2κ))·Z + J·1{jump} — and the statistics of its horizon
// changes, computed exactly as on the data.
import { Xoshiro128, streamSeed } from '../../src/engine';
import { fitAr1Pairs } from './ouFit';
import { quantileSorted, skewness } from './stats';

export type JumpSize = { kind: 'fixed'; logSize: number } | { kind: 'exponential'; meanLogSize: number };

export interface JumpOu {
	/** κ, per year. */
	kappa: number;
	/** η of the diffusion, per √year. */
	eta: number;
	/** λ_J, jumps per year. */
	jumpRatePerYear: number;
	jump: JumpSize;
}

/** Probability of a jump in a step of `years`: 1 − e^{−λΔ}. */
export function jumpProbability(ratePerYear: number, years: number): number {
	return -Math.expm1(-ratePerYear * years);
}

/**
 * One exact step of the model.
 * @param y Y_j. @param years Δ. @param z a standard normal. @param uJump, uSize uniforms in (0, 1): a jump when
 * uJump < 1 − e^{−λΔ}; an exponential size is −m·ln(uSize).
 */
export function jumpOuStep(
	m: JumpOu,
	y: number,
	years: number,
	z: number,
	uJump: number,
	uSize: number,
): number {
	const decay = Math.exp(-m.kappa * years);
	let next = y * decay + m.eta * Math.sqrt(-Math.expm1(-2 * m.kappa * years) / (2 * m.kappa)) * z;
	if (uJump < jumpProbability(m.jumpRatePerYear, years)) {
		next += m.jump.kind === 'fixed' ? m.jump.logSize : -m.jump.meanLogSize * Math.log(uSize);
	}
	return next;
}

/** Pre-drawn shocks of `replicates` series of `steps` steps each (common random numbers for every candidate). */
export interface Shocks {
	replicates: number;
	steps: number;
	normals: Float64Array;
	jumpUniforms: Float64Array;
	sizeUniforms: Float64Array;
}

export function drawShocks(steps: number, replicates: number, seed: number): Shocks {
	const size = steps * replicates;
	const shocks = {
		replicates,
		steps,
		normals: new Float64Array(size),
		jumpUniforms: new Float64Array(size),
		sizeUniforms: new Float64Array(size),
	};
	for (let r = 0; r < replicates; r++) {
		const rng = new Xoshiro128(streamSeed(seed, r));
		for (let j = r * steps; j < (r + 1) * steps; j++) {
			shocks.normals[j] = rng.normal();
			shocks.jumpUniforms[j] = rng.uniformOpen();
			shocks.sizeUniforms[j] = rng.uniformOpen();
		}
	}
	return shocks;
}

/**
 * The model's Y on a grid of step lengths, replicate r, from Y = 0 after a burn-in of `burnIn` steps of the
 * grid's mean length (so each series starts near the stationary law). Returns steps − burnIn + 1 values.
 */
export function simulateSeries(
	m: JumpOu,
	stepYears: Float64Array,
	shocks: Shocks,
	r: number,
	burnIn: number,
): Float64Array {
	const meanStep = stepYears.reduce((a, b) => a + b, 0) / stepYears.length;
	const out = new Float64Array(stepYears.length + 1);
	let y = 0;
	const base = r * shocks.steps;
	for (let j = 0; j < burnIn + stepYears.length; j++) {
		if (j >= burnIn) out[j - burnIn] = y;
		const years = j < burnIn ? meanStep : stepYears[j - burnIn];
		y = jumpOuStep(
			m,
			y,
			years,
			shocks.normals[base + j],
			shocks.jumpUniforms[base + j],
			shocks.sizeUniforms[base + j],
		);
	}
	out[stepYears.length] = y;
	return out;
}

/** What is compared between model and data at one horizon. */
export interface HorizonStats {
	/** Standard deviation of x_{t+h} around its OLS projection on x_t. */
	sd: number;
	skew: number;
	p90: number;
	p95: number;
	p99: number;
	/** Share of starts after which VIX more than doubled: x_{t+h} − x_t > ln 2. */
	pDouble: number;
	/** OLS slope of x_{t+h} on x_t (e^{−κh} for an OU). */
	slope: number;
}

export const STAT_KEYS = ['sd', 'skew', 'p90', 'p95', 'p99', 'pDouble', 'slope'] as const;

/** The (start, end) rows of a horizon, from {@link horizonEnds}-style ends (−1 = none). */
export interface HorizonPairs {
	from: Int32Array;
	to: Int32Array;
}

export function horizonPairs(ends: Int32Array): HorizonPairs {
	const starts = [...ends.keys()].filter((t) => ends[t] >= 0);
	return { from: Int32Array.from(starts), to: Int32Array.from(starts, (t) => ends[t]) };
}

/** Statistics of ln VIX (or Y) over the horizon pairs. */
export function horizonStats(xs: ArrayLike<number>, pairs: HorizonPairs): HorizonStats {
	const from = Float64Array.from(pairs.from, (t) => xs[t]);
	const to = Float64Array.from(pairs.to, (j) => xs[j]);
	const fit = fitAr1Pairs(from, to);
	const residuals = to.map((y, i) => y - fit.intercept - fit.slope * from[i]);
	let doubled = 0;
	for (let i = 0; i < to.length; i++) if (to[i] - from[i] > Math.LN2) doubled++;
	const skew = skewness(residuals);
	residuals.sort();
	return {
		sd: fit.residualSd,
		skew,
		p90: quantileSorted(residuals, 0.9),
		p95: quantileSorted(residuals, 0.95),
		p99: quantileSorted(residuals, 0.99),
		pDouble: doubled / to.length,
		slope: fit.slope,
	};
}
