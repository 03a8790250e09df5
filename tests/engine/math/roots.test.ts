import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bisectIncreasing, falsePosition } from '../../../src/engine';

describe('bisectIncreasing', () => {
	it('finds ∛2 as the root of x³ − 2 on [0, 2]', () => {
		expect(bisectIncreasing((x) => x ** 3 - 2, 0, 2)).toBeCloseTo(Math.cbrt(2), 11);
	});
	it('finds the crossing of any increasing line inside its bracket', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				fc.double({ min: -5, max: 5, noNaN: true }),
				(slope, root) => {
					expect(bisectIncreasing((x) => slope * (x - root), -10, 10)).toBeCloseTo(root, 9);
				},
			),
		);
	});
	it('without a crossing goes to the end nearer one', () => {
		expect(bisectIncreasing(() => 1, 0, 1)).toBeCloseTo(0, 9);
		expect(bisectIncreasing(() => -1, 0, 1)).toBeCloseTo(1, 9);
	});
});

describe('falsePosition', () => {
	it('is exact in one step on a line and finds the kink of a payoff', () => {
		expect(falsePosition((x) => x - 2, 0, 5, -2, 3)).toBe(2);
		const payoff = (x: number) => Math.max(0, 100 - x) - 30;
		expect(falsePosition(payoff, 0, 100, 70, -30, 1e-9)).toBeCloseTo(70, 6);
	});
});
