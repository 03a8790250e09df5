import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../src/engine';
import { fitAr1, ouChangeSd, ouConditionalSd, ouFromAr1 } from '../../scripts/measure/ouFit';
import { stdev } from '../../scripts/measure/stats';

/** An exact OU series of ln VIX-like values: x' = θ + (x − θ)e^{−κΔ} + η√((1 − e^{−2κΔ})/(2κ))·Z. */
function simulateOu(
	kappa: number,
	eta: number,
	theta: number,
	stepYears: number,
	steps: number,
	seed: number,
) {
	const rng = new Xoshiro128(seed);
	const decay = Math.exp(-kappa * stepYears);
	const sd = eta * Math.sqrt((1 - decay * decay) / (2 * kappa));
	const xs = [theta];
	for (let i = 0; i < steps; i++) xs.push(theta + (xs[i] - theta) * decay + sd * rng.normal());
	return xs;
}

describe('fitAr1 + ouFromAr1 (the κ_P, η_P estimator)', () => {
	const kappa = 3;
	const eta = 0.8;
	const day = 1 / 252;
	// 200,000 daily steps (≈ 800 years): the 21-day slope's standard error gives SE(κ) ≈ 0.1, SE(η) ≈ 0.01.
	const xs = simulateOu(kappa, eta, Math.log(18), day, 200_000, 7);
	it('recovers κ and η of a simulated OU on 21-day steps', () => {
		const p = ouFromAr1(fitAr1(xs, 21), 21 * day);
		expect(p.kappa).toBeGreaterThan(kappa - 0.4);
		expect(p.kappa).toBeLessThan(kappa + 0.4);
		expect(p.eta).toBeGreaterThan(eta * 0.96);
		expect(p.eta).toBeLessThan(eta * 1.04);
	});
	it('gives the same κ and η on daily steps (an OU has no horizon dependence)', () => {
		const p = ouFromAr1(fitAr1(xs, 1), day);
		expect(p.kappa).toBeGreaterThan(kappa - 0.4);
		expect(p.kappa).toBeLessThan(kappa + 0.4);
		expect(p.eta).toBeCloseTo(eta, 1);
	});
	it('the AR(1) fit recovers an exact line', () => {
		const fit = fitAr1([1, 3, 7, 15, 31], 1); // x' = 2x + 1
		expect(fit.slope).toBeCloseTo(2, 12);
		expect(fit.intercept).toBeCloseTo(1, 12);
		expect(fit.residualSd).toBeCloseTo(0, 12);
	});
});

describe('ouChangeSd / ouConditionalSd', () => {
	it('match the dispersion of a simulated stationary OU at 45 days', () => {
		const p = { kappa: 2.7, eta: 0.8 };
		const xs = simulateOu(p.kappa, p.eta, 0, 1 / 365, 400_000, 11);
		const changes = xs.slice(45).map((x, i) => x - xs[i]);
		expect(stdev(changes)).toBeCloseTo(ouChangeSd(p, 45 / 365), 2);
		const b = Math.exp((-p.kappa * 45) / 365);
		expect(stdev(xs.slice(45).map((x, i) => x - b * xs[i]))).toBeCloseTo(ouConditionalSd(p, 45 / 365), 2);
	});
	it('have the limits √(η²/κ)·… → η√h for small h and √(η²/κ) for large h', () => {
		const p = { kappa: 2, eta: 0.9 };
		expect(ouChangeSd(p, 1e-6)).toBeCloseTo(0.9 * Math.sqrt(1e-6), 8);
		expect(ouChangeSd(p, 100)).toBeCloseTo(Math.sqrt(0.81 / 2), 12);
		expect(ouConditionalSd(p, 100)).toBeCloseTo(Math.sqrt(0.81 / 4), 12);
	});
});
