// Joint real-world paths of SPX and VIX on the business-day grid (docs/simulation.md, "The model"). ln VIX is a target
// mean plus a zero-started OU with common jumps,
//   ln VIX_j = g_j + Y_j,  Y_{j+1} = Y_j·e^{−κΔ} + η·√((1 − e^{−2κΔ})/(2κ))·Z_V + J·1{jump},
// with g_j set so that E[VIX_j] = e^{target_j} exactly on the grid (the caller ties the target to today's curve less
// the futures risk premium). Jumps: at most one a step with probability 1 − e^{−λ_J Δ}, ln VIX up by an exponential
// J (mean m), ln SPX by b·J (b < 0), compensated so E[S] still grows at μ − q. ln SPX diffuses with σ_S = c·VIX/100
// (frozen over the step) and corr(Z_S, Z_V) = ρ. Antithetic pairs: each stream's normals drive one path and their
// negatives the other (jumps shared). Where the caller asks, a step also gets VIX at the open of its day (the SOQ of a
// VIX expiry): a Brownian bridge in ln VIX between the two closes. Paths are stored row-major in Float64Arrays.
import { checkPathModel, type PathModel } from './pathModel';
import { Xoshiro128, streamSeed } from './prng';

/** The state the paths start from, and the mean VIX they must have on each date. */
export interface PathStart {
	spx: number;
	/** Risk-free rate and dividend yield, decimal per year. */
	rate: number;
	dividendYield: number;
	/** ln E[VIX] at each grid date j = 0 … n; index 0 is ln of today's VIX. */
	lnMeanVix: Float64Array;
}

/**
 * A block of antithetic pairs: row k (k < pairs) is pair k driven by +Z, row pairs + k the same pair driven by −Z.
 * Each row holds steps + 1 values (the start included), so value (row, j) is at row·(steps + 1) + j. `vixOpen` holds,
 * per row, VIX at the open of each requested step, at row·opens + o.
 */
export interface PathBlock {
	pairs: number;
	steps: number;
	spx: Float64Array;
	vix: Float64Array;
	vixOpen: Float64Array;
}

/** Where a step needs VIX at the open of its day, and how far (0–1) into the step's time the open lies. */
export interface OpenSteps {
	steps: Int32Array;
	fraction: Float64Array;
}

export const NO_OPENS: OpenSteps = { steps: new Int32Array(0), fraction: new Float64Array(0) };

/** Coefficients of the exact OU step over Δ years: x' = x·decay + η·sd·Z. */
export function ouStep(kappa: number, dtYears: number): { decay: number; sd: number } {
	const decay = Math.exp(-kappa * dtYears);
	return { decay, sd: Math.sqrt(-Math.expm1(-2 * kappa * dtYears) / (2 * kappa)) };
}

/** An empty block for `pairs` pairs of `steps` steps and `opens` open values per row, filled (and reused) later. */
export function pathBlock(pairs: number, steps: number, opens = 0): PathBlock {
	const rows = 2 * pairs;
	return {
		pairs,
		steps,
		spx: new Float64Array(rows * (steps + 1)),
		vix: new Float64Array(rows * (steps + 1)),
		vixOpen: new Float64Array(rows * opens),
	};
}

/** ln E[e^{cJ}] of an exponential jump J with mean m (c·m < 1). */
const lnJumpMgf = (c: number, m: number) => -Math.log(1 - c * m);

/**
 * g_j of ln VIX_j = g_j + Y_j: the target minus ln E[e^{Y_j}], the cumulant of the discrete OU with jumps at 1,
 * Σ_k ½(D s_k)² + ln(1 − p_k + p_k·E[e^{D J}]) with D = Π_{i=k+1}^{j−1} decay_i (exact on the grid).
 */
export function meanOffsets(model: PathModel, dt: Float64Array, lnMeanVix: Float64Array): Float64Array {
	const n = dt.length;
	const g = new Float64Array(n + 1);
	const jumps = model.jumps.enabled && model.jumps.ratePerYear > 0;
	const m = model.jumps.vixMeanLogSize;
	const steps = Array.from(dt, (d) => ({
		...ouStep(model.kappa, d),
		p: jumps ? -Math.expm1(-model.jumps.ratePerYear * d) : 0,
	}));
	g[0] = lnMeanVix[0];
	for (let j = 1; j <= n; j++) {
		let cumulant = 0;
		let D = 1;
		for (let k = j - 1; k >= 0; k--) {
			const s = model.eta * steps[k].sd * D;
			cumulant += 0.5 * s * s;
			if (jumps) cumulant += Math.log1p(steps[k].p * Math.expm1(lnJumpMgf(D, m)));
			D *= steps[k].decay;
		}
		g[j] = lnMeanVix[j] - cumulant;
	}
	return g;
}

/**
 * Simulates antithetic pairs `firstPair` … `firstPair + pairs − 1` of a run. Pair i always draws from stream
 * (seed, i): two open uniforms per step for Box–Muller (Z_V, then the independent part of Z_S), with jumps on one
 * uniform for whether a jump happens and one more for its size when it does, and two more at each open step. So any
 * chunking of a run gives bit-identical paths.
 * @param dt step lengths in years. @param seed run seed (32-bit integer). @param out a block to fill (reused).
 */
