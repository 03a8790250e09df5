// Fits the jumps (rate and size law) jointly with the diffusion η so that the model's 45-day ln VIX changes look
// like the data's: η is solved to match the standard deviation exactly, (λ_J, size) minimise the misfit of the
// skewness, the 90/95/99th percentiles and P(VIX more than doubles).
import {
	horizonStats,
	simulateSeries,
	STAT_KEYS,
	type HorizonPairs,
	type HorizonStats,
	type JumpOu,
	type JumpSize,
	type Shocks,
} from './jumpModel';
import { mean, quantile } from './stats';

/** The shape statistics the jump law is chosen on (the sd is matched exactly by η). */
const SHAPE_KEYS = ['skew', 'p90', 'p95', 'p99', 'pDouble'] as const;

export interface Grid {
	ratesPerYear: readonly number[];
	logSizes: readonly number[];
}

export const JUMP_GRID: Grid = {
	ratesPerYear: [0.5, 1, 1.5, 2, 3, 4, 6],
	logSizes: [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8],
};

/** The simulation grid: step lengths and horizon pairs of the data, the replicate shocks, the burn-in. */
export interface SimSetup {
	kappa: number;
	stepYears: Float64Array;
	pairs: HorizonPairs;
	shocks: Shocks;
	burnIn: number;
}

/** Unit paths per replicate: A (η = 1, no jumps) and B (η = 0, jumps of log size 1 or mean 1 at rate λ). */
function unitPaths(s: SimSetup, model: Omit<JumpOu, 'eta'>): { a: Float64Array; b: Float64Array }[] {
	return Array.from({ length: s.shocks.replicates }, (_, r) => ({
		a: simulateSeries({ ...model, eta: 1, jumpRatePerYear: 0 }, s.stepYears, s.shocks, r, s.burnIn),
		b: simulateSeries({ ...model, eta: 0 }, s.stepYears, s.shocks, r, s.burnIn),
	}));
}

function combine(p: { a: Float64Array; b: Float64Array }, eta: number, size: number): Float64Array {
	const y = new Float64Array(p.a.length);
	for (let i = 0; i < y.length; i++) y[i] = eta * p.a[i] + size * p.b[i];
	return y;
}

/**
 * Centred cross-moments of the unit paths over the horizon pairs, so that the OLS residual sd of
 * Y = η·A + s·B is quadratic-form arithmetic for any (η, s).
 */
interface PairMoments {
	/** Sums over pairs of (u − ū)(v − v̄) for u, v in (A_from, A_to, B_from, B_to), 4 × 4 row-major. */
	cross: Float64Array;
	n: number;
}

function pairMoments(p: { a: Float64Array; b: Float64Array }, pairs: HorizonPairs): PairMoments {
	const n = pairs.from.length;
	const cols = [
		Float64Array.from(pairs.from, (t) => p.a[t]),
		Float64Array.from(pairs.to, (j) => p.a[j]),
		Float64Array.from(pairs.from, (t) => p.b[t]),
		Float64Array.from(pairs.to, (j) => p.b[j]),
	].map((col) => {
		const m = mean(col);
		return col.map((x) => x - m);
	});
	const cross = new Float64Array(16);
	for (let i = 0; i < 4; i++) {
		for (let k = i; k < 4; k++) {
			let sum = 0;
			for (let r = 0; r < n; r++) sum += cols[i][r] * cols[k][r];
			cross[4 * i + k] = sum;
			cross[4 * k + i] = sum;
		}
	}
	return { cross, n };
}

/** Residual sd of the OLS of Y_to on Y_from for Y = η·A + s·B, from the moments. */
function residualSdOf(m: PairMoments, eta: number, size: number): number {
	const w = [
		[eta, 0, size, 0],
		[0, eta, 0, size],
	];
	const q = (x: number[], y: number[]) => {
		let s = 0;
		for (let i = 0; i < 4; i++) for (let k = 0; k < 4; k++) s += x[i] * y[k] * m.cross[4 * i + k];
		return s;
	};
	const sxx = q(w[0], w[0]);
	const sxy = q(w[0], w[1]);
	const syy = q(w[1], w[1]);
	return Math.sqrt(Math.max(syy - (sxy * sxy) / sxx, 0) / (m.n - 2));
}

