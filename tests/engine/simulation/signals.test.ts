import { describe, expect, it } from 'vitest';
import { pathSignals, rsiSeed, wilderRsi } from '../../../src/engine';

describe('rsiSeed and pathSignals', () => {
	it('continue Wilder RSI(14) from the recent closes: equal to wilderRsi over history + path', () => {
		const history = Array.from({ length: 20 }, (_, i) => 15 + Math.sin(i) * 2);
		const path = Float64Array.of(history[19], 17, 19, 18.5, 22, 25);
		const back = new Uint8Array(6);
		const rsi = new Float64Array(6);
		pathSignals(path, 1, 6, new Float64Array(6).fill(20), rsiSeed(history, history[19], 1.09), back, rsi);
		for (let j = 0; j < 6; j++)
			expect(rsi[j]).toBeCloseTo(wilderRsi([...history, ...Array.from(path.subarray(1, j + 1))])!, 10);
		expect(Array.from(back)).toEqual([0, 0, 0, 0, 1, 1]);
	});
	it("appends today's VIX to the history when it is not the last close", () => {
		const history = Array.from({ length: 16 }, (_, i) => 14 + (i % 3));
		const seed = rsiSeed(history, 20, 1);
		const rsi = new Float64Array(1);
		pathSignals(Float64Array.of(20), 1, 1, Float64Array.of(Infinity), seed, new Uint8Array(1), rsi);
		expect(rsi[0]).toBeCloseTo(wilderRsi([...history, 20])!, 10);
	});
	it('starts at 50 without enough history, and one uptick does not jump to 100', () => {
		const rsi = new Float64Array(2);
		pathSignals(
			Float64Array.of(15, 15.5),
			1,
			2,
			Float64Array.of(99, 99),
			rsiSeed([], 15, 1.09),
			new Uint8Array(2),
			rsi,
		);
		expect(rsi[0]).toBe(50);
		expect(rsi[1]).toBeGreaterThan(50);
		expect(rsi[1]).toBeLessThan(70);
	});
});
