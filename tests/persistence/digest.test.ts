import { describe, expect, it } from 'vitest';
import { canonicalJson, sameData } from '../../src/persistence/digest';

describe('sameData', () => {
	it('ignores key order at any depth, not values or list order', () => {
		expect(sameData({ a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 })).toBe(true);
		expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
		expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
	});
});
