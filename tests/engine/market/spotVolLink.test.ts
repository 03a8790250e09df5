import { describe, expect, it } from 'vitest';
import { classifyCurve, shockFuture, shockVix, tenorBeta } from '../../../src/engine';

describe('shockVix', () => {
	const regression = { epsDown: 4.8, epsUp: 4.8 };
	it('moves VIX by −ε·ln(S′/S) in logs', () => {
		expect(shockVix(15, 0.9, regression)).toBeCloseTo(15 * 0.9 ** -4.8, 12);
		expect(shockVix(15, 1, regression)).toBe(15);
	});
	it('is about −1.3 VIX points per 1 % SPX fall at VIX ≈ 27 with the regression link', () => {
		expect(shockVix(27, 0.99, regression) - 27).toBeCloseTo(1.3, 1);
	});
	it('uses ε_down for falls and ε_up for rises', () => {
		const crash = { epsDown: 8, epsUp: 4.8 };
		expect(Math.log(shockVix(20, 0.95, crash) / 20)).toBeCloseTo(-8 * Math.log(0.95), 12);
		expect(Math.log(shockVix(20, 1.05, crash) / 20)).toBeCloseTo(-4.8 * Math.log(1.05), 12);
	});
});

describe('tenor beta and the curve response', () => {
	it('is e^{−κT}: 0.663 at 30 days and 0.291 at 90 days for κ = 5', () => {
		expect(tenorBeta(5, 30 / 365)).toBeCloseTo(0.663, 3);
		expect(tenorBeta(5, 90 / 365)).toBeCloseTo(0.291, 3);
	});
	it('flips the 2026-01-09 contango into backwardation in a −10 % SPX shock', () => {
		const vix = 14.49;
		const futures = [
			{ expiry: '2026-01-21', price: 16.1552, days: 12 },
			{ expiry: '2026-02-18', price: 17.8657, days: 40 },
			{ expiry: '2026-03-18', price: 18.9517, days: 68 },
		];
		const vixAfter = shockVix(vix, 0.9, { epsDown: 4.8, epsUp: 4.8 });
		const shocked = futures.map((f) => ({
			expiry: f.expiry,
			price: shockFuture(f.price, vixAfter / vix, 5, f.days / 365),
		}));
		expect(classifyCurve({ valuationDate: '2026-01-09', vix, futures }).regime).toBe('contango');
		expect(classifyCurve({ valuationDate: '2026-01-09', vix: vixAfter, futures: shocked }).regime).toBe(
			'backwardation',
		);
	});
});
