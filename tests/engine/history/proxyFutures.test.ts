import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	forwardVariance,
	proxyCalibrationFactor,
	proxyConvexity,
	proxyFuture,
	termVariance,
	type ProxyCalibration,
} from '../../../src/engine/history/proxyFutures';
import { PROXY_CALIBRATION } from '../../../src/engine/measured/proxyCalibration.generated';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';
import { proxyErrorTable, proxySamples } from '../../../scripts/measure/proxyFit';
import { rms } from '../../../scripts/measure/stats';

/** No scale, no pull: the bare forward-variance proxy with its convexity. */
const NEUTRAL: ProxyCalibration = { lnScale: 0, reversionPerYear: 0, longRunVix: 20 };
const level = fc.double({ min: 8, max: 90, noNaN: true });
const tenor = fc.double({ min: 0.5, max: 300, noNaN: true });

describe('termVariance(vix, vix3m, τ)', () => {
	it('is σ²·τ for a flat term structure', () => {
		for (const days of [1, 30, 60, 93, 200])
			expect(termVariance(20, 20, days)).toBeCloseTo((0.04 * days) / 365, 15);
	});
	it('passes through VIX²·30 and VIX3M²·93 days', () => {
		expect(termVariance(15, 18, 30)).toBeCloseTo((0.0225 * 30) / 365, 15);
		expect(termVariance(15, 18, 93)).toBeCloseTo((0.0324 * 93) / 365, 15);
	});
	it('refuses a VIX3M so low that the 30→93-day forward variance would be negative', () => {
		expect(() => termVariance(40, 22, 60)).toThrow(RangeError);
		expect(() => termVariance(0, 22, 60)).toThrow(/vix must be/);
	});
});

describe('forwardVariance(vix, vix3m, T)', () => {
	it('is VIX² at T = 0 and the 30→93-day forward beyond 30 days (hand values)', () => {
		expect(forwardVariance(15, 18, 0)).toBeCloseTo(0.0225, 15);
		// (18²·93 − 15²·30)/63 = 371.142857… points²
		for (const days of [30, 45, 93, 250])
			expect(forwardVariance(15, 18, days)).toBeCloseTo(371.142857142857e-4, 14);
	});
	it('mixes the two linearly for T in (0, 30): T = 15 is half of each', () => {
		expect(forwardVariance(15, 18, 15)).toBeCloseTo((0.0225 + 0.0371142857142857) / 2, 14);
	});
});

describe('proxyConvexity(T)', () => {
	it('is η²(1 − e^{−2κT})/(2κ) with η = 1, κ = 5 /yr', () => {
		expect(proxyConvexity(91.25)).toBeCloseTo((1 - Math.exp(-2.5)) / 10, 14);
		expect(proxyConvexity(0)).toBe(0);
		expect(proxyConvexity(36500)).toBeCloseTo(0.1, 12);
	});
});

