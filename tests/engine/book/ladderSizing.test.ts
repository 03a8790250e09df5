import { describe, expect, it } from 'vitest';
import { MAX_SANE_UNITS, largestUnitsWithin, smallestUnitsReaching } from '../../../src/engine';

describe('ladder sizing', () => {
	const layers = [{ countPerUnit: 4 }, { countPerUnit: 4 }, { countPerUnit: 2 }];
	it('coverage picks the smallest whole k that reaches the target, and k − 1 does not', () => {
		const gain = [100, 60, 40]; // per contract: one unit gains 4·100 + 4·60 + 2·40 = 720
		const k = smallestUnitsReaching(layers, gain, 2000, false);
		expect(k).toBe(3);
		expect(720 * (k! - 1)).toBeLessThan(2000);
		expect(720 * k!).toBeGreaterThanOrEqual(2000);
	});
	it('a target out of reach within MAX_SANE_UNITS is null, never hundreds of units', () => {
		expect(smallestUnitsReaching(layers, [0, 0, 0], 1, false)).toBeNull();
		expect(smallestUnitsReaching(layers, [1, 1, 1], 10 * MAX_SANE_UNITS * 10 + 1, false)).toBeNull();
		expect(smallestUnitsReaching(layers, [1, 1, 1], 10 * MAX_SANE_UNITS, false)).toBe(MAX_SANE_UNITS);
	});
	it('fractional units step by 0.1 with whole contracts', () => {
		// k = 2.8 → contracts 11, 11, 6 → 11·100 + 11·60 + 6·40 = 2000.
		expect(smallestUnitsReaching(layers, [100, 60, 40], 2000, true)).toBe(2.8);
	});
	it('budget picks the largest k whose premium stays within the budget', () => {
		expect(largestUnitsWithin(layers, [50, 80, 120], 2000, false)).toBe(2); // one unit costs 760
		expect(largestUnitsWithin(layers, [50, 80, 120], 700, false)).toBe(0);
	});
});
