import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundVixStrike } from '../../../src/engine';

describe('roundVixStrike (Cboe’s VIX strike grid)', () => {
	it('uses 1-point strikes up to 30, 2.5 from 30 to 50, 5 above 50, and 0.5 between 10 and 15 only when allowed', () => {
		expect([23.4, 29.6, 31.1, 41.8, 48.9, 52.4, 77.1, 123].map((K) => roundVixStrike(K, false))).toEqual([
			23, 30, 30, 42.5, 50, 50, 75, 125,
		]);
		expect(roundVixStrike(14.3, true)).toBe(14.5);
		expect(roundVixStrike(14.3, false)).toBe(14);
		expect(roundVixStrike(16.3, true)).toBe(16);
	});
	it('always lands on a listed strike within half a grid step', () => {
		fc.assert(
			fc.property(fc.double({ min: 1, max: 300, noNaN: true }), fc.boolean(), (K, half) => {
				const s = roundVixStrike(K, half);
				const step = s > 50 ? 5 : s > 30 ? 2.5 : half && s >= 10 && s <= 15 ? 0.5 : 1;
				expect(Math.abs(s / step - Math.round(s / step))).toBeLessThan(1e-9);
				// Within half the grid step of K's own region (a strike just above 50 may round down to 50).
				const region = K > 50 ? 5 : K > 30 ? 2.5 : 1;
				expect(Math.abs(s - K)).toBeLessThanOrEqual(Math.max(region, step) / 2 + 1e-9);
			}),
		);
	});
});
