import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NORM_CDF_MC_MAX_ERROR, normCdfMc } from '../../../src/engine/math/normCdfMc';
import { normCdf } from '../../../src/engine/math/normal';
import fixture from '../../fixtures/normal_cdf.json';

// Reference values at 60 digits from tests/fixtures/make_normal_cdf.py, x from −38 to 9.
const rows = fixture.rows.map((r) => ({ x: r.x, ref: Number(r.cdf) }));

describe('normCdfMc', () => {
	it('states an error bound of 5.4e-12', () => {
		expect(NORM_CDF_MC_MAX_ERROR).toBe(5.4e-12);
	});
	it('is within the bound of the 60-digit reference on [−38, 9], clamped tails included', () => {
		expect(rows[0].x).toBe(-38);
		expect(rows[rows.length - 1].x).toBe(9);
		for (const { x, ref } of rows)
			expect(Math.abs(normCdfMc(x) - ref), `x = ${x}`).toBeLessThanOrEqual(NORM_CDF_MC_MAX_ERROR);
	});
	it('is within the bound midway between nodes, where the cubic step is worst (and not far below it)', () => {
		// python3 -c "import mpmath as m; m.mp.dps = 40; print(m.ncdf(m.mpf('-0.74609375')))" and so on: nodes are
		// every 1/128 from −8.5, these points 1/256 past a node; |n·He₃| peaks near |x| = 0.74 and 2.33.
		const midpoints: [number, string][] = [
			[-8.49609375, '9.8038824637529899313e-18'],
			[-6.00390625, '9.6312975857451230713e-10'],
			[-2.33203125, '0.0098495236229650887787'],
			[-0.74609375, '0.22780539227929551171'],
			[-0.00390625, '0.49844163568030831759'],
			[0.74609375, '0.77219460772070448829'],
			[1.50390625, '0.93369724623766806614'],
			[2.33203125, '0.99015047637703491122'],
			[4.99609375, '0.99999970748386011421'],
			[8.49609375, '0.9999999999999999902'],
		];
		let worst = 0;
		for (const [x, ref] of midpoints) {
			const err = Math.abs(normCdfMc(x) - Number(ref));
			expect(err, `x = ${x}`).toBeLessThanOrEqual(NORM_CDF_MC_MAX_ERROR);
			worst = Math.max(worst, err);
		}
		// The bound is the truncation error itself, not a loose cap: the worst midpoint comes within 10 % of it.
		expect(worst).toBeGreaterThan(0.9 * 5.3e-12);
	});
	it('agrees with normCdf (Cody, an independent method) within the bound on [−40, 40]', () => {
		fc.assert(
			fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
				expect(Math.abs(normCdfMc(x) - normCdf(x))).toBeLessThanOrEqual(NORM_CDF_MC_MAX_ERROR);
			}),
			{ numRuns: 5000 },
		);
		// And on a dense sweep of [−38, 9] (steps of 1/1000, not aligned with the nodes).
		let worst = 0;
		for (let x = -38; x <= 9; x += 0.001) worst = Math.max(worst, Math.abs(normCdfMc(x) - normCdf(x)));
		expect(worst).toBeLessThanOrEqual(NORM_CDF_MC_MAX_ERROR);
	});
	it('is exact at the nodes and keeps N(x) + N(−x) = 1 within twice the bound', () => {
		for (const x of [-8.5, -3, -1.5, 0, 0.0078125, 2.25, 8.5]) expect(normCdfMc(x)).toBe(normCdf(x));
		fc.assert(
			fc.property(fc.double({ min: -12, max: 12, noNaN: true }), (x) => {
				expect(Math.abs(normCdfMc(x) + normCdfMc(-x) - 1)).toBeLessThanOrEqual(2 * NORM_CDF_MC_MAX_ERROR);
			}),
		);
	});
	it('is monotone up to the bound', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -10, max: 10, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(x, dx) => {
					expect(normCdfMc(x + dx)).toBeGreaterThanOrEqual(normCdfMc(x) - 2 * NORM_CDF_MC_MAX_ERROR);
				},
			),
		);
	});
	it('clamps beyond ±8.5 and propagates NaN', () => {
		expect(normCdfMc(-40)).toBe(normCdfMc(-8.5));
		expect(normCdfMc(-Infinity)).toBeLessThan(1e-17);
		expect(normCdfMc(Infinity)).toBe(normCdfMc(8.5));
		expect(1 - normCdfMc(Infinity)).toBeLessThan(1e-16);
		expect(normCdfMc(NaN)).toBeNaN();
	});
});
