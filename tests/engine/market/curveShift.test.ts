import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TENOR_BETA_KAPPA, curveMoveFactor, tenorBeta } from '../../../src/engine';
import { TENOR_BETA_KAPPA_ALL_SPIKES } from '../../../src/engine/measured/tenorBeta.generated';

describe('tenorBeta', () => {
	it('is e^{−κ_β T}: 1 at expiry, ≈ 0.80 at 30 days and 0.51 at 90 days for κ_β = 2.7', () => {
		expect(tenorBeta(2.7, 0)).toBe(1);
		expect(tenorBeta(2.7, 30 / 365)).toBeCloseTo(0.801, 3);
		expect(tenorBeta(2.7, 90 / 365)).toBeCloseTo(0.514, 3);
	});
	it('the default κ_β is the one measured on the curve flips’ spike days, below the all-spike-day average', () => {
		expect(TENOR_BETA_KAPPA).toBeGreaterThan(2);
		expect(TENOR_BETA_KAPPA).toBeLessThan(TENOR_BETA_KAPPA_ALL_SPIKES);
	});
});

describe('curveMoveFactor', () => {
	it('is (VIX′/VIX)^β·(L′/L)^{1−β}: spot moves the front, the long-run level the back', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.3, max: 5, noNaN: true }),
				fc.double({ min: 0.5, max: 2, noNaN: true }),
				fc.double({ min: 0, max: 2, noNaN: true }),
				(vixRatio, levelRatio, T) => {
					const b = Math.exp(-2.7 * T);
					expect(curveMoveFactor({ vixRatio, levelRatio, kappaBeta: 2.7 }, T)).toBeCloseTo(
						vixRatio ** b * levelRatio ** (1 - b),
						12,
					);
				},
			),
		);
		expect(curveMoveFactor({ vixRatio: 2, levelRatio: 1.5, kappaBeta: 2.7 }, 0)).toBe(2);
		expect(curveMoveFactor({ vixRatio: 2, levelRatio: 1.5, kappaBeta: 2.7 }, 50)).toBeCloseTo(1.5, 12);
	});
});
