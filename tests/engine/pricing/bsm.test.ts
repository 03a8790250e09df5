import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { black76Price, bsmGreeks, bsmPrice, type OptionKind } from '../../../src/engine';

const kind = fc.constantFrom<OptionKind>('call', 'put');
const F = fc.double({ min: 5, max: 8000, noNaN: true });
const moneyness = fc.double({ min: -1.5, max: 1.5, noNaN: true });
const T = fc.double({ min: 1 / 365, max: 3, noNaN: true });
const r = fc.double({ min: -0.01, max: 0.1, noNaN: true });
const vol = fc.double({ min: 0.03, max: 2, noNaN: true });

describe('published values (docs/models.md, Reference checks)', () => {
	it('bsmPrice(call, 60, 65, 0.25, 0.08, 0, 0.30) is 2.1334 (Haug)', () => {
		expect(bsmPrice('call', 60, 65, 0.25, 0.08, 0, 0.3)).toBeCloseTo(2.1334, 4);
	});
	it('bsmPrice(put, 100, 95, 0.5, 0.10, 0.05, 0.20) is 2.4648 (Merton, Haug)', () => {
		expect(bsmPrice('put', 100, 95, 0.5, 0.1, 0.05, 0.2)).toBeCloseTo(2.4648, 4);
	});
	it('Hull 42/40: call 4.7594, put 0.8086', () => {
		expect(bsmPrice('call', 42, 40, 0.5, 0.1, 0, 0.2)).toBeCloseTo(4.7594, 4);
		expect(bsmPrice('put', 42, 40, 0.5, 0.1, 0, 0.2)).toBeCloseTo(0.8086, 4);
	});
	it('Haug greeks S=105, K=100, b=0: call delta 0.5946, put delta −0.3566', () => {
		expect(bsmGreeks('call', 105, 100, 0.5, 0.1, 0.1, 0.36).delta).toBeCloseTo(0.5946, 4);
		expect(bsmGreeks('put', 105, 100, 0.5, 0.1, 0.1, 0.36).delta).toBeCloseTo(-0.3566, 4);
	});
});

describe('bsmPrice and bsmGreeks', () => {
	it('is never negative far out of the money, where the two terms cancel to rounding noise', () => {
		// A put struck at 70 % of spot, 5 % vol, 12 days out: the exact value is below 1e-300.
		const put = bsmPrice(
			'put',
			1000,
			700,
			0.03410386384580748,
			0,
			0.039999999999998474,
			0.050000000000000024,
		);
		expect(put).toBeGreaterThanOrEqual(0);
		expect(put).toBeLessThan(1e-200);
		fc.assert(
			fc.property(kind, F, fc.double({ min: 0.3, max: 3, noNaN: true }), T, r, (k, s, m, t, rate) => {
				expect(bsmPrice(k, s, s * m, t, rate, 0.02, 0.03)).toBeGreaterThanOrEqual(0);
			}),
		);
	});
	it('equals Black-76 on the forward S·e^{(r−q)T}', () => {
		fc.assert(
			fc.property(
				kind,
				F,
				moneyness,
				T,
				r,
				fc.double({ min: 0, max: 0.05, noNaN: true }),
				vol,
				(kd, s, m, t, rr, q, v) => {
					const k = s * Math.exp(m);
					const f = s * Math.exp((rr - q) * t);
					expect(bsmPrice(kd, s, k, t, rr, q, v)).toBeCloseTo(
						black76Price(kd, f, k, t, rr, v),
						9 - Math.ceil(Math.log10(s)),
					);
				},
			),
		);
	});
	it('greeks match central finite differences, dividend rho included', () => {
		fc.assert(
			fc.property(
				kind,
				fc.double({ min: -0.4, max: 0.4, noNaN: true }),
				fc.double({ min: 0.05, max: 2, noNaN: true }),
				fc.double({ min: 0.1, max: 0.8, noNaN: true }),
				(kd, m, t, v) => {
					const S = 100;
					const k = S * Math.exp(m);
					const [rr, q] = [0.04, 0.015];
					const p = (s: number, tt: number, r2: number, q2: number, vv: number) =>
						bsmPrice(kd, s, k, tt, r2, q2, vv);
					const g = bsmGreeks(kd, S, k, t, rr, q, v);
					// h = 0.001: at T = 0.05 and σ = 0.1 near the money, h = 0.01 has a truncation error (h²/6 · ∂³V/∂S³) of 8e-7.
					expect(g.delta).toBeCloseTo((p(S + 0.001, t, rr, q, v) - p(S - 0.001, t, rr, q, v)) / 0.002, 6);
					expect(g.gamma).toBeCloseTo(
						(p(S + 0.1, t, rr, q, v) - 2 * p(S, t, rr, q, v) + p(S - 0.1, t, rr, q, v)) / 0.01,
						4,
					);
					expect(g.vega).toBeCloseTo((p(S, t, rr, q, v + 1e-5) - p(S, t, rr, q, v - 1e-5)) / 2e-5, 4);
					expect(g.theta).toBeCloseTo(-(p(S, t + 1e-5, rr, q, v) - p(S, t - 1e-5, rr, q, v)) / 2e-5, 3);
					expect(g.rho).toBeCloseTo((p(S, t, rr + 1e-6, q, v) - p(S, t, rr - 1e-6, q, v)) / 2e-6, 4);
					expect(g.dividendRho).toBeCloseTo((p(S, t, rr, q + 1e-6, v) - p(S, t, rr, q - 1e-6, v)) / 2e-6, 4);
				},
			),
		);
	});
});