export function simulatePairs(
	model: PathModel,
	start: PathStart,
	dt: Float64Array,
	seed: number,
	firstPair: number,
	pairs: number,
	opens: OpenSteps = NO_OPENS,
	out: PathBlock = pathBlock(pairs, dt.length, opens.steps.length),
): PathBlock {
	checkPathModel(model);
	const n = dt.length;
	const nOpens = opens.steps.length;
	if (out.pairs < pairs || out.steps !== n || out.vixOpen.length < 2 * pairs * nOpens)
		throw new RangeError('out block is too small for these pairs, steps and opens');
	if (start.lnMeanVix.length !== n + 1) throw new RangeError('start.lnMeanVix needs one value per grid date');
	out.pairs = pairs;
	const stride = n + 1;
	const g = meanOffsets(model, dt, start.lnMeanVix);
	const { eta, rho } = model;
	const decay = new Float64Array(n);
	const ouSd = new Float64Array(n);
	const drift = new Float64Array(n);
	const sqrtDt = new Float64Array(n);
	const jumpP = new Float64Array(n);
	const openAt = new Int32Array(n + 1).fill(-1);
	opens.steps.forEach((j, o) => (openAt[j] = o));
	const c = model.spxVolScale / 100;
	const rhoBar = Math.sqrt(Math.max(0, 1 - rho * rho));
	const jumps = model.jumps.enabled && model.jumps.ratePerYear > 0;
	const meanJump = model.jumps.vixMeanLogSize;
	const b = model.jumps.spxPerVixLog;
	const mu = start.rate + model.equityPremium - start.dividendYield;
	for (let j = 0; j < n; j++) {
		const s = ouStep(model.kappa, dt[j]);
		decay[j] = s.decay;
		ouSd[j] = eta * s.sd;
		sqrtDt[j] = Math.sqrt(dt[j]);
		jumpP[j] = jumps ? -Math.expm1(-model.jumps.ratePerYear * dt[j]) : 0;
		// The compensator keeps E[S] growing at μ − q: ln(1 − p + p·E[e^{bJ}]).
		drift[j] = mu * dt[j] - (jumps ? Math.log1p(jumpP[j] * Math.expm1(lnJumpMgf(b, meanJump))) : 0);
	}
	const lnS0 = Math.log(start.spx);
	const vix0 = Math.exp(g[0]);
	const { spx, vix, vixOpen } = out;
	const rng = new Xoshiro128(0);
	const TWO_PI = 2 * Math.PI;
	for (let k = 0; k < pairs; k++) {
		rng.reseed(streamSeed(seed, firstPair + k));
		const oa = k * stride;
		const ob = (pairs + k) * stride;
		let ya = lnS0;
		let yb = lnS0;
		let Ya = 0;
		let Yb = 0;
		let va = vix0;
		let vb = vix0;
		spx[oa] = spx[ob] = start.spx;
		vix[oa] = vix[ob] = vix0;
		for (let j = 0; j < n; j++) {
			const r = Math.sqrt(-2 * Math.log(rng.uniformOpen()));
			const angle = TWO_PI * rng.uniformOpen();
			const zv = r * Math.cos(angle);
			const zs = rho * zv + rhoBar * r * Math.sin(angle);
			let jv = 0;
			if (jumps && rng.uniformOpen() < jumpP[j]) jv = -meanJump * Math.log(rng.uniformOpen());
			const sa = c * va;
			const sb = c * vb;
			const h = sqrtDt[j];
			const dtj = dt[j];
			ya += drift[j] - 0.5 * sa * sa * dtj + sa * h * zs + b * jv;
			yb += drift[j] - 0.5 * sb * sb * dtj - sb * h * zs + b * jv;
			const lnA0 = g[j] + Ya;
			const lnB0 = g[j] + Yb;
			Ya = Ya * decay[j] + ouSd[j] * zv + jv;
			Yb = Yb * decay[j] - ouSd[j] * zv + jv;
			va = Math.exp(g[j + 1] + Ya);
			vb = Math.exp(g[j + 1] + Yb);
			spx[oa + j + 1] = Math.exp(ya);
			spx[ob + j + 1] = Math.exp(yb);
			vix[oa + j + 1] = va;
			vix[ob + j + 1] = vb;
			const o = openAt[j + 1];
			if (o >= 0) {
				// The open: a Brownian bridge in ln VIX between the two closes, w of the way through the step.
				const w = opens.fraction[o];
				const zo = Math.sqrt(-2 * Math.log(rng.uniformOpen())) * Math.cos(TWO_PI * rng.uniformOpen());
				const sd = eta * Math.sqrt(w * (1 - w) * dtj) * zo;
				vixOpen[k * nOpens + o] = Math.exp(lnA0 + w * (g[j + 1] + Ya - lnA0) + sd);
				vixOpen[(pairs + k) * nOpens + o] = Math.exp(lnB0 + w * (g[j + 1] + Yb - lnB0) - sd);
			}
		}
	}
	return out;
}
