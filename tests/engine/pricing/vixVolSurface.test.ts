import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIX_VOL_SURFACE, atmVolTermStructure, modelAtmVol } from '../../../src/engine';

describe('modelAtmVol', () => {
	it('gives ≈ 82 %, 61 %, 45 % at 1, 3, 6 months for the default κ_v = 5, η_v = 1', () => {
		expect(DEFAULT_VIX_VOL_SURFACE).toEqual({ mode: 'model', kappa: 5, eta: 1 });
		expect(Math.abs(modelAtmVol(1, 5, 1 / 12) - 0.824)).toBeLessThan(0.001);
		expect(Math.abs(modelAtmVol(1, 5, 3 / 12) - 0.606)).toBeLessThan(0.001);
		expect(Math.abs(modelAtmVol(1, 5, 6 / 12) - 0.446)).toBeLessThan(0.001);
	});
	it('squared times T is the OU terminal variance η²(1 − e^{−2κT})/(2κ), tends to η as T → 0, falls with T', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.1, max: 3, noNaN: true }),
				fc.double({ min: 0.2, max: 30, noNaN: true }),
				fc.double({ min: 1e-4, max: 3, noNaN: true }),
				(eta, kappa, T) => {
					expect(modelAtmVol(eta, kappa, T) ** 2 * T).toBeCloseTo(
						(eta ** 2 * -Math.expm1(-2 * kappa * T)) / (2 * kappa),
						12,
					);
					expect(modelAtmVol(eta, kappa, T * 1.5)).toBeLessThan(modelAtmVol(eta, kappa, T));
				},
			),
		);
		expect(modelAtmVol(1.2, 5, 1e-15)).toBeCloseTo(1.2, 12);
	});
	it('names a bad κ, η or T', () => {
		expect(() => modelAtmVol(1, 0, 0.1)).toThrow(/kappa/);
		expect(() => modelAtmVol(-1, 5, 0.1)).toThrow(/eta/);
		expect(() => modelAtmVol(1, 5, NaN)).toThrow(/T must/);
	});
});

describe('atmVolTermStructure', () => {
	const yearsTo = (expiry: string) => ({ '2026-02-18': 0.1, '2026-04-15': 0.25, '2026-08-19': 0.6 })[expiry]!;
	it('in model mode is the OU term structure, whatever the VX curve', () => {
		const f = atmVolTermStructure({ mode: 'model', kappa: 5, eta: 1 }, yearsTo);
		expect(f(0.25)).toBe(modelAtmVol(1, 5, 0.25));
	});
	it('with typed vols is linear in T between expiries and flat outside', () => {
		const f = atmVolTermStructure(
			{
				mode: 'typed',
				byExpiry: [
					{ expiry: '2026-04-15', vol: 0.7 },
					{ expiry: '2026-02-18', vol: 0.9 },
					{ expiry: '2026-08-19', vol: 0.5 },
				],
			},
			yearsTo,
		);
		expect([f(0.05), f(0.1), f(0.175), f(0.25), f(0.425), f(2)]).toEqual([
			0.9,
			0.9,
			expect.closeTo(0.8, 12),
			0.7,
			expect.closeTo(0.6, 12),
			0.5,
		]);
	});
});
