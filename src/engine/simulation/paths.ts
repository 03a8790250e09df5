// Joint real-world paths of SPX and VIX on the business-day grid (DESIGN §4.5). ln VIX follows an exact OU step,
//   x' = θ + (x − θ)e^{−κΔ} + η·√((1 − e^{−2κΔ})/(2κ))·Z_V,
// ln SPX a diffusion with vol σ_S = c·VIX/100 (frozen over the step) and drift μ − q − σ²/2, with
// corr(Z_S, Z_V) = ρ, plus optional common jumps (SPX down, VIX up). Antithetic pairs: each stream's normals drive
// one path and their negatives the other (jumps shared). Paths are stored row-major in Float64Arrays.
import { Xoshiro128, streamSeed } from './prng';

export interface JumpParams {
	enabled: boolean;
	/** Poisson rate of common jumps, per year. */
	ratePerYear: number;
	/** SPX move in a jump, percent (−7 = a 7 % fall). */
	spxJumpPct: number;
	/** VIX move in a jump, percent (+60 = VIX × 1.6). */
	vixJumpPct: number;
}

export interface PathModel {
	/** Mean-reversion speed of ln VIX, per year. */
	kappa: number;
	/** Long-run VIX level e^θ, points. */
	longRunVix: number;
	/** Vol of ln VIX, per √year. */
	eta: number;
	/** c in σ_S = c·VIX/100 (realized SPX vol runs below VIX). */
	spxVolScale: number;
	/** Correlation of the SPX and VIX shocks. */
	rho: number;
	/** μ − r, the equity premium in the SPX drift, decimal per year (0 gives the pricing measure's drift). */
	equityPremium: number;
	jumps: JumpParams;
}

/** DESIGN §4.5 defaults, from 1990–2026 Cboe data: κ = 5.1 /yr, e^θ = 18.3, η = 1.09, c = 0.85, ρ = −0.8, μ = r + 4 %. */
export const DEFAULT_PATH_MODEL: PathModel = {
	kappa: 5.1,
	longRunVix: 18.3,
	eta: 1.09,
	spxVolScale: 0.85,
	rho: -0.8,
	equityPremium: 0.04,
	jumps: { enabled: false, ratePerYear: 1, spxJumpPct: -7, vixJumpPct: 60 },
};

/** The state the paths start from, with the carry of the SPX drift. */
export interface PathStart {
	spx: number;
	vix: number;
	/** Risk-free rate, decimal per year. */
	rate: number;
	/** Dividend yield q, decimal per year. */
	dividendYield: number;
}

/**
 * A block of antithetic pairs: row k (k < pairs) is pair k driven by +Z, row pairs + k the same pair driven by −Z.
 * Each row holds steps + 1 values (the start included), so value (row, j) is at row·(steps + 1) + j.
 */
export interface PathBlock {
	pairs: number;
	steps: number;
	spx: Float64Array;
	vix: Float64Array;
}

/** Coefficients of the exact OU step over Δ years: x' = θ + (x − θ)·decay + η·sd·Z. */
export function ouStep(kappa: number, dtYears: number): { decay: number; sd: number } {
	const decay = Math.exp(-kappa * dtYears);
	return { decay, sd: Math.sqrt(-Math.expm1(-2 * kappa * dtYears) / (2 * kappa)) };
}

/** Throws a RangeError naming the first parameter of the model that cannot drive paths. */
export function checkPathModel(m: PathModel): void {
	const positive = { kappa: m.kappa, longRunVix: m.longRunVix, spxVolScale: m.spxVolScale } as const;
	for (const [k, v] of Object.entries(positive))
		if (!(v > 0 && Number.isFinite(v)))
			throw new RangeError(`model.${k} must be a finite number > 0 (got ${v})`);
	if (!(m.eta >= 0 && Number.isFinite(m.eta)))
		throw new RangeError(`model.eta must be a finite number ≥ 0 (got ${m.eta})`);
	if (!(Math.abs(m.rho) <= 1)) throw new RangeError(`model.rho must be in [−1, 1] (got ${m.rho})`);
	if (!Number.isFinite(m.equityPremium))
		throw new RangeError(`model.equityPremium must be a finite number (got ${m.equityPremium})`);
	const j = m.jumps;
	if (j.enabled) {
		if (!(j.ratePerYear >= 0 && Number.isFinite(j.ratePerYear)))
			throw new RangeError(`model.jumps.ratePerYear must be ≥ 0 (got ${j.ratePerYear})`);
		if (!(j.spxJumpPct > -100 && Number.isFinite(j.spxJumpPct)))
			throw new RangeError(`model.jumps.spxJumpPct must be > −100 (got ${j.spxJumpPct})`);
		if (!(j.vixJumpPct > -100 && Number.isFinite(j.vixJumpPct)))
			throw new RangeError(`model.jumps.vixJumpPct must be > −100 (got ${j.vixJumpPct})`);
	}
}

