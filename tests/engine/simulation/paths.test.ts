import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PATH_MODEL,
	defaultMarket,
	fitVixCurve,
	logOuFuture,
	ouStep,
	simulatePairs,
	stepGrid,
	type PathModel,
} from '../../../src/engine';

const start = { spx: 6966.28, vix: 14.49, rate: 0.036, dividendYield: 0.012 };

/** Mean and its standard error from antithetic pair means (rows k and pairs + k of the last column). */
function pairMean(values: Float64Array, pairs: number, stride: number) {
	let s = 0;
	let s2 = 0;
	for (let k = 0; k < pairs; k++) {
		const m = 0.5 * (values[k * stride + stride - 1] + values[(pairs + k) * stride + stride - 1]);
		s += m;
		s2 += m * m;
	}
	const mean = s / pairs;
	return { mean, se: Math.sqrt((s2 / pairs - mean * mean) / (pairs - 1)) };
}

describe('stepGrid', () => {
	it('steps over business-day closes: a weekend is a 3-day step, a holiday skipped', () => {
		const g = stepGrid('2026-01-09', 960, '2026-01-21');
		// Jan 19 2026 is Martin Luther King Jr. Day.
		expect(g.dates).toEqual([
			'2026-01-09',
			'2026-01-12',
			'2026-01-13',
			'2026-01-14',
			'2026-01-15',
			'2026-01-16',
			'2026-01-20',
			'2026-01-21',
		]);
		expect(g.dt[0]).toBeCloseTo(3 / 365, 12);
		expect(g.dt[1]).toBeCloseTo(1 / 365, 12);
		expect(g.dt[5]).toBeCloseTo(4 / 365, 12);
		expect(g.t[0]).toBe(0);
	});
	it('rejects a horizon with no business day after the valuation date', () => {
		expect(() => stepGrid('2026-01-09', 960, '2026-01-10')).toThrow(RangeError);
	});
});

describe('simulatePairs', () => {
	const grid = stepGrid('2026-01-09', 960, '2026-02-23');
	it('is bit-identical for the same seed, and independent of how the pairs are chunked', () => {
		const whole = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 10);
		const again = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 10);
		expect(again.spx).toEqual(whole.spx);
		const a = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 4);
		const b = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 4, 6);
		const stride = grid.dt.length + 1;
		const row = (blk: typeof a, r: number) => Array.from(blk.vix.subarray(r * stride, (r + 1) * stride));
		expect(row(a, 3)).toEqual(row(whole, 3));
		expect(row(b, 0)).toEqual(row(whole, 4));
		expect(row(b, 6 + 5)).toEqual(row(whole, 10 + 9)); // the antithetic twin of pair 9
		const other = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 100, 0, 10);
		expect(other.spx).not.toEqual(whole.spx);
	});
	it('pairs each path with its antithetic twin: the first OU step is symmetric about its mean', () => {
		const m = DEFAULT_PATH_MODEL;
		const blk = simulatePairs(m, start, grid.dt, 5, 0, 50);
		const stride = grid.dt.length + 1;
		const theta = Math.log(m.longRunVix);
		const { decay } = ouStep(m.kappa, grid.dt[0]);
		const mean = theta + (Math.log(start.vix) - theta) * decay;
		for (let k = 0; k < 50; k++) {
			const xa = Math.log(blk.vix[k * stride + 1]) - mean;
			const xb = Math.log(blk.vix[(50 + k) * stride + 1]) - mean;
			expect(xa).toBeCloseTo(-xb, 10);
		}
	});
	it('one exact OU step has the theoretical mean and variance of ln VIX', () => {
		const m: PathModel = { ...DEFAULT_PATH_MODEL, kappa: 5.1, longRunVix: 18.3, eta: 1.09 };
		const dt = Float64Array.of(0.25);
		const s0 = { ...start, vix: 35 };
		const pairs = 20_000;
		const blk = simulatePairs(m, s0, dt, 11, 0, pairs);
		const theta = Math.log(18.3);
		const e = Math.exp(-5.1 * 0.25);
		const mean = theta + (Math.log(35) - theta) * e;
		const variance = (1.09 ** 2 * (1 - e * e)) / (2 * 5.1);
		let s = 0;
		let s2 = 0;
		for (let k = 0; k < pairs; k++) {
			const x = Math.log(blk.vix[k * 2 + 1]); // independent draws: the + paths only
			s += x;
			s2 += x * x;
		}
		const mu = s / pairs;
		const v = s2 / pairs - mu * mu;
		expect(Math.abs(mu - mean)).toBeLessThan(3 * Math.sqrt(variance / pairs));
		expect(Math.abs(v - variance)).toBeLessThan(3 * variance * Math.sqrt(2 / (pairs - 1)));
	});

	// Under the pricing measure (μ = r, OU with the curve's κ and θ) the closed forms must come back.
	const market = defaultMarket();
	const curve = fitVixCurve({
		vix: market.vix,
		eta: 1,
		futures: [
			{ T: 12 / 365, price: 16.1552 },
			{ T: 40 / 365, price: 17.8657 },
			{ T: 68 / 365, price: 18.9517 },
		],
	});
	const riskNeutral: PathModel = {
		...DEFAULT_PATH_MODEL,
		kappa: curve.kappa,
		longRunVix: Math.exp(curve.theta),
		eta: curve.eta,
		equityPremium: 0,
	};
	const T = grid.t[grid.t.length - 1];
	const stride = grid.dt.length + 1;
	it('risk-neutral SPX: the mean of S_T is the forward S·e^{(r−q)T} within 3 standard errors', () => {
		const pairs = 10_000;
		const blk = simulatePairs(riskNeutral, start, grid.dt, 3, 0, pairs);
		const { mean, se } = pairMean(blk.spx, pairs, stride);
		expect(Math.abs(mean - start.spx * Math.exp((start.rate - start.dividendYield) * T))).toBeLessThan(
			3 * se,
		);
	});
	it('risk-neutral SPX with compensated jumps: still the forward within 3 standard errors', () => {
		const pairs = 10_000;
		const withJumps = {
			...riskNeutral,
			jumps: { enabled: true, ratePerYear: 3, spxJumpPct: -8, vixJumpPct: 50 },
		};
		const blk = simulatePairs(withJumps, start, grid.dt, 4, 0, pairs);
		const { mean, se } = pairMean(blk.spx, pairs, stride);
		expect(Math.abs(mean - start.spx * Math.exp((start.rate - start.dividendYield) * T))).toBeLessThan(
			3 * se,
		);
	});
	it('risk-neutral VIX: the mean of VIX_T is the log-OU future within 3 standard errors', () => {
		const pairs = 10_000;
		const blk = simulatePairs(riskNeutral, start, grid.dt, 8, 0, pairs);
		const { mean, se } = pairMean(blk.vix, pairs, stride);
		expect(Math.abs(mean - logOuFuture(start.vix, curve.kappa, curve.theta, curve.eta, T))).toBeLessThan(
			3 * se,
		);
	});
	it('rejects a model that cannot drive paths, naming the field', () => {
		expect(() => simulatePairs({ ...DEFAULT_PATH_MODEL, kappa: 0 }, start, grid.dt, 1, 0, 1)).toThrow(
			/kappa/,
		);
		expect(() => simulatePairs({ ...DEFAULT_PATH_MODEL, rho: 1.5 }, start, grid.dt, 1, 0, 1)).toThrow(/rho/);
	});
});
