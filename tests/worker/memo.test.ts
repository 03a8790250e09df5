import { describe, expect, it } from 'vitest';
import { memoLast } from '../../src/worker/memo';

describe('memoLast(fn)', () => {
	it('calls fn again only when the arguments change (by value)', () => {
		let calls = 0;
		const square = memoLast((x: { n: number }) => (calls++, { sq: x.n * x.n }));
		const a = square({ n: 3 });
		expect(square({ n: 3 })).toBe(a); // equal data, new object: cached
		expect(calls).toBe(1);
		expect(square({ n: 4 }).sq).toBe(16);
		expect(square({ n: 3 })).not.toBe(a); // one entry: the older answer is gone
		expect(calls).toBe(3);
	});

	it('does not cache a throw', () => {
		let fail = true;
		const f = memoLast((x: number) => {
			if (fail) throw new RangeError('no');
			return x;
		});
		expect(() => f(1)).toThrow(RangeError);
		fail = false;
		expect(f(1)).toBe(1);
	});
});
