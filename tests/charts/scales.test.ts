import { describe, expect, it } from 'vitest';
import {
	zeroCrossings,
	MISSING_COLOR,
	cellEdges,
	divergingColor,
	finiteExtent,
	mergedStops,
	nearestIndex,
	nearestIndexAnyOrder,
	paddedDomain,
	readoutLeft,
	symmetricLimit,
	tickCount,
	type Domain,
} from '../../src/charts/scales';

describe('finiteExtent(arrays)', () => {
	const cases: [ArrayLike<number>[], Domain | null][] = [
		[[[3, 1, 2]], [1, 3]],
		[
			[new Float64Array([NaN, 5, -Infinity]), [Infinity, -2]],
			[-2, 5],
		],
		[[[NaN], []], null],
		[[], null],
	];
	for (const [arrays, want] of cases)
		it(`finiteExtent(${JSON.stringify(arrays.map((a) => Array.from(a)))}) is ${JSON.stringify(want)}`, () =>
			expect(finiteExtent(arrays)).toEqual(want));
});

describe('paddedDomain(extent, options)', () => {
	const cases: [Domain | null, Parameters<typeof paddedDomain>[1], Domain][] = [
		[[0, 100], { pad: 0.1 }, [-10, 110]],
		[[0, 100], {}, [-5, 105]],
		[[5, 5], { pad: 0 }, [4.75, 5.25]],
		[[0, 0], { pad: 0 }, [-1, 1]],
		[[10, 20], { pad: 0, include: [0] }, [0, 20]],
		[[10, 20], { pad: 0, include: [NaN, 30] }, [10, 30]],
		[null, {}, [0, 1]],
		[null, { fallback: [10, 30] }, [10, 30]],
		[null, { pad: 0, include: [7] }, [6.65, 7.35]],
		[[0, 10], { pad: -1 }, [0, 10]],
		[[0, 10], { pad: NaN }, [-0.5, 10.5]],
	];
	for (const [extent, opts, want] of cases)
		it(`paddedDomain(${JSON.stringify(extent)}, ${JSON.stringify(opts)}) ≈ ${JSON.stringify(want)}`, () => {
			const got = paddedDomain(extent, opts);
			expect(got[0]).toBeCloseTo(want[0], 12);
			expect(got[1]).toBeCloseTo(want[1], 12);
			expect(got[1]).toBeGreaterThan(got[0]);
		});
});

describe('tickCount(pixels, spacing, max)', () => {
	const cases: [number, number | undefined, number | undefined, number][] = [
		[390, 70, undefined, 5],
		[1200, 70, undefined, 10],
		[1200, 70, 6, 6],
		[0, 70, undefined, 2],
		[NaN, 70, undefined, 2],
		[300, 0, undefined, 2],
	];
	for (const [px, spacing, max, want] of cases)
		it(`tickCount(${px}, ${spacing}, ${max}) is ${want}`, () =>
			expect(tickCount(px, spacing, max)).toBe(want));
});

describe('nearestIndex(sorted, x)', () => {
	const xs = [1, 2, 4, 8];
	const cases: [ArrayLike<number>, number, number][] = [
		[xs, 3.1, 2],
		[xs, 2.9, 1],
		[xs, 3, 1], // a tie goes to the lower index
		[xs, -10, 0],
		[xs, 100, 3],
		[xs, 8, 3],
		[xs, NaN, -1],
		[[], 1, -1],
		[new Float64Array([5]), 0, 0],
		[new Float64Array([0, 10, 20, 30, 40]), 26, 3],
	];
	for (const [a, x, want] of cases)
		it(`nearestIndex([${Array.from(a)}], ${x}) is ${want}`, () => expect(nearestIndex(a, x)).toBe(want));
});

