import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	KAPPA_MAX,
	KAPPA_MIN,
	MARKET_PRESETS,
	CURVE_PRIOR,
	priorPenalties,
	calendarDaysBetween,
	curveFuture,
	defaultVixCurve,
	isExtrapolated,
	fitVixCurve,
	logOuFuture,
	residualAt,
	rollCurve,
} from '../../../src/engine';

/** A small seeded normal generator for the Monte Carlo check (Box–Muller on a linear congruential stream). */
function normals(seed: number) {
	let s = seed >>> 0;
	const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
	return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

describe('logOuFuture', () => {
	it('matches an exact-step Monte Carlo of the OU within 3 standard errors', () => {
		const [V0, kappa, theta, eta, T] = [14, 5, Math.log(20), 1.1, 0.25];
		const steps = 10;
		const dt = T / steps;
		const a = Math.exp(-kappa * dt);
		const sd = eta * Math.sqrt((1 - a * a) / (2 * kappa));
		const z = normals(42);
		const n = 40_000;
		let sum = 0;
		let sum2 = 0;
		for (let p = 0; p < n; p++) {
			let x = Math.log(V0);
			for (let k = 0; k < steps; k++) x = a * x + (1 - a) * theta + sd * z();
			const v = Math.exp(x);
			sum += v;
			sum2 += v * v;
		}
		const mean = sum / n;
		const se = Math.sqrt((sum2 / n - mean * mean) / n);
		expect(Math.abs(mean - logOuFuture(V0, kappa, theta, eta, T))).toBeLessThan(3 * se);
	});
	it('starts at spot and tends to exp(θ + η²/(4κ))', () => {
		expect(logOuFuture(15, 5, Math.log(20), 1, 0)).toBeCloseTo(15, 12);
		expect(logOuFuture(15, 5, Math.log(20), 1, 50)).toBeCloseTo(Math.exp(Math.log(20) + 1 / 20), 10);
	});
});

describe('fitVixCurve', () => {
	it('recovers known (κ, θ) from a synthetic curve of seven contracts: the data outweigh the prior', () => {
		for (const [V0, kappa, level] of [
			[16, 4, 21],
			[16, 10, 24],
			[12, 2, 20],
			[12, 12, 20],
		]) {
			const eta = 0.9;
			const futures = [0.05, 0.13, 0.21, 0.3, 0.38, 0.46, 0.55].map((T) => ({
				T,
				price: logOuFuture(V0, kappa, Math.log(level), eta, T),
			}));
			const fit = fitVixCurve({ vix: V0, eta, futures });
			expect(fit.kappa / kappa).toBeGreaterThan(0.8);
			expect(fit.kappa / kappa).toBeLessThan(1.25);
			expect(Math.exp(fit.theta) / level).toBeCloseTo(1, 1);
		}
	});
	it('keeps κ off its bounds on the dated presets unless spot towers over a fast-falling front, and the long end stays sane', () => {
		for (const p of MARKET_PRESETS.filter((x) => !x.synthetic)) {
			const m = p.market;
			const futures = m.futures.map((f) => ({
				T: calendarDaysBetween(m.valuationDate, f.expiry) / 365,
				price: f.price,
			}));
			const fit = fitVixCurve({ vix: m.vix, eta: 1, futures });
			// 2018-02-02 and 2025-04-04: VX1 15 % and 28 % below spot within 12 days — a spike premium the prior cannot
			// talk the fit out of; the residuals still carry every quote.
			const steepFront = futures[0].price < 0.95 * m.vix && futures[1].price < futures[0].price;
			if (!steepFront) {
				expect(fit.kappa).toBeGreaterThan(KAPPA_MIN * 1.01);
				expect(fit.kappa).toBeLessThan(KAPPA_MAX * 0.99);
			}
			const far = curveFuture(fit, 220 / 365) / futures[2].price;
			expect(far).toBeGreaterThan(0.5);
			expect(far).toBeLessThan(1.5);
		}
	});
	it('reproduces every observed future exactly through its residual', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 9, max: 80, noNaN: true }),
				fc.array(fc.double({ min: 0.7, max: 1.4, noNaN: true }), { minLength: 1, maxLength: 8 }),
				(vix, ratios) => {
					const futures = ratios.map((r, i) => ({ T: (i + 0.4) / 12, price: vix * r }));
					const curve = fitVixCurve({ vix, eta: 1, futures });
					futures.forEach((f) => expect(curveFuture(curve, f.T) / f.price).toBeCloseTo(1, 12));
					expect(curveFuture(curve, 0)).toBeCloseTo(vix, 10);
					expect(curve.kappa).toBeGreaterThanOrEqual(0.5 - 1e-9);
					expect(curve.kappa).toBeLessThanOrEqual(50 + 1e-9);
				},
			),
			{ numRuns: 60 },
		);
	});
	it('finds the minimum of the penalised least squares: no (κ, θ) on a dense scan of [1, 15] does better', () => {
		const w = priorPenalties(CURVE_PRIOR);
		const objective = (vix: number, futures: { T: number; price: number }[], kappa: number, theta: number) =>
			futures.reduce((s, f) => s + Math.log(f.price / logOuFuture(vix, kappa, theta, 1, f.T)) ** 2, 0) +
			w.kappa * Math.log(kappa / CURVE_PRIOR.kappa) ** 2 +
			w.theta * (theta - Math.log(CURVE_PRIOR.level)) ** 2;
		fc.assert(
			fc.property(
				fc.double({ min: 9, max: 80, noNaN: true }),
				fc.array(fc.double({ min: 0.6, max: 1.6, noNaN: true }), { minLength: 1, maxLength: 9 }),
				(vix, ratios) => {
					const futures = ratios.map((r, i) => ({ T: (i + 0.4) / 12, price: vix * r }));
					const fit = fitVixCurve({ vix, eta: 1, futures });
					const found = objective(vix, futures, fit.kappa, fit.theta);
					// Independent: a 400 × 400 grid over κ ∈ [1, 15] (log-spaced) and e^θ ∈ [5, 150].
					let best = Infinity;
					for (let j = 0; j <= 400; j++)
						for (let k = 0; k <= 400; k++)
							best = Math.min(best, objective(vix, futures, 15 ** (j / 400), Math.log(5 * 30 ** (k / 400))));
					expect(found).toBeLessThanOrEqual(best * (1 + 1e-9) + 1e-15);
				},
			),
			{ numRuns: 8 },
		);
	});
	it('with one future keeps κ near the prior’s and the curve still hits the future', () => {
		const fit = fitVixCurve({ vix: 14.49, eta: 1, futures: [{ T: 12 / 365, price: 16.1552 }] });
		expect(fit.kappa).toBeGreaterThan(3);
		expect(fit.kappa).toBeLessThan(10);
		expect(curveFuture(fit, 12 / 365)).toBeCloseTo(16.1552, 10);
	});
	it('rejects a curve without futures', () => {
		expect(() => fitVixCurve({ vix: 15, eta: 1, futures: [] })).toThrow(/at least one VX future/);
		expect(() => fitVixCurve({ vix: 15, eta: 1, futures: [{ T: 0.1, price: 0 }] })).toThrow(
			/futures\[0\]\.price/,
		);
	});
});

