import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../src/engine';
import {
	horizonPairs,
	horizonStats,
	jumpOuStep,
	jumpProbability,
	type JumpOu,
} from '../../scripts/measure/jumpModel';
import { mean } from '../../scripts/measure/stats';

const STEPS = 31;
const DT = 1 / 252;

/** Y after STEPS steps from 0, for many paths. */
function terminal(m: JumpOu, paths: number, seed: number): number[] {
	const rng = new Xoshiro128(seed);
	return Array.from({ length: paths }, () => {
		let y = 0;
		for (let j = 0; j < STEPS; j++)
			y = jumpOuStep(m, y, DT, rng.normal(), rng.uniformOpen(), rng.uniformOpen());
		return y;
	});
}

/** Closed-form mean and variance of Y_n: OU variance plus, per step j, a Bernoulli(p) jump decayed over n − j steps. */
function moments(m: JumpOu): { mean: number; variance: number } {
	const p = jumpProbability(m.jumpRatePerYear, DT);
	const [j1, j2] =
		m.jump.kind === 'fixed'
			? [m.jump.logSize, m.jump.logSize ** 2]
			: [m.jump.meanLogSize, 2 * m.jump.meanLogSize ** 2];
	let mu = 0;
	let variance = ((m.eta * m.eta) / (2 * m.kappa)) * (1 - Math.exp(-2 * m.kappa * STEPS * DT));
	for (let j = 1; j <= STEPS; j++) {
		const decay = Math.exp(-m.kappa * (STEPS - j) * DT);
		mu += p * j1 * decay;
		variance += (p * j2 - (p * j1) ** 2) * decay * decay;
	}
	return { mean: mu, variance };
}

describe('jumpOuStep (the jump simulator) against closed-form moments', () => {
	const cases: [string, JumpOu][] = [
		['no jumps', { kappa: 2.7, eta: 0.8, jumpRatePerYear: 0, jump: { kind: 'fixed', logSize: 0.4 } }],
		['fixed jumps', { kappa: 2.7, eta: 0.4, jumpRatePerYear: 3, jump: { kind: 'fixed', logSize: 0.4 } }],
		[
			'exponential jumps',
			{ kappa: 2.7, eta: 0.6, jumpRatePerYear: 1.5, jump: { kind: 'exponential', meanLogSize: 0.3 } },
		],
	];
	it.each(cases)('%s: mean and variance of Y after 31 daily steps within 4 standard errors', (_, m) => {
		const n = 100_000;
		const ys = terminal(m, n, 3);
		const { mean: mu, variance } = moments(m);
		const sampleMean = mean(ys);
		const sampleVar = mean(ys.map((y) => (y - sampleMean) ** 2));
		expect(Math.abs(sampleMean - mu)).toBeLessThan(4 * Math.sqrt(variance / n));
		// Var of the sample variance ≈ (μ4 − σ⁴)/n; bound μ4 by a generous 10σ⁴ for the skewed jump laws.
		expect(Math.abs(sampleVar - variance)).toBeLessThan(4 * Math.sqrt((9 * variance * variance) / n));
	});
	it('jumpProbability is 1 − e^{−λΔ}', () => {
		expect(jumpProbability(1.5, 1 / 252)).toBeCloseTo(1 - Math.exp(-1.5 / 252), 15);
		expect(jumpProbability(0, 1)).toBe(0);
	});
});

describe('horizonStats', () => {
	it('reads the OLS slope, a zero residual sd and the doubling share of an exact line', () => {
		const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => 0.1 * i);
		const ends = Int32Array.from(xs, (_, t) => (t + 7 < xs.length ? t + 7 : -1));
		const s = horizonStats(xs, horizonPairs(ends));
		expect(s.slope).toBeCloseTo(1, 12);
		expect(s.sd).toBeCloseTo(0, 12);
		expect(s.pDouble).toBe(1); // every 7-step change is 0.7 > ln 2
	});
});
