import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	RATIONAL_CUBIC_MAX_R,
	rationalCubic,
	rationalCubicRFitLeft,
	rationalCubicRFitRight,
} from '../../../src/engine/math/rationalCubic';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** The cubic Hermite interpolant in its textbook basis form (independent of the rational formula). */
function hermite(x: number, xl: number, xr: number, yl: number, yr: number, dl: number, dr: number): number {
	const h = xr - xl;
	const t = (x - xl) / h;
	const h00 = 2 * t ** 3 - 3 * t ** 2 + 1;
	const h10 = t ** 3 - 2 * t ** 2 + t;
	const h01 = -2 * t ** 3 + 3 * t ** 2;
	const h11 = t ** 3 - t ** 2;
	return h00 * yl + h10 * h * dl + h01 * yr + h11 * h * dr;
}

describe('rationalCubic', () => {
	it('is the cubic Hermite interpolant at r = 3', () => {
		fc.assert(
			fc.property(
				num(-5, 5),
				num(0.1, 5),
				num(-5, 5),
				num(-5, 5),
				num(-5, 5),
				num(-5, 5),
				num(0, 1),
				(xl, h, yl, yr, dl, dr, t) => {
					const x = xl + t * h;
					expect(rationalCubic(x, xl, xl + h, yl, yr, dl, dr, 3)).toBeCloseTo(
						hermite(x, xl, xl + h, yl, yr, dl, dr),
						10,
					);
				},
			),
		);
	});
	it('keeps the end values and slopes for any r > −1 (central differences)', () => {
		fc.assert(
			fc.property(num(-5, 5), num(-5, 5), num(-5, 5), num(-5, 5), num(-0.9, 50), (yl, yr, dl, dr, r) => {
				const f = (x: number) => rationalCubic(x, 0, 1, yl, yr, dl, dr, r);
				const e = 1e-6;
				expect(f(0)).toBeCloseTo(yl, 12);
				expect(f(1)).toBeCloseTo(yr, 12);
				expect((f(e) - f(-e)) / (2 * e)).toBeCloseTo(dl, 4);
				expect((f(1 + e) - f(1 - e)) / (2 * e)).toBeCloseTo(dr, 4);
			}),
		);
	});
	it('is the chord at the maximum r', () => {
		expect(rationalCubic(0.25, 0, 1, 2, 6, -100, 100, RATIONAL_CUBIC_MAX_R)).toBe(3);
	});
});

describe('rationalCubicRFitLeft / rationalCubicRFitRight', () => {
	const d2 = (f: (x: number) => number, x: number) => (f(x + 1e-4) - 2 * f(x) + f(x - 1e-4)) / 1e-8;
	it('match the requested end curvature when that keeps the shape (second differences)', () => {
		// Monotone convex data (slopes 0.5 → 1 → 1.5): curvatures near the Hermite one keep the shape.
		const [xl, xr, yl, yr, dl, dr] = [0, 1, 0, 1, 0.5, 1.5];
		for (const target of [1, 1.5, 3]) {
			const rl = rationalCubicRFitLeft(xl, xr, yl, yr, dl, dr, target, false);
			expect(d2((x) => rationalCubic(x, xl, xr, yl, yr, dl, dr, rl), 0)).toBeCloseTo(target, 3);
			const rr = rationalCubicRFitRight(xl, xr, yl, yr, dl, dr, target, false);
			expect(d2((x) => rationalCubic(x, xl, xr, yl, yr, dl, dr, rr), 1)).toBeCloseTo(target, 3);
		}
	});
	it('never return an r that breaks monotonicity or convexity of monotone convex data', () => {
		fc.assert(
			fc.property(num(0.01, 3), num(1, 5), num(1, 5), num(-50, 50), (dl, k1, k2, d2target) => {
				// slope between dl and dr: dl < s < dr.
				const s = dl * k1;
				const dr = s * k2 + 1e-3;
				const r = rationalCubicRFitLeft(0, 1, 0, s, dl, dr, d2target, true);
				let prev = -Infinity;
				let prevSlope = -Infinity;
				for (let i = 0; i <= 50; i++) {
					const y = rationalCubic(i / 50, 0, 1, 0, s, dl, dr, r);
					expect(y).toBeGreaterThanOrEqual(prev - 1e-12);
					if (i > 0) {
						const slope = y - prev;
						expect(slope).toBeGreaterThanOrEqual(prevSlope - 1e-9);
						prevSlope = slope;
					}
					prev = y;
				}
			}),
		);
	});
});