/** An empty block for `pairs` pairs of `steps` steps, to be filled (and reused) by simulatePairs. */
export function pathBlock(pairs: number, steps: number): PathBlock {
	const size = 2 * pairs * (steps + 1);
	return { pairs, steps, spx: new Float64Array(size), vix: new Float64Array(size) };
}

/**
 * Simulates antithetic pairs `firstPair` … `firstPair + pairs − 1` of a run. Pair i always draws from stream
 * (seed, i), two open uniforms per step for Box–Muller (Z_V, then the independent part of Z_S) and, with jumps on,
 * one more uniform per step: so any chunking of a run gives bit-identical paths.
 * A jump (probability 1 − e^{−λΔ} per step, at most one) multiplies SPX by 1 + spxJumpPct/100 and VIX by
 * 1 + vixJumpPct/100; the SPX drift is compensated by −ln(1 + p·J_S) per step so E[S] still grows at μ − q.
 * @param model the dynamics. @param start spot SPX, VIX (points), rate and dividend yield (decimal per year).
 * @param dt step lengths in years. @param seed run seed (32-bit integer).
 * @param firstPair index of the first pair. @param pairs number of pairs. @param out a block to fill (reused).
 */
export function simulatePairs(
	model: PathModel,
	start: PathStart,
	dt: Float64Array,
	seed: number,
	firstPair: number,
	pairs: number,
	out: PathBlock = pathBlock(pairs, dt.length),
): PathBlock {
	checkPathModel(model);
	const n = dt.length;
	if (out.pairs < pairs || out.steps !== n)
		throw new RangeError('out block is too small for these pairs and steps');
	out.pairs = pairs;
	const stride = n + 1;
	// Per-step constants: OU decay and sd, SPX drift less the jump compensator, √Δ, jump probability.
	const decay = new Float64Array(n);
	const ouSd = new Float64Array(n);
	const drift = new Float64Array(n);
	const sqrtDt = new Float64Array(n);
	const jumpP = new Float64Array(n);
	const { kappa, eta, rho } = model;
	const theta = Math.log(model.longRunVix);
	const c = model.spxVolScale / 100;
	const rhoBar = Math.sqrt(Math.max(0, 1 - rho * rho));
	const jumps = model.jumps.enabled && model.jumps.ratePerYear > 0;
	const jumpS = jumps ? Math.log(1 + model.jumps.spxJumpPct / 100) : 0;
	const jumpV = jumps ? Math.log(1 + model.jumps.vixJumpPct / 100) : 0;
	const mu = start.rate + model.equityPremium - start.dividendYield;
	for (let j = 0; j < n; j++) {
		const s = ouStep(kappa, dt[j]);
		decay[j] = s.decay;
		ouSd[j] = eta * s.sd;
		sqrtDt[j] = Math.sqrt(dt[j]);
		jumpP[j] = jumps ? -Math.expm1(-model.jumps.ratePerYear * dt[j]) : 0;
		drift[j] = mu * dt[j] - (jumps ? Math.log1p(jumpP[j] * (model.jumps.spxJumpPct / 100)) : 0);
	}
	const lnS0 = Math.log(start.spx);
	const lnV0 = Math.log(start.vix);
	const spx = out.spx;
	const vix = out.vix;
	const rng = new Xoshiro128(0);
	const TWO_PI = 2 * Math.PI;
	for (let k = 0; k < pairs; k++) {
		rng.reseed(streamSeed(seed, firstPair + k));
		const oa = k * stride;
		const ob = (pairs + k) * stride;
		let ya = lnS0;
		let yb = lnS0;
		let xa = lnV0;
		let xb = lnV0;
		let va = start.vix;
		let vb = start.vix;
		spx[oa] = spx[ob] = start.spx;
		vix[oa] = vix[ob] = start.vix;
		for (let j = 0; j < n; j++) {
			const r = Math.sqrt(-2 * Math.log(rng.uniformOpen()));
			const angle = TWO_PI * rng.uniformOpen();
			const zv = r * Math.cos(angle);
			const zs = rho * zv + rhoBar * r * Math.sin(angle);
			let js = 0;
			let jv = 0;
			if (jumps && rng.uniformOpen() < jumpP[j]) {
				js = jumpS;
				jv = jumpV;
			}
			const sa = c * va;
			const sb = c * vb;
			const h = sqrtDt[j];
			const dtj = dt[j];
			ya += drift[j] - 0.5 * sa * sa * dtj + sa * h * zs + js;
			yb += drift[j] - 0.5 * sb * sb * dtj - sb * h * zs + js;
			xa = theta + (xa - theta) * decay[j] + ouSd[j] * zv + jv;
			xb = theta + (xb - theta) * decay[j] - ouSd[j] * zv + jv;
			va = Math.exp(xa);
			vb = Math.exp(xb);
			spx[oa + j + 1] = Math.exp(ya);
			spx[ob + j + 1] = Math.exp(yb);
			vix[oa + j + 1] = va;
			vix[ob + j + 1] = vb;
		}
	}
	return out;
}