describe('nearestIndexAnyOrder(xs, x)', () => {
	const cases: [ArrayLike<number>, number, number][] = [
		[[30, 5, NaN, 12], 10, 3],
		[[30, 5, NaN, 12], 0, 1],
		[[NaN, NaN], 0, -1],
		[[1, 1], 1, 0],
		[[1, 2], Infinity, -1],
	];
	for (const [a, x, want] of cases)
		it(`nearestIndexAnyOrder([${Array.from(a)}], ${x}) is ${want}`, () =>
			expect(nearestIndexAnyOrder(a, x)).toBe(want));
});

describe('mergedStops(arrays)', () => {
	it('sorts, de-duplicates and drops non-finite values', () => {
		expect(mergedStops([[3, 1], [2, 3, NaN], new Float64Array([Infinity, 0])])).toEqual([0, 1, 2, 3]);
		expect(mergedStops([])).toEqual([]);
	});
});

describe('cellEdges(centers)', () => {
	const cases: [number[], number[]][] = [
		[
			[0, 1, 3],
			[-0.5, 0.5, 2, 4],
		],
		[
			[-10, 0, 10],
			[-15, -5, 5, 15],
		],
		[[5], [4.5, 5.5]],
		[[], []],
	];
	for (const [centers, want] of cases)
		it(`cellEdges([${centers}]) is [${want}]`, () => expect(Array.from(cellEdges(centers))).toEqual(want));
});

describe('symmetricLimit(values)', () => {
	const cases: [ArrayLike<number>, number][] = [
		[[-3, 2, NaN], 3],
		[new Float64Array([0, 0]), 1],
		[[NaN, Infinity], 1],
		[[], 1],
		[[250, -100], 250],
	];
	for (const [values, want] of cases)
		it(`symmetricLimit([${Array.from(values)}]) is ${want}`, () => expect(symmetricLimit(values)).toBe(want));
});

describe('divergingColor(limit, colours)', () => {
	const color = divergingColor(100, ['#ff0000', '#ffffff', '#00ff00']);
	const cases: [number, string][] = [
		[-100, 'rgb(255, 0, 0)'],
		[-1e9, 'rgb(255, 0, 0)'], // clamped
		[0, 'rgb(255, 255, 255)'],
		[50, 'rgb(128, 255, 128)'],
		[100, 'rgb(0, 255, 0)'],
		[NaN, MISSING_COLOR],
		[Infinity, MISSING_COLOR],
	];
	for (const [value, want] of cases)
		it(`divergingColor(100, red/white/green)(${value}) is ${want}`, () => expect(color(value)).toBe(want));
	it('a zero or non-finite limit falls back to 1 instead of dividing by zero', () => {
		expect(divergingColor(0, ['#ff0000', '#ffffff', '#00ff00'])(1)).toBe('rgb(0, 255, 0)');
		expect(divergingColor(NaN, ['#ff0000', '#ffffff', '#00ff00'])(-1)).toBe('rgb(255, 0, 0)');
	});
});

describe('readoutLeft(x, width, boxWidth)', () => {
	const cases: [number, number, number, number][] = [
		[10, 300, 120, 18],
		[290, 300, 120, 162],
		[100, 150, 140, 0], // fits on neither side: kept inside the plot
		[50, 100, 200, 0], // wider than the plot: pinned to the left edge
		[NaN, 300, 120, 0],
	];
	for (const [x, w, box, want] of cases)
		it(`readoutLeft(${x}, ${w}, ${box}) is ${want}`, () => expect(readoutLeft(x, w, box)).toBe(want));
});

describe('zeroCrossings(xs, ys)', () => {
	it('interpolates each sign change linearly', () => {
		expect(zeroCrossings([0, 1, 2, 3], [-1, 1, 3, -3])).toEqual([0.5, 2.5]);
	});
	it('counts a sample at exactly zero once, and skips non-finite samples', () => {
		expect(zeroCrossings([0, 1, 2], [-2, 0, 2])).toEqual([1]);
		expect(zeroCrossings([0, 1, 2], [-1, NaN, 1])).toEqual([]);
		expect(zeroCrossings([], [])).toEqual([]);
	});
});
