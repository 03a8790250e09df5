import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { areaPathD, linePathD } from '../../src/charts/paths';

const id = (v: number) => v;
const noBadNumbers = (d: string) => expect(d).not.toMatch(/NaN|Infinity|undefined/);

describe('linePathD(x, y, sx, sy, curve)', () => {
	const cases: [string, number[], number[], string][] = [
		['a straight line', [0, 1, 2], [0, 1, 0], 'M0,0L1,1L2,0'],
		['a NaN y breaks the line into two pieces', [0, 1, 2, 3], [0, NaN, 2, 3], 'M0,0ZM2,2L3,3'],
		['an infinite x is skipped', [0, Infinity, 2], [0, 1, 2], 'M0,0ZM2,2Z'],
		['nothing drawable', [NaN], [1], ''],
		['empty arrays', [], [], ''],
		['arrays of different lengths use the shorter', [0, 1, 2], [5, 6], 'M0,5L1,6'],
	];
	for (const [name, x, y, want] of cases)
		it(`${name}: ${JSON.stringify(want)}`, () => {
			const d = linePathD(x, y, id, id);
			expect(d).toBe(want);
			noBadNumbers(d);
		});
	it('a scale that maps to NaN (degenerate domain) never leaks NaN into the path', () => {
		const broken = (v: number) => (v === 1 ? NaN : v);
		noBadNumbers(linePathD(new Float64Array([0, 1, 2]), new Float64Array([3, 4, 5]), broken, id));
	});
	it('monotone and step curves draw through the same finite points', () => {
		const sx = scaleLinear().domain([0, 10]).range([0, 100]);
		for (const curve of ['monotone', 'step'] as const) {
			const d = linePathD([0, 5, 10], [1, NaN, 3], sx, sx, curve);
			noBadNumbers(d);
			expect(d.startsWith('M0,10')).toBe(true);
		}
	});
});

describe('areaPathD(x, y, base, sx, sy)', () => {
	it('closes the region down to the baseline', () => {
		expect(areaPathD([0, 2], [4, 4], 1, id, id)).toBe('M0,4L2,4L2,1L0,1Z');
	});
	it('leaves gaps at non-finite points and draws nothing for a non-finite baseline', () => {
		noBadNumbers(areaPathD([0, 1, 2], [1, NaN, 3], 0, id, id));
		expect(areaPathD([0, 1], [1, 2], NaN, id, id)).toBe('');
	});
});
