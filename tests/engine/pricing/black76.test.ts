import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Greeks,
	black76Price,
	black76PriceBatch,
	bsmGreeks,
	bsmPrice,
	bsmPriceBatch,
	type OptionKind,
} from '../../../src/engine';

describe('published values (DESIGN §4.6)', () => {
	it('bsmPrice(call, 60, 65, 0.25, 0.08, 0, 0.30) is 2.1334 (Haug)', () => {
		expect(bsmPrice('call', 60, 65, 0.25, 0.08, 0, 0.3)).toBeCloseTo(2.1334, 4);
	});
	it('black76Price(put, 19, 19, 0.75, 0.10, 0.28) is 1.7011 (Haug)', () => {
		expect(black76Price('put', 19, 19, 0.75, 0.1, 0.28)).toBeCloseTo(1.7011, 4);
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

const kind = fc.constantFrom<OptionKind>('call', 'put');
const F = fc.double({ min: 5, max: 8000, noNaN: true });
const moneyness = fc.double({ min: -1.5, max: 1.5, noNaN: true });
const T = fc.double({ min: 1 / 365, max: 3, noNaN: true });
const r = fc.double({ min: -0.01, max: 0.1, noNaN: true });
const vol = fc.double({ min: 0.03, max: 2, noNaN: true });

describe('black76Price properties', () => {
	it('satisfies put–call parity c − p = e^{−rT}(F − K)', () => {
		fc.assert(
			fc.property(F, moneyness, T, r, vol, (f, m, t, rr, v) => {
				const k = f * Math.exp(m);
				const lhs = black76Price('call', f, k, t, rr, v) - black76Price('put', f, k, t, rr, v);
				expect(lhs).toBeCloseTo(Math.exp(-rr * t) * (f - k), 10 - Math.ceil(Math.log10(f)));
			}),
		);
	});
	it('stays within the no-arbitrage bounds', () => {
		fc.assert(
			fc.property(kind, F, moneyness, T, r, vol, (kd, f, m, t, rr, v) => {
				const k = f * Math.exp(m);
				const df = Math.exp(-rr * t);
				const p = black76Price(kd, f, k, t, rr, v);
				const intrinsic = df * Math.max(kd === 'call' ? f - k : k - f, 0);
				expect(p).toBeGreaterThanOrEqual(intrinsic - 1e-12 * f);
				expect(p).toBeLessThanOrEqual(df * (kd === 'call' ? f : k) + 1e-12 * f);
			}),
		);
	});
	it('is monotone and convex in strike', () => {
		fc.assert(
			fc.property(kind, F, moneyness, T, vol, (kd, f, m, t, v) => {
				const k = f * Math.exp(m);
				const h = 0.01 * k;
				const [a, b, c] = [k - h, k, k + h].map((x) => black76Price(kd, f, x, t, 0.02, v));
				if (kd === 'call') expect(c).toBeLessThanOrEqual(b + 1e-12 * f);
				else expect(c).toBeGreaterThanOrEqual(b - 1e-12 * f);
				expect(a + c - 2 * b).toBeGreaterThanOrEqual(-1e-10 * f);
			}),
		);
	});
	it('greeks match central finite differences', () => {
		fc.assert(
			fc.property(
				kind,
				fc.double({ min: 50, max: 200, noNaN: true }),
				fc.double({ min: -0.5, max: 0.5, noNaN: true }),
				fc.double({ min: 0.05, max: 2, noNaN: true }),
				r,
				fc.double({ min: 0.1, max: 0.8, noNaN: true }),
				(kd, f, m, t, rr, v) => {
					const k = f * Math.exp(m);
					const g = black76Greeks(kd, f, k, t, rr, v);
					const p = (ff: number, tt: number, r2: number, vv: number) => black76Price(kd, ff, k, tt, r2, vv);
					const hF = 1e-4 * f;
					expect(g.delta).toBeCloseTo((p(f + hF, t, rr, v) - p(f - hF, t, rr, v)) / (2 * hF), 6);
					expect(g.gamma).toBeCloseTo(
						(p(f + hF, t, rr, v) - 2 * p(f, t, rr, v) + p(f - hF, t, rr, v)) / (hF * hF),
						4,
					);
					expect(g.vega).toBeCloseTo((p(f, t, rr, v + 1e-5) - p(f, t, rr, v - 1e-5)) / 2e-5, 4);
					expect(g.theta).toBeCloseTo(-(p(f, t + 1e-5, rr, v) - p(f, t - 1e-5, rr, v)) / 2e-5, 3);
					expect(g.rho).toBeCloseTo((p(f, t, rr + 1e-6, v) - p(f, t, rr - 1e-6, v)) / 2e-6, 4);
					expect(g.dividendRho).toBe(0);
				},
			),
		);
	});
});

describe('bsmPrice and bsmGreeks', () => {
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
					expect(g.delta).toBeCloseTo((p(S + 0.01, t, rr, q, v) - p(S - 0.01, t, rr, q, v)) / 0.02, 6);
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

describe('edge cases', () => {
	it('T = 0 gives the intrinsic value and a delta step', () => {
		expect(black76Price('call', 110, 100, 0, 0.05, 0.3)).toBe(10);
		expect(black76Price('put', 110, 100, 0, 0.05, 0.3)).toBe(0);
		expect(bsmGreeks('call', 110, 100, 0, 0.05, 0, 0.3)).toEqual({
			delta: 1,
			gamma: 0,
			vega: 0,
			theta: 0,
			rho: 0,
			dividendRho: 0,
		});
		expect(black76Greeks('put', 90, 100, 0, 0.05, 0.3).delta).toBe(-1);
	});
	it('vol = 0 gives the discounted intrinsic value of the forward', () => {
		expect(black76Price('call', 110, 100, 1, 0.05, 0)).toBeCloseTo(10 * Math.exp(-0.05), 14);
		expect(bsmPrice('put', 100, 110, 1, 0.05, 0.01, 0)).toBeCloseTo(
			110 * Math.exp(-0.05) - 100 * Math.exp(-0.01),
			12,
		);
		// The vol → 0 limit of the greeks is the degenerate formula.
		const g0 = bsmGreeks('call', 110, 100, 1, 0.05, 0.01, 0);
		const gSmall = bsmGreeks('call', 110, 100, 1, 0.05, 0.01, 1e-6);
		expect(g0.delta).toBeCloseTo(gSmall.delta, 9);
		expect(g0.theta).toBeCloseTo(gSmall.theta, 6);
		expect(g0.rho).toBeCloseTo(gSmall.rho, 6);
	});
	it('prices far out of the money without cancellation to zero or below', () => {
		const p = black76Price('call', 100, 400, 0.1, 0.02, 0.2);
		expect(p).toBeGreaterThan(0);
		expect(p).toBeLessThan(1e-100);
	});
	it('rejects bad arguments naming them', () => {
		expect(() => black76Price('call', -1, 100, 1, 0, 0.2)).toThrow(
			/F must be a finite number > 0 \(got -1\)/,
		);
		expect(() => black76Price('call', 100, 0, 1, 0, 0.2)).toThrow(/K must/);
		expect(() => black76Price('call', 100, 100, -1, 0, 0.2)).toThrow(/T must/);
		expect(() => black76Price('call', 100, 100, 1, NaN, 0.2)).toThrow(/r must/);
		expect(() => black76Price('call', 100, 100, 1, 0, -0.1)).toThrow(
			/vol must be a finite number ≥ 0 \(got -0.1\)/,
		);
		expect(() => bsmPrice('call', 100, 100, 1, 0, Infinity, 0.2)).toThrow(/q must/);
		expect(() => bsmGreeks('straddle' as OptionKind, 100, 100, 1, 0, 0, 0.2)).toThrow(/kind must/);
	});
});

describe('batch pricing', () => {
	it('black76PriceBatch and bsmPriceBatch agree with the scalar functions to 1e-11', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(kind, F, moneyness, T, r, vol, fc.double({ min: 0, max: 0.03, noNaN: true })), {
					minLength: 1,
					maxLength: 50,
				}),
				(rows) => {
					const n = rows.length;
					const [isCall, f, k, t, rr, v, q] = [
						new Uint8Array(n),
						new Float64Array(n),
						new Float64Array(n),
						new Float64Array(n),
						new Float64Array(n),
						new Float64Array(n),
						new Float64Array(n),
					];
					rows.forEach(([kd, ff, m, tt, r2, vv, qq], i) => {
						isCall[i] = kd === 'call' ? 1 : 0;
						[f[i], k[i], t[i], rr[i], v[i], q[i]] = [ff, ff * Math.exp(m), tt, r2, vv, qq];
					});
					const b76 = black76PriceBatch(isCall, f, k, t, rr, v);
					const bsm = bsmPriceBatch(isCall, f, k, t, rr, q, v);
					rows.forEach(([kd], i) => {
						expect(Math.abs(b76[i] - black76Price(kd, f[i], k[i], t[i], rr[i], v[i]))).toBeLessThanOrEqual(
							1e-11,
						);
						expect(Math.abs(bsm[i] - bsmPrice(kd, f[i], k[i], t[i], rr[i], q[i], v[i]))).toBeLessThanOrEqual(
							1e-11,
						);
					});
				},
			),
		);
	});
	it('handles zero time and zero vol like the scalar', () => {
		const out = black76PriceBatch(
			Uint8Array.of(1, 0),
			Float64Array.of(110, 90),
			Float64Array.of(100, 100),
			Float64Array.of(0, 1),
			Float64Array.of(0.05, 0.05),
			Float64Array.of(0.2, 0),
		);
		expect(out[0]).toBe(10);
		expect(out[1]).toBeCloseTo(10 * Math.exp(-0.05), 14);
	});
});
