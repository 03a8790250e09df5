import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Price,
	logOuFuture,
	normPdf,
	vixAtmVol,
	vixOptionPrice,
	vixSkewedVol,
} from '../../../src/engine';

describe('vixAtmVol', () => {
	it('gives ≈ 90 %, 66 %, 48 % at 1, 3, 6 months for κ = 5, η = 1.09 (DESIGN §4.3)', () => {
		expect(Math.abs(vixAtmVol(1.09, 5, 1 / 12) - 0.9)).toBeLessThan(0.01);
		expect(Math.abs(vixAtmVol(1.09, 5, 3 / 12) - 0.66)).toBeLessThan(0.01);
		expect(Math.abs(vixAtmVol(1.09, 5, 6 / 12) - 0.48)).toBeLessThan(0.01);
	});
	it('tends to η as T → 0 and falls with T', () => {
		expect(vixAtmVol(1.2, 5, 1e-15)).toBeCloseTo(1.2, 12);
		expect(vixAtmVol(1, 5, 0.5)).toBeLessThan(vixAtmVol(1, 5, 0.25));
	});
});

describe('vixOptionPrice', () => {
	it('with zero skew equals the expected payoff under the log-OU terminal distribution (quadrature)', () => {
		const [V0, kappa, theta, eta, T, r, K] = [15, 5, Math.log(19), 1.09, 0.2, 0.04, 20];
		const decay = Math.exp(-kappa * T);
		const m = decay * Math.log(V0) + (1 - decay) * theta;
		const s = eta * Math.sqrt((1 - decay * decay) / (2 * kappa));
		// E[(V_T − K)^+] with ln V_T ~ N(m, s²): Simpson's rule from the kink z* = (ln K − m)/s to 12 sd.
		const z0 = (Math.log(K) - m) / s;
		const n = 4000;
		const h = (12 - z0) / n;
		let integral = 0;
		for (let i = 0; i <= n; i++) {
			const z = z0 + i * h;
			const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
			integral += ((w * h) / 3) * (Math.exp(m + s * z) - K) * normPdf(z);
		}
		const F = logOuFuture(V0, kappa, theta, eta, T);
		const volAtm = vixAtmVol(eta, kappa, T);
		expect(vixOptionPrice('call', F, K, T, r, volAtm, 0)).toBeCloseTo(Math.exp(-r * T) * integral, 8);
	});
	it('satisfies put–call parity on the future, skew included', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 10, max: 60, noNaN: true }),
				fc.double({ min: 0.6, max: 2, noNaN: true }),
				fc.double({ min: 0.02, max: 0.7, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(F, m, T, skew) => {
					const K = Math.round(F * m);
					const c = vixOptionPrice('call', F, K, T, 0.04, 0.8, skew);
					const p = vixOptionPrice('put', F, K, T, 0.04, 0.8, skew);
					expect(c - p).toBeCloseTo(Math.exp(-0.04 * T) * (F - K), 10);
				},
			),
		);
	});
	it('prices off the future, not spot: a call on a future above spot is worth more', () => {
		const onFuture = vixOptionPrice('call', 18, 20, 0.1, 0.04, 0.85, 0.5);
		const onSpot = vixOptionPrice('call', 14.5, 20, 0.1, 0.04, 0.85, 0.5);
		expect(onFuture).toBeGreaterThan(onSpot);
		expect(onFuture).toBeCloseTo(
			black76Price('call', 18, 20, 0.1, 0.04, 0.85 * (1 + 0.5 * Math.log(20 / 18))),
			14,
		);
	});
	it('floors the skewed vol at 30 % of ATM', () => {
		expect(vixSkewedVol(0.8, 0.5, 20, 1)).toBeCloseTo(0.24, 14);
	});
});
