import { describe, expect, it } from 'vitest';
import { clipBins, labelRows } from '../../src/charts/bins';

const edges = (n: number) => ({
	x0: Float64Array.from({ length: n }, (_, i) => i),
	x1: Float64Array.from({ length: n }, (_, i) => i + 1),
});

describe('clipBins', () => {
	it('folds the thin tails into the end bins and keeps every path', () => {
		// 1 path far out on each side of 1,000: both fall under a 0.5 % tail.
		const c = new Float64Array(20);
		c[0] = 1;
		c[19] = 1;
		c[8] = 500;
		c[9] = 498;
		const r = clipBins(edges(20), [c], 0.005);
		expect([r.x0[0], r.x1[r.x1.length - 1]]).toEqual([8, 10]);
		expect(Array.from(r.counts[0])).toEqual([501, 499]);
		expect([r.foldedLow, r.foldedHigh]).toEqual([1, 1]);
		expect(r.counts[0].reduce((s, v) => s + v, 0)).toBe(1000);
	});

	it('keeps the union of the series’ ranges and any marker', () => {
		const a = Float64Array.of(0, 0, 10, 0, 0, 0);
		const b = Float64Array.of(0, 0, 0, 10, 0, 0);
		const r = clipBins(edges(6), [a, b], 0.01, [4.5]);
		expect([r.x0[0], r.x1[r.x1.length - 1]]).toEqual([2, 5]);
	});

	it('leaves an empty histogram whole', () => {
		const r = clipBins(edges(3), [new Float64Array(3)]);
		expect(r.x0.length).toBe(3);
	});
});

describe('labelRows', () => {
	it('puts overlapping labels on separate rows and reuses a row once it is free', () => {
		expect(labelRows([10, 20, 200], [50, 50, 50])).toEqual([0, 1, 0]);
		expect(labelRows([100, 0, 40], [30, 30, 30])).toEqual([0, 0, 0]);
		expect(labelRows([0, 5, 10], [40, 40, 40])).toEqual([0, 1, 2]);
	});
});
