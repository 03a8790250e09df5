import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normCdfFast } from '../../../src/engine/math/normCdfFast';
import { normCdf } from '../../../src/engine/math/normal';
import fixture from '../../fixtures/normal_cdf.json';

// Reference values at 60 digits from tests/fixtures/make_normal_cdf.py.
const rows = fixture.rows.map((r) => ({ x: r.x, ref: Number(r.cdf) }));

describe('normCdfFast', () => {
	it('is within 2.3e-16 absolute of the 60-digit reference everywhere, clamped tails included', () => {
		for (const { x, ref } of rows)
			expect(Math.abs(normCdfFast(x) - ref), `x = ${x}`).toBeLessThanOrEqual(2.3e-16);
	});
	it('is within 2.3e-16 of the reference midway between table nodes, where the Taylor truncation is largest', () => {
		// python3 -c "import mpmath as m; m.mp.dps = 40; print(m.ncdf(m.mpf('-1.015625')))" and so on.
		const midpoints: [number, string][] = [
			[-8.984375, '1.3010448389095242599e-19'],
			[-6.015625, '8.9596981940684144492e-10'],
			[-3.015625, '0.0012822510470974892265'],
			[-1.015625, '0.15490399760470679743'],
			[-0.015625, '0.49376678050011031717'],
			[0.484375, '0.6859401212568576848'],
			[1.984375, '0.97639297456608594429'],
			[4.984375, '0.99999968918791685646'],
		];
		for (const [x, ref] of midpoints)
			expect(Math.abs(normCdfFast(x) - Number(ref)), `x = ${x}`).toBeLessThanOrEqual(2.3e-16);
	});
	it('agrees with normCdf (Cody, a different method) to 3.4e-16 and satisfies N(x) + N(−x) = 1', () => {
		fc.assert(
			fc.property(fc.double({ min: -12, max: 12, noNaN: true }), (x) => {
				expect(Math.abs(normCdfFast(x) - normCdf(x))).toBeLessThanOrEqual(3.4e-16);
				expect(Math.abs(normCdfFast(x) + normCdfFast(-x) - 1)).toBeLessThanOrEqual(4.5e-16);
			}),
			{ numRuns: 3000 },
		);
	});
	it('is monotone', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -10, max: 10, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(x, dx) => {
					expect(normCdfFast(x + dx)).toBeGreaterThanOrEqual(normCdfFast(x) - 2.3e-16);
				},
			),
		);
	});
	it('clamps beyond ±9 and propagates NaN', () => {
		expect(normCdfFast(-40)).toBe(normCdfFast(-9));
		expect(normCdfFast(-Infinity)).toBeLessThan(1.2e-19);
		expect(normCdfFast(Infinity)).toBe(1);
		expect(normCdfFast(NaN)).toBeNaN();
	});
});
