// The timeline's pure helpers: zoom and pan of the x domain, the points kept per pixel column, date ticks.
import { describe, expect, it } from 'vitest';
import { clampDomain, panDomain, zoomDomain } from '../../src/charts/zoom';
import { pick, visibleIndices } from '../../src/charts/downsample';
import { dateTicks, isoOfDay } from '../../src/charts/dateTicks';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('zoomDomain, panDomain, clampDomain', () => {
	it.each([
		[[0, 100], 2, 50, [25, 75]],
		[[0, 100], 2, 0, [0, 50]],
		[[0, 100], 2, 100, [50, 100]],
		[[25, 75], 0.5, 50, [0, 100]],
		[[25, 75], 0.1, 50, [0, 100]],
		[[0, 100], 1000, 50, [45, 55]],
		[[0, 100], NaN, 50, [0, 100]],
	] as const)('zoomDomain(%j, ×%d about %d) = %j (full 0–100, min span 10)', (d, f, c, want) => {
		expect(zoomDomain([d[0], d[1]], [0, 100], f, c, 10)).toEqual(want);
	});
	it('keeps the point under the fingers where it is', () => {
		const [a, b] = zoomDomain([0, 100], [0, 100], 4, 20);
		expect((20 - a) / (b - a)).toBeCloseTo(0.2, 12);
	});
	it.each([
		[[10, 20], 5, [15, 25]],
		[[10, 20], -50, [0, 10]],
		[[10, 20], 500, [90, 100]],
		[[10, 20], Infinity, [10, 20]],
	] as const)('panDomain(%j, %d) = %j', (d, delta, want) => {
		expect(panDomain([d[0], d[1]], [0, 100], delta)).toEqual(want);
	});
	it('clamps a domain wider than the data to the data', () => {
		expect(clampDomain([-50, 150], [0, 100])).toEqual([0, 100]);
	});
});

describe('visibleIndices', () => {
	it('keeps first, lowest, highest and last of each column, so a one-day spike survives', () => {
		const x = Array.from({ length: 100 }, (_, i) => i);
		const y = x.map((i) => (i === 37 ? 80 : 15));
		const kept = visibleIndices(x, y, [0, 99], 10);
		expect(kept).toContain(37);
		expect(kept.length).toBeLessThanOrEqual(40);
		expect(kept).toEqual([...kept].sort((a, b) => a - b));
	});
	it('keeps one point either side of the range so lines reach the edges', () => {
		const x = [0, 10, 20, 30, 40];
		expect(visibleIndices(x, [1, 2, 3, 4, 5], [15, 25], 100)).toEqual([1, 2, 3]);
	});
	it('breaks at gaps and between stretches', () => {
		const x = [0, 1, 2, 3, 4, 5];
		const y = [1, 2, NaN, 4, 5, 6];
		expect(visibleIndices(x, y, [0, 5], 100, [4])).toEqual([0, 1, -1, 3, -1, 4, 5]);
		const { x: px, y: py } = pick(x, y, [0, -1, 3]);
		expect(Array.from(px)).toEqual([0, NaN, 3]);
		expect(Array.from(py)).toEqual([1, NaN, 4]);
	});
});

describe('dateTicks', () => {
	it('gives years for a long span', () => {
		const t = dateTicks([day('2009-09-18'), day('2026-02-27')], 5);
		expect(t.values.map(t.format)).toEqual(['2010', '2015', '2020', '2025']);
	});
	it('gives months over a few months, the year at January', () => {
		const t = dateTicks([day('2017-12-19'), day('2018-04-30')], 6);
		expect(t.values.map(t.format)).toEqual(['Jan 2018', 'Feb', 'Mar', 'Apr']);
	});
	it('gives days over a few weeks', () => {
		const t = dateTicks([day('2020-03-02'), day('2020-03-20')], 4);
		expect(t.values.map(isoOfDay)).toEqual(['2020-03-02', '2020-03-09', '2020-03-16']);
		expect(t.format(t.values[2])).toBe('16 Mar');
	});
	it('gives nothing for an empty or broken domain', () => {
		expect(dateTicks([5, 5]).values).toEqual([]);
		expect(dateTicks([NaN, 5]).values).toEqual([]);
		expect(isoOfDay(NaN)).toBe('—');
	});
});