describe('rollCurve', () => {
	const curve = fitVixCurve({
		vix: 14.49,
		eta: 1,
		futures: [
			{ T: 12 / 365, price: 16.1552 },
			{ T: 40 / 365, price: 17.8657 },
			{ T: 68 / 365, price: 18.9517 },
		],
	});
	it('brings each future to spot at its expiry', () => {
		const rolled = rollCurve(curve, 12 / 365 - 1e-9, 20);
		expect(rolled.points[0].price).toBeCloseTo(20, 6);
		expect(rollCurve(curve, 13 / 365).points).toHaveLength(2);
	});
	it('with zero time and the same spot changes nothing', () => {
		const same = rollCurve(curve, 0);
		curve.points.forEach((p) => expect(curveFuture(same, p.T)).toBeCloseTo(p.price, 12));
	});
});

describe('residualAt and curveFuture between and beyond contracts', () => {
	const curve = fitVixCurve({
		vix: 20,
		eta: 1,
		futures: [
			{ T: 0.1, price: 21 },
			{ T: 0.3, price: 20.2 },
			{ T: 0.5, price: 22.5 },
		],
	});
	const [e1, e2, e3] = curve.points.map((p) => p.residual);
	it('residualAt is 0 at T = 0, linear to the first contract, linear between, flat beyond the last', () => {
		expect(residualAt(curve, 0)).toBe(0);
		expect(residualAt(curve, 0.05)).toBeCloseTo(e1 / 2, 14);
		expect(residualAt(curve, 0.2)).toBeCloseTo((e1 + e2) / 2, 14);
		expect(residualAt(curve, 0.45)).toBeCloseTo(e2 + 0.75 * (e3 - e2), 14);
		expect(residualAt(curve, 2)).toBe(e3);
	});
	it('curveFuture tends to the model limit exp(θ + η²/(4κ) + ε_last) far out', () => {
		expect(curveFuture(curve, 400)).toBeCloseTo(Math.exp(curve.theta + 1 / (4 * curve.kappa) + e3), 8);
	});
});

describe('defaultVixCurve', () => {
	it('defaultVixCurve is κ = 6, e^θ = 19, η = 1 and starts at spot', () => {
		const c = defaultVixCurve(15);
		expect(c.kappa).toBe(6);
		expect(Math.exp(c.theta)).toBeCloseTo(19, 13);
		expect(c.eta).toBe(1);
		expect(curveFuture(c, 0)).toBe(15);
		expect(curveFuture(c, 0.25)).toBeCloseTo(logOuFuture(15, 6, Math.log(19), 1, 0.25), 14);
		expect(() => defaultVixCurve(0)).toThrow(/vix/);
	});
});

describe('isExtrapolated', () => {
	it('flags tenors beyond the last typed contract, and every tenor of a curve without contracts', () => {
		const fit = fitVixCurve({
			vix: 15,
			eta: 1,
			futures: [
				{ T: 0.1, price: 16 },
				{ T: 0.2, price: 17 },
			],
		});
		expect([0.05, 0.2, 0.2 + 1e-12, 0.2001, 0.6].map((T) => isExtrapolated(fit, T))).toEqual([
			false,
			false,
			false,
			true,
			true,
		]);
		expect(isExtrapolated(defaultVixCurve(15), 0.01)).toBe(true);
	});
});
