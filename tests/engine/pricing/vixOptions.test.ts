import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Price,
	logOuFuture,
	MIN_VIX_ATM_VOL,
	normPdf,
	modelAtmVol,
	vixOptionGreeks,
	vixOptionPrice,
	vixOptionVol,
	vixSkewedVol,
} from '../../../src/engine';

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
		const volAtm = modelAtmVol(eta, kappa, T);
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

describe('vixOptionVol what-ifs', () => {
	it('vixOptionVol with a +10 point shift prices like an ATM vol 0.10 higher', () => {
		const shifted = vixOptionPrice('call', 20, 26, 0.2, 0.04, 0.7, 0.5, { volShiftPts: 10, skewScale: 1 });
		expect(shifted).toBeCloseTo(vixOptionPrice('call', 20, 26, 0.2, 0.04, 0.8, 0.5), 14);
	});
	it('vixOptionVol with skew scale 0 is flat at the ATM vol, and never below MIN_VIX_ATM_VOL', () => {
		const flat = { volShiftPts: 0, skewScale: 0 };
		for (const K of [10, 20, 40]) expect(vixOptionVol(0.8, 0.5, 20, K, flat)).toBe(0.8);
		expect(vixOptionVol(0.3, 0, 20, 20, { volShiftPts: -50, skewScale: 1 })).toBe(MIN_VIX_ATM_VOL);
		expect(vixOptionVol(0.8, 0.5, 20, 26)).toBeCloseTo(0.8 * (1 + 0.5 * Math.log(1.3)), 14);
	});
});

describe('vixOptionGreeks', () => {
	const [F, K, T, r, atm, s] = [18, 23, 0.15, 0.04, 0.85, 0.5];
	const g = vixOptionGreeks('call', F, K, T, r, atm, s);
	it('vixOptionGreeks vega matches a central difference of the price in the ATM vol, times 1 + s·ln(K/F)', () => {
		const h = 1e-5;
		const fd =
			(vixOptionPrice('call', F, K, T, r, atm + h, s) - vixOptionPrice('call', F, K, T, r, atm - h, s)) /
			(2 * h);
		expect(fd).toBeCloseTo(g.vega * (1 + s * Math.log(K / F)), 7);
	});
	it('vixOptionGreeks delta plus the skew term −vega·σ_ATM·s/F matches a central difference in the future', () => {
		const h = 1e-4;
		const fd =
			(vixOptionPrice('call', F + h, K, T, r, atm, s) - vixOptionPrice('call', F - h, K, T, r, atm, s)) /
			(2 * h);
		expect(fd).toBeCloseTo(g.delta - (g.vega * atm * s) / F, 7);
	});
	it('vixOptionGreeks put and call deltas differ by the discount factor (parity on the future)', () => {
		const p = vixOptionGreeks('put', F, K, T, r, atm, s);
		expect(g.delta - p.delta).toBeCloseTo(Math.exp(-r * T), 14);
		expect(p.vega).toBeCloseTo(g.vega, 14);
	});
});
