import { describe, expect, it } from 'vitest';
import {
	DEFAULT_PATH_MODEL,
	meanOffsets,
	simulatePairs,
	stepGrid,
	type PathModel,
	type PathStart,
} from '../../../src/engine';

/** Mean and its standard error from antithetic pair means (rows k and pairs + k, column j). */
function pairMean(values: Float64Array, pairs: number, stride: number, j: number) {
	let s = 0;
	let s2 = 0;
	for (let k = 0; k < pairs; k++) {
		const m = 0.5 * (values[k * stride + j] + values[(pairs + k) * stride + j]);
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
	const n = grid.dt.length;
	const stride = n + 1;
	const T = grid.t[n];
	/** A target mean path: VIX 14.49 today, rising toward 19 like a calm contango curve. */
	const target = Float64Array.from(grid.t, (t) => Math.log(14.49 + (19 - 14.49) * (1 - Math.exp(-4 * t))));
	const start: PathStart = { spx: 6966.28, rate: 0.036, dividendYield: 0.012, lnMeanVix: target };
	const noJumps: PathModel = {
		...DEFAULT_PATH_MODEL,
		jumps: { ...DEFAULT_PATH_MODEL.jumps, enabled: false },
	};

	it('is bit-identical for the same seed, and independent of how the pairs are chunked', () => {
		const whole = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 10);
		const again = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 10);
		expect(again.spx).toEqual(whole.spx);
		const a = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 0, 4);
		const b = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 99, 4, 6);
		const row = (blk: typeof a, r: number) => Array.from(blk.vix.subarray(r * stride, (r + 1) * stride));
		expect(row(a, 3)).toEqual(row(whole, 3));
		expect(row(b, 0)).toEqual(row(whole, 4));
		expect(row(b, 6 + 5)).toEqual(row(whole, 10 + 9)); // the antithetic twin of pair 9
		const other = simulatePairs(DEFAULT_PATH_MODEL, start, grid.dt, 100, 0, 10);
		expect(other.spx).not.toEqual(whole.spx);
	});
	it('pairs each path with its antithetic twin: without jumps the first step is symmetric about its mean', () => {
		const blk = simulatePairs(noJumps, start, grid.dt, 5, 0, 50);
		const g = meanOffsets(noJumps, grid.dt, target);
		for (let k = 0; k < 50; k++) {
			const xa = Math.log(blk.vix[k * stride + 1]) - g[1];
			const xb = Math.log(blk.vix[(50 + k) * stride + 1]) - g[1];
			expect(xa).toBeCloseTo(-xb, 10);
		}
	});
	it('meanOffsets without jumps: g = target − ½·Var(Y), Var(Y_t) = η²(1 − e^{−2κt})/(2κ) (the exact OU)', () => {
		const g = meanOffsets(noJumps, grid.dt, target);
		for (const j of [0, 1, 10, n]) {
			const v = (noJumps.eta ** 2 * -Math.expm1(-2 * noJumps.kappa * grid.t[j])) / (2 * noJumps.kappa);
			expect(g[j]).toBeCloseTo(target[j] - v / 2, 12);
		}
	});
	it.each([
		['without jumps', noJumps],
		['with the measured jumps', DEFAULT_PATH_MODEL],
	])('ties VIX to the target: the mean of VIX_t is e^{target_t} within 3 standard errors, %s', (_, model) => {
		const pairs = 20_000;
		const blk = simulatePairs(model, start, grid.dt, 8, 0, pairs);
		for (const j of [5, n]) {
			const { mean, se } = pairMean(blk.vix, pairs, stride, j);
			expect(Math.abs(mean - Math.exp(target[j]))).toBeLessThan(3 * se);
		}
	});
	it('the exponential jumps give VIX a fat right tail: P(VIX doubles in the run) far above the jump-free model', () => {
		const pairs = 20_000;
		const doubled = (m: PathModel) => {
			const blk = simulatePairs(m, start, grid.dt, 21, 0, pairs);
			let c = 0;
			for (let r = 0; r < 2 * pairs; r++) if (blk.vix[r * stride + n] > 2 * 14.49) c++;
			return c / (2 * pairs);
		};
		expect(doubled(DEFAULT_PATH_MODEL)).toBeGreaterThan(3 * doubled(noJumps) + 0.002);
	});
	it('risk-neutral SPX (μ = r), jumps compensated: the mean of S_T is the forward S·e^{(r−q)T} within 3 SE', () => {
		const pairs = 10_000;
		for (const m of [
			noJumps,
			{ ...DEFAULT_PATH_MODEL, jumps: { ...DEFAULT_PATH_MODEL.jumps, ratePerYear: 4 } },
		]) {
			const blk = simulatePairs({ ...m, equityPremium: 0 }, start, grid.dt, 3, 0, pairs);
			const { mean, se } = pairMean(blk.spx, pairs, stride, n);
			expect(Math.abs(mean - 6966.28 * Math.exp((0.036 - 0.012) * T))).toBeLessThan(3 * se);
		}
	});
	it('draws VIX at the open of a step on the bridge between the two closes (mean of ln in between)', () => {
		const opens = { steps: Int32Array.of(3), fraction: Float64Array.of(0.25) };
		const pairs = 20_000;
		const blk = simulatePairs(noJumps, start, grid.dt, 13, 0, pairs, opens);
		let sOpen = 0;
		let sMix = 0;
		for (let r = 0; r < 2 * pairs; r++) {
			sOpen += Math.log(blk.vixOpen[r]);
			sMix += 0.75 * Math.log(blk.vix[r * stride + 2]) + 0.25 * Math.log(blk.vix[r * stride + 3]);
		}
		// Antithetic twins cancel the bridge noise exactly: the means agree to rounding.
		expect(sOpen / (2 * pairs)).toBeCloseTo(sMix / (2 * pairs), 9);
		// The open's extra draws come after the step's own: the closes are the ones drawn without opens up to it.
		const plain = simulatePairs(noJumps, start, grid.dt, 13, 0, 1);
		expect(Array.from(plain.vix.subarray(0, 4))).toEqual(Array.from(blk.vix.subarray(0, 4)));
	});
	it('rejects a model that cannot drive paths, naming the field', () => {
		expect(() => simulatePairs({ ...DEFAULT_PATH_MODEL, kappa: 0 }, start, grid.dt, 1, 0, 1)).toThrow(
			/kappa/,
		);
		expect(() => simulatePairs({ ...DEFAULT_PATH_MODEL, rho: 1.5 }, start, grid.dt, 1, 0, 1)).toThrow(/rho/);
		expect(() =>
			simulatePairs(DEFAULT_PATH_MODEL, { ...start, lnMeanVix: Float64Array.of(1) }, grid.dt, 1, 0, 1),
		).toThrow(/lnMeanVix/);
	});
});
