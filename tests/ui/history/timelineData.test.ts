import { describe, expect, it } from 'vitest';
import { backwardationBands, termRatio } from '../../../src/ui/history/timelineData';

describe('termRatio', () => {
	it('divides VIX by VIX3M, NaN where VIX3M is unknown', () => {
		const r = termRatio([20, 30, 15], [25, NaN, 15]);
		expect(Array.from(r)).toEqual([0.8, NaN, 1]);
	});
});

describe('backwardationBands', () => {
	it('spans each run of VIX above VIX3M to the next day, one-day runs included', () => {
		const days = [10, 11, 12, 15, 16, 17];
		const vix = [20, 30, 30, 20, 30, 30];
		const vix3m = [25, 25, 25, 25, 25, 25];
		expect(backwardationBands(days, vix, vix3m)).toEqual({ x0: [11, 16], x1: [15, 18] });
	});
	it('stops a run at a row without VIX3M and at a new stretch', () => {
		const days = [1, 2, 3, 100, 101];
		const vix = [30, 30, 30, 30, 20];
		const vix3m = [25, NaN, 25, 25, 25];
		expect(backwardationBands(days, vix, vix3m, [3])).toEqual({ x0: [1, 3, 100], x1: [2, 4, 101] });
	});
});