describe('proxyFuture(vix, vix3m, T)', () => {
	it('settles on VIX at T = 0 (to 4 ulp) whatever the calibration', () => {
		fc.assert(
			fc.property(
				level,
				level,
				(v, v3) => v3 <= v * 0.6 || Math.abs(proxyFuture(v, v3, 0) - v) <= 4 * Number.EPSILON * v,
			),
		);
		expect(proxyFuture(15, 18, 0)).toBe(15);
	});
	it('tends to VIX as T → 0 (continuous at expiry)', () => {
		expect(proxyFuture(15, 18, 1e-6)).toBeCloseTo(15, 5);
	});
	it('is VIX·e^{−s²/2} on a flat term structure without calibration', () => {
		for (const days of [10, 45, 200]) {
			expect(proxyFuture(20, 20, days, NEUTRAL)).toBeCloseTo(20 * Math.exp(-proxyConvexity(days) / 2), 12);
		}
	});
	it('is homogeneous of degree 1 in (VIX, VIX3M) without calibration', () => {
		fc.assert(
			fc.property(
				level,
				fc.double({ min: 0.8, max: 1.5, noNaN: true }),
				tenor,
				fc.double({ min: 0.5, max: 2, noNaN: true }),
				(v, ratio, days, c) => {
					const one = proxyFuture(v, v * ratio, days, NEUTRAL);
					const scaled = proxyFuture(c * v, c * v * ratio, days, NEUTRAL);
					expect(scaled).toBeCloseTo(c * one, 9);
				},
			),
		);
	});
	it('rises with VIX3M at every tenor up to 300 days (committed calibration)', () => {
		fc.assert(
			fc.property(level, fc.double({ min: 0.75, max: 1.6, noNaN: true }), tenor, (v, ratio, days) => {
				const v3 = v * ratio;
				expect(proxyFuture(v, v3 * 1.01, days)).toBeGreaterThan(proxyFuture(v, v3, days));
			}),
		);
	});
	it('is continuous across the 30-day and 63-day joints of the variance curve', () => {
		for (const days of [30, 63]) {
			expect(proxyFuture(14, 19, days + 1e-7)).toBeCloseTo(proxyFuture(14, 19, days - 1e-7), 5);
		}
	});
	it('applies the calibration factor a(T) = exp(lnScale·min(T/30, 1) + k·T/365·ln(L/VIX3M))', () => {
		const cal: ProxyCalibration = { lnScale: -0.05, reversionPerYear: 0.8, longRunVix: 22 };
		expect(proxyCalibrationFactor(18, 15, cal)).toBeCloseTo(
			Math.exp(-0.025 + 0.8 * (15 / 365) * Math.log(22 / 18)),
			14,
		);
		expect(proxyFuture(15, 18, 120, cal) / proxyFuture(15, 18, 120, NEUTRAL)).toBeCloseTo(
			Math.exp(-0.05 + 0.8 * (120 / 365) * Math.log(22 / 18)),
			12,
		);
	});
	it('gives a contango curve from a calm day and a falling one from a stressed day', () => {
		expect(proxyFuture(13, 16, 30)).toBeGreaterThan(13);
		expect(proxyFuture(13, 16, 240)).toBeGreaterThan(proxyFuture(13, 16, 60));
		expect(proxyFuture(40, 33, 30)).toBeLessThan(40);
		expect(proxyFuture(40, 33, 240)).toBeLessThan(proxyFuture(40, 33, 60));
	});
});

const HAVE = haveHistoryFiles();
describe.skipIf(!HAVE)('proxyFuture against CFE VX settlements (skipped: ../shared/data is absent)', () => {
	const samples = HAVE ? proxySamples(loadHistoryFiles()) : [];
	it('covers both regimes and every tenor bucket out to 270 days', () => {
		expect(samples.length).toBeGreaterThan(5000);
		const cells = proxyErrorTable(samples, PROXY_CALIBRATION);
		expect(cells.filter((c) => c.n >= 30)).toHaveLength(15);
	});
	it('has |mean| ln(F_proxy/F_real) ≤ 0.05 and RMSE ≤ 0.08 in every regime × tenor cell with n ≥ 30', () => {
		for (const c of proxyErrorTable(samples, PROXY_CALIBRATION).filter((x) => x.n >= 30)) {
			expect(Math.abs(c.mean), `${c.regime} ${c.bucket}`).toBeLessThan(0.05);
			expect(c.rmse, `${c.regime} ${c.bucket}`).toBeLessThan(0.08);
		}
	});
	it('has an overall RMSE below 6 % (the uncalibrated proxy is off by 11 %)', () => {
		const errors = samples.map((s) => Math.log(proxyFuture(s.vix, s.vix3m, s.tenorDays) / s.settle));
		expect(rms(errors)).toBeLessThan(0.06);
		const bare = samples.map((s) => Math.log(proxyFuture(s.vix, s.vix3m, s.tenorDays, NEUTRAL) / s.settle));
		expect(rms(bare)).toBeGreaterThan(0.1);
	});
});