/** η whose mean residual sd across replicates equals `target` (bisection; 0 when jumps alone exceed it). */
function solveEta(moments: PairMoments[], size: number, target: number): number {
	const sd = (eta: number) => mean(moments.map((m) => residualSdOf(m, eta, size)));
	if (sd(0) >= target) return 0;
	let lo = 0;
	let hi = 3;
	while (hi - lo > 1e-6) {
		const mid = (lo + hi) / 2;
		if (sd(mid) < target) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** Mean over replicates, and the 5th and 95th percentiles across them (how much one history varies). */
export interface ModelStats {
	mean: HorizonStats;
	lo: HorizonStats;
	hi: HorizonStats;
}

function summarise(perReplicate: HorizonStats[]): ModelStats {
	const pick = (f: (xs: number[]) => number) =>
		Object.fromEntries(
			STAT_KEYS.map((k) => [k, f(perReplicate.map((s) => s[k]))]),
		) as unknown as HorizonStats;
	return { mean: pick(mean), lo: pick((xs) => quantile(xs, 0.05)), hi: pick((xs) => quantile(xs, 0.95)) };
}

export interface JumpFit {
	model: JumpOu;
	stats: ModelStats;
	/** Σ of squared relative misfits of the shape statistics. */
	loss: number;
}

function loss(model: HorizonStats, data: HorizonStats): number {
	return SHAPE_KEYS.reduce((sum, k) => sum + ((model[k] - data[k]) / data[k]) ** 2, 0);
}

/** The best law of each kind on the grid, and the model without jumps, each with η solved. */
export function fitJumps(
	s: SimSetup,
	data: HorizonStats,
	grid = JUMP_GRID,
): Record<'none' | JumpSize['kind'], JumpFit> {
	type Unit = { paths: { a: Float64Array; b: Float64Array }[]; moments: PairMoments[] };
	const unitsFor = (model: Omit<JumpOu, 'eta'>): Unit => {
		const paths = unitPaths(s, model);
		return { paths, moments: paths.map((p) => pairMoments(p, s.pairs)) };
	};
	const evaluate = (rate: number, jump: JumpSize, unit: number, { paths, moments }: Unit) => {
		const eta = solveEta(moments, unit, data.sd);
		const stats = summarise(paths.map((p) => horizonStats(combine(p, eta, unit), s.pairs)));
		return {
			model: { kappa: s.kappa, eta, jumpRatePerYear: rate, jump },
			stats,
			loss: loss(stats.mean, data),
		};
	};
	const noJump: JumpSize = { kind: 'fixed', logSize: 0 };
	const none = evaluate(0, noJump, 0, unitsFor({ kappa: s.kappa, jumpRatePerYear: 0, jump: noJump }));
	const best: Record<JumpSize['kind'], JumpFit | null> = { fixed: null, exponential: null };
	for (const rate of grid.ratesPerYear) {
		for (const kind of ['fixed', 'exponential'] as const) {
			const unitJump: JumpSize = kind === 'fixed' ? { kind, logSize: 1 } : { kind, meanLogSize: 1 };
			const units = unitsFor({ kappa: s.kappa, jumpRatePerYear: rate, jump: unitJump });
			for (const size of grid.logSizes) {
				const jump: JumpSize = kind === 'fixed' ? { kind, logSize: size } : { kind, meanLogSize: size };
				const fit = evaluate(rate, jump, size, units);
				if (fit.model.eta > 0 && (!best[kind] || fit.loss < best[kind]!.loss)) best[kind] = fit;
			}
		}
	}
	return { none, fixed: best.fixed!, exponential: best.exponential! };
}
