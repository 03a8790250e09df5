import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { black76Greeks, black76Price, bsmGreeks, bsmPrice, type OptionKind } from '../../../src/engine';

describe('published values (docs/models.md, Reference checks)', () => {
	it('black76Price(put, 19, 19, 0.75, 0.10, 0.28) is 1.7011 (Haug)', () => {
		expect(black76Price('put', 19, 19, 0.75, 0.1, 0.28)).toBeCloseTo(1.7011, 4);
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
