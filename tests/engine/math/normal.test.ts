import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normCdf, normInv, normPdf } from '../../../src/engine';
import { normInvRough } from '../../../src/engine/math/normal';
import fixture from '../../fixtures/normal_cdf.json';

// Reference values at 60 digits from tests/fixtures/make_normal_cdf.py (decimal series and continued fraction).
const rows = fixture.rows.map((r) => ({ x: r.x, ref: Number(r.cdf) }));

describe('normCdf', () => {
	it('is within 2e-16 absolute of the 60-digit reference on [−38, 9]', () => {
		for (const { x, ref } of rows) expect(Math.abs(normCdf(x) - ref), `x = ${x}`).toBeLessThanOrEqual(2e-16);
	});
	it('keeps ~1e-15 relative accuracy in the left tail down to x = −37.5', () => {
		for (const { x, ref } of rows.filter((r) => r.x < 0 && r.ref > 1e-307))
			expect(Math.abs(normCdf(x) / ref - 1), `x = ${x}`).toBeLessThan(1e-15);
	});
	it('reaches the subnormal range at x = −38 without flushing to zero', () => {
		expect(normCdf(-38)).toBeGreaterThan(0);
		expect(normCdf(-38) / 2.88542835e-316).toBeCloseTo(1, 3);
	});
	it('satisfies N(x) + N(−x) = 1 and is monotone', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -30, max: 30, noNaN: true }),
				fc.double({ min: 0, max: 5, noNaN: true }),
				(x, dx) => {
					expect(Math.abs(normCdf(x) + normCdf(-x) - 1)).toBeLessThanOrEqual(2.3e-16);
					expect(normCdf(x + dx)).toBeGreaterThanOrEqual(normCdf(x));
				},
			),
		);
	});
	it('propagates NaN and handles the infinities', () => {
		expect(normCdf(NaN)).toBeNaN();
		expect(normCdf(-Infinity)).toBe(0);
		expect(normCdf(Infinity)).toBe(1);
	});
});

describe('normPdf', () => {
	it('is the derivative of normCdf (central difference)', () => {
		for (const x of [-6, -2, -0.5, 0, 0.7, 3]) {
			const h = 1e-5;
			expect(normPdf(x)).toBeCloseTo((normCdf(x + h) - normCdf(x - h)) / (2 * h), 9);
		}
		expect(normPdf(0)).toBe(0.3989422804014327);
	});
});

describe('normInv', () => {
	it('matches published quantiles', () => {
		expect(normInv(0.975)).toBeCloseTo(1.959963984540054, 14);
		expect(normInv(0.5)).toBe(0);
		expect(normInv(0.8413447460685429)).toBeCloseTo(1, 14);
		expect(normInv(1e-10)).toBeCloseTo(-6.361340902404056, 13);
	});
	it('inverts normCdf to ~1e-15 relative over (1e-300, 1 − 1e-16)', () => {
		fc.assert(
			fc.property(fc.double({ min: -37, max: 8, noNaN: true }), (x) => {
				const p = normCdf(x);
				fc.pre(p > 1e-300 && p < 1 - 1e-15);
				// The inverse cannot beat the conditioning of p near 1: allow the error p's rounding implies.
				const tol = 2e-15 * Math.max(1, Math.abs(x)) + (x > 0 ? 1.2e-16 / normPdf(x) : 0);
				expect(Math.abs(normInv(p) - x)).toBeLessThanOrEqual(tol);
			}),
		);
	});
	it('matches 40-digit quantiles deep in the tail and stays finite for subnormal p', () => {
		// python3 -c "import mpmath as m; m.mp.dps = 40; lp = m.log(m.mpf('1e-300'));
		//   print(m.findroot(lambda x: m.log(m.ncdf(x)) - lp, -37.5))"
		expect(Math.abs(normInv(1e-300) / Number('-37.047096299361199237') - 1)).toBeLessThan(2e-15);
		expect(Math.abs(normInv(1e-200) / Number('-30.205594179579643063') - 1)).toBeLessThan(2e-15);
		expect(Math.abs(normInv(1e-310) / Number('-37.663060331949523651') - 1)).toBeLessThan(2e-15);
		// The smallest subnormal carries one significant bit, so only the quantile's first digits are defined.
		expect(normInv(5e-324)).toBeCloseTo(-38.4674056171443, 6);
	});
	it('maps 0 and 1 to the infinities and rejects p outside [0, 1]', () => {
		expect(normInv(0)).toBe(-Infinity);
		expect(normInv(1)).toBe(Infinity);
		expect(() => normInv(1.5)).toThrow(/p must be in \[0, 1\] \(got 1.5\)/);
		expect(() => normInv(NaN)).toThrow(RangeError);
	});
});

describe('normInvRough', () => {
	it("is Acklam's approximation: within 1.2e-9 relative of normInv on (1e-300, ½]", () => {
		fc.assert(
			fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (x) => {
				const p = normCdf(x);
				fc.pre(p > 1e-300 && p < 0.5);
				const exact = normInv(p);
				expect(Math.abs(normInvRough(p) - exact)).toBeLessThanOrEqual(1.2e-9 * Math.abs(exact) + 1e-15);
			}),
		);
		expect(normInvRough(0.5)).toBe(0);
	});
});
