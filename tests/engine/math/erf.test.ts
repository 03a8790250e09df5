import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERF_SMALL_LIMIT, erfSmall, erfcScaled } from '../../../src/engine/math/erf';

// Reference values at 30 digits, rounded to double: python3 -c "import mpmath as m; m.mp.dps = 30;
// print(m.erf(0.25), m.erfc(5))" and so on (A&S table 7.1 agrees to its 15 digits).
const erfRef: [number, number][] = [
	[0.1, 0.1124629160182849],
	[0.25, 0.2763263901682369],
	[0.4, 0.42839235504666845],
];
const erfcRef: [number, number][] = [
	[0.5, 0.4795001221869535],
	[1, 0.15729920705028513],
	[2, 0.004677734981047266],
	[3.5, 7.430983723414128e-7],
	[5, 1.5374597944280349e-12],
	[10, 2.088487583762545e-45],
];

describe('erfSmall', () => {
	it('matches published erf values to 2 ulp', () => {
		for (const [y, ref] of erfRef) expect(Math.abs(erfSmall(y) / ref - 1), `y = ${y}`).toBeLessThan(4.5e-16);
	});
	it('is odd', () => {
		fc.assert(
			fc.property(fc.double({ min: -ERF_SMALL_LIMIT, max: ERF_SMALL_LIMIT, noNaN: true }), (y) => {
				expect(erfSmall(-y)).toBe(-erfSmall(y));
			}),
		);
	});
});

describe('erfcScaled', () => {
	it('times e^{−y²} matches published erfc values to ~2 ulp', () => {
		for (const [y, ref] of erfcRef)
			expect(Math.abs((erfcScaled(y) * Math.exp(-y * y)) / ref - 1), `y = ${y}`).toBeLessThan(6e-16);
	});
	it('joins erfSmall at 0.46875 (erf + erfc = 1) and tends to 1/(y√π)', () => {
		const y = ERF_SMALL_LIMIT;
		expect(erfSmall(y) + erfcScaled(y) * Math.exp(-y * y)).toBeCloseTo(1, 15);
		expect(erfcScaled(1e8) * 1e8 * Math.sqrt(Math.PI)).toBeCloseTo(1, 14);
		expect(erfcScaled(Infinity)).toBe(0);
	});
	it('is decreasing', () => {
		fc.assert(
			fc.property(
				fc.double({ min: ERF_SMALL_LIMIT, max: 50, noNaN: true }),
				fc.double({ min: 1e-9, max: 5, noNaN: true }),
				(y, dy) => {
					expect(erfcScaled(y + dy)).toBeLessThanOrEqual(erfcScaled(y));
				},
			),
		);
	});
});
