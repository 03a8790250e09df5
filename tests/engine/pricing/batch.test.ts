import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76GreeksBatch,
	black76Greeks,
	black76Price,
	black76PriceBatch,
	bsmPrice,
	bsmPriceBatch,
	type OptionKind,
} from '../../../src/engine';

const kind = fc.constantFrom<OptionKind>('call', 'put');
const F = fc.double({ min: 5, max: 8000, noNaN: true });
const moneyness = fc.double({ min: -1.5, max: 1.5, noNaN: true });
const T = fc.double({ min: 1 / 365, max: 3, noNaN: true });
const r = fc.double({ min: -0.01, max: 0.1, noNaN: true });
const vol = fc.double({ min: 0.03, max: 2, noNaN: true });

describe('black76GreeksBatch', () => {
	it('agrees with black76Price and black76Greeks (themselves checked against finite differences)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						kind,
						fc.double({ min: 5, max: 8000, noNaN: true }),
						fc.double({ min: -1.5, max: 1.5, noNaN: true }),
						fc.double({ min: 1 / 365, max: 3, noNaN: true }),
						fc.double({ min: -0.01, max: 0.1, noNaN: true }),
						fc.double({ min: 0.03, max: 2, noNaN: true }),
					),
					{ minLength: 1, maxLength: 40 },
				),
				(rows) => {
					const n = rows.length;
					const isCall = Uint8Array.from(rows, (row) => (row[0] === 'call' ? 1 : 0));
					const [F, K, T, r, vol] = [1, 2, 3, 4, 5].map((j) =>
						Float64Array.from(rows, (row) => (j === 2 ? row[1] * Math.exp(row[2]) : (row[j] as number))),
					);
					const out = black76GreeksBatch(isCall, F, K, T, r, vol);
					for (let i = 0; i < n; i++) {
						const kd = rows[i][0];
						const g = black76Greeks(kd, F[i], K[i], T[i], r[i], vol[i]);
						const scale = Math.max(F[i], K[i]);
						expect(Math.abs(out.price[i] - black76Price(kd, F[i], K[i], T[i], r[i], vol[i]))).toBeLessThan(
							1e-11,
						);
						expect(Math.abs(out.delta[i] - g.delta)).toBeLessThan(1e-14);
						expect(Math.abs(out.gamma[i] - g.gamma)).toBeLessThanOrEqual(1e-14 * Math.abs(g.gamma));
						expect(Math.abs(out.vega[i] - g.vega)).toBeLessThanOrEqual(1e-14 * scale);
						expect(Math.abs(out.theta[i] - g.theta)).toBeLessThanOrEqual(1e-11 * scale);
						expect(Math.abs(out.rho[i] - g.rho)).toBeLessThanOrEqual(1e-11 * scale);
					}
				},
			),
		);
	});

	it('gives the degenerate greeks at T = 0 and vol = 0, and fills a caller-supplied struct', () => {
		const out = {
			price: new Float64Array(3),
			delta: new Float64Array(3),
			gamma: new Float64Array(3),
			vega: new Float64Array(3),
			theta: new Float64Array(3),
			rho: new Float64Array(3),
		};
		const res = black76GreeksBatch(
			Uint8Array.of(1, 0, 0),
			Float64Array.of(110, 90, 110),
			Float64Array.of(100, 100, 100),
			Float64Array.of(0, 1, 1),
			Float64Array.of(0.05, 0.05, 0.05),
			Float64Array.of(0.2, 0, 0),
			out,
		);
		expect(res).toBe(out);
		const df = Math.exp(-0.05);
		// T = 0: intrinsic, delta a step, nothing else.
		expect([out.price[0], out.delta[0], out.gamma[0], out.vega[0], out.theta[0], out.rho[0]]).toEqual([
			10, 1, 0, 0, 0, 0,
		]);
		// vol = 0, ITM put: e^{−rT}(K − F); θ = −∂V/∂T = r·V; ρ = −T·V.
		expect(out.price[1]).toBeCloseTo(10 * df, 14);
		expect(out.delta[1]).toBeCloseTo(-df, 15);
		expect(out.theta[1]).toBeCloseTo(0.05 * 10 * df, 14);
		expect(out.rho[1]).toBeCloseTo(-10 * df, 14);
		// vol = 0, OTM put: all zero.
		expect([out.price[2], out.delta[2], out.gamma[2], out.vega[2]]).toEqual([0, 0, 0, 0]);
	});
});

describe('black76PriceBatch and bsmPriceBatch over many blocks', () => {
	it('agree with the scalar functions on 1,300 elements (partial last block) and may write over an input', () => {
		const n = 1300;
		const isCall = new Uint8Array(n);
		const [F, K, T, r, q, vol] = Array.from({ length: 6 }, () => new Float64Array(n));
		for (let i = 0; i < n; i++) {
			// A deterministic spread: moneyness ±2, a day to 3 years, vols 5 %–150 %, rates −1 %…8 %.
			isCall[i] = i % 3 === 0 ? 0 : 1;
			F[i] = 50 + ((i * 37) % 5000);
			K[i] = F[i] * Math.exp(Math.sin(i) * 2);
			T[i] = 1 / 365 + ((i * 0.618) % 3);
			r[i] = -0.01 + ((i * 0.0137) % 0.09);
			q[i] = (i * 0.0071) % 0.03;
			vol[i] = 0.05 + ((i * 0.29) % 1.45);
		}
		const b76 = black76PriceBatch(isCall, F, K, T, r, vol);
		const bsm = bsmPriceBatch(isCall, F, K, T, r, q, vol);
		for (let i = 0; i < n; i++) {
			const kd = isCall[i] === 1 ? 'call' : 'put';
			expect(Math.abs(b76[i] - black76Price(kd, F[i], K[i], T[i], r[i], vol[i]))).toBeLessThanOrEqual(1e-11);
			expect(Math.abs(bsm[i] - bsmPrice(kd, F[i], K[i], T[i], r[i], q[i], vol[i]))).toBeLessThanOrEqual(
				1e-11,
			);
		}
		const volCopy = vol.slice();
		black76PriceBatch(isCall, F, K, T, r, volCopy, volCopy);
		expect(Array.from(volCopy)).toEqual(Array.from(b76));
	});

	it('give NaN for invalid elements (callers validate first)', () => {
		const out = black76PriceBatch(
			Uint8Array.of(1, 1, 0, 1),
			Float64Array.of(-100, 100, 100, 100),
			Float64Array.of(100, -5, 100, 100),
			Float64Array.of(1, 1, -1, 1),
			Float64Array.of(0, 0, 0, 0),
			Float64Array.of(0.2, 0.2, 0.2, NaN),
		);
		expect(Array.from(out).every(Number.isNaN)).toBe(true);
		const bsm = bsmPriceBatch(
			Uint8Array.of(1),
			Float64Array.of(100),
			Float64Array.of(100),
			Float64Array.of(1),
			Float64Array.of(0),
			Float64Array.of(0),
			Float64Array.of(-0.2),
		);
		expect(bsm[0]).toBeNaN();
	});
});

describe('black76PriceBatch and bsmPriceBatch', () => {
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
