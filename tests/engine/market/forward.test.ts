import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	black76Price,
	bsmPrice,
	carryForward,
	forwardFromCarry,
	forwardFromInput,
	forwardFromParity,
	impliedDividendYield,
	parityForward,
} from '../../../src/engine';

describe('carryForward', () => {
	it('carryForward(100, 5 %, 2 %, 1) is 100·e^{0.03} = 103.045453', () => {
		expect(carryForward(100, 0.05, 0.02, 1)).toBeCloseTo(103.045453395, 8);
	});
	it('carryForward with T = 0 is spot', () => {
		expect(carryForward(6966.28, 0.036, 0.012, 0)).toBe(6966.28);
	});
	it('carryForward makes Black-76 give the Merton put of Haug (2.4648)', () => {
		// Merton put S=100, K=95, T=0.5, r=0.10, q=0.05, σ=0.20 → 2.4648 (Haug); Black-76 on the carry forward.
		const F = carryForward(100, 0.1, 0.05, 0.5);
		expect(black76Price('put', F, 95, 0.5, 0.1, 0.2)).toBeCloseTo(2.4648, 4);
	});
	it('carryForward rejects a bad spot or T with the argument named', () => {
		expect(() => carryForward(0, 0.05, 0.02, 1)).toThrow(/spot/);
		expect(() => carryForward(100, NaN, 0.02, 1)).toThrow(/r must/);
		expect(() => carryForward(100, 0.05, 0.02, -1)).toThrow(/T must/);
	});
});

describe('parityForward', () => {
	it('parityForward recovers the forward from Black-76 call and put prices (parity)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1000, max: 8000, noNaN: true }),
				fc.double({ min: 0.8, max: 1.2, noNaN: true }),
				fc.double({ min: 0.01, max: 2, noNaN: true }),
				fc.double({ min: -0.01, max: 0.08, noNaN: true }),
				fc.double({ min: 0.05, max: 0.8, noNaN: true }),
				(F, m, T, r, vol) => {
					const K = F * m;
					const c = black76Price('call', F, K, T, r, vol);
					const p = black76Price('put', F, K, T, r, vol);
					expect(parityForward(K, c, p, r, T) / F).toBeCloseTo(1, 10);
				},
			),
		);
	});
	it('parityForward on BSM prices gives S·e^{(r−q)T}', () => {
		const [S, K, T, r, q, vol] = [6966.28, 7000, 45 / 365, 0.036, 0.012, 0.15];
		const F = parityForward(
			K,
			bsmPrice('call', S, K, T, r, q, vol),
			bsmPrice('put', S, K, T, r, q, vol),
			r,
			T,
		);
		expect(F).toBeCloseTo(S * Math.exp((r - q) * T), 8);
	});
	it('parityForward refuses prices that imply a forward ≤ 0', () => {
		expect(() => parityForward(100, 0, 150, 0, 1)).toThrow(/no forward/);
		expect(() => parityForward(100, -1, 5, 0, 1)).toThrow(/call/);
	});
});

describe('impliedDividendYield', () => {
	it('impliedDividendYield inverts carryForward', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 100, max: 10000, noNaN: true }),
				fc.double({ min: -0.02, max: 0.1, noNaN: true }),
				fc.double({ min: -0.02, max: 0.1, noNaN: true }),
				fc.double({ min: 0.01, max: 3, noNaN: true }),
				(S, r, q, T) => {
					expect(impliedDividendYield(S, carryForward(S, r, q, T), r, T)).toBeCloseTo(q, 10);
				},
			),
		);
	});
	it('impliedDividendYield(100, 100·e^{0.03}, 5 %, 1) is 2 %', () => {
		expect(impliedDividendYield(100, 100 * Math.exp(0.03), 0.05, 1)).toBeCloseTo(0.02, 14);
	});
	it('impliedDividendYield needs T > 0', () => {
		expect(() => impliedDividendYield(100, 101, 0.05, 0)).toThrow(/T must/);
	});
});

describe('forwardFromInput', () => {
	it('forwardFromInput follows each forward mode', () => {
		expect(forwardFromInput({ mode: 'carry' }, 100, 0.05, 0.02, 1)).toBeCloseTo(100 * Math.exp(0.03), 12);
		expect(forwardFromInput({ mode: 'typed', forward: 6990 }, 6966.28, 0.036, 0.012, 0.1)).toBe(6990);
		expect(
			forwardFromInput({ mode: 'parity', strike: 7000, call: 120, put: 95 }, 6966.28, 0.036, 0.012, 0.1),
		).toBeCloseTo(7000 + Math.exp(0.0036) * 25, 10);
	});
});

describe('Hull-style hand examples', () => {
	it('forwardFromCarry: index 1300, q 1 %, r 5 %, 3 months → 1300·e^{0.01} = 1313.07 (Hull, index futures)', () => {
		expect(forwardFromCarry(1300, 0.05, 0.01, 0.25)).toBeCloseTo(1313.0652, 4);
	});
	it('forwardFromCarry: no dividends, S 40, r 5 %, 3 months → 40.50 (Hull, forward on a non-dividend stock)', () => {
		expect(forwardFromCarry(40, 0.05, 0, 0.25)).toBeCloseTo(40.5031, 4);
	});
	it('forwardFromParity: K 30, C 3, P 2.25, r 10 %, 3 months → 30 + e^{0.025}·0.75 = 30.7690 (Hull parity)', () => {
		// Hull's arbitrage example: parity prices imply a forward below S·e^{rT} = 31·e^{0.025} = 31.7846.
		expect(forwardFromParity(30, 3, 2.25, 0.1, 0.25)).toBeCloseTo(30.76899, 5);
		expect(forwardFromParity(30, 3, 2.25, 0.1, 0.25)).toBeLessThan(forwardFromCarry(31, 0.1, 0, 0.25));
	});
	it("impliedDividendYield of Hull's index forward is its 1 % yield", () => {
		expect(impliedDividendYield(1300, 1300 * Math.exp(0.01), 0.05, 0.25)).toBeCloseTo(0.01, 12);
	});
	it('forwardFromParity on bsmPrice prices round-trips to the carry forward and its yield', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1000, max: 8000, noNaN: true }),
				fc.double({ min: 0.7, max: 1.3, noNaN: true }),
				fc.double({ min: 0.02, max: 2, noNaN: true }),
				fc.double({ min: 0, max: 0.08, noNaN: true }),
				fc.double({ min: 0, max: 0.04, noNaN: true }),
				fc.double({ min: 0.05, max: 0.8, noNaN: true }),
				(S, m, T, r, q, vol) => {
					const K = S * m;
					const F = forwardFromParity(
						K,
						bsmPrice('call', S, K, T, r, q, vol),
						bsmPrice('put', S, K, T, r, q, vol),
						r,
						T,
					);
					expect(F / forwardFromCarry(S, r, q, T)).toBeCloseTo(1, 9);
					expect(impliedDividendYield(S, F, r, T)).toBeCloseTo(q, 6);
				},
			),
		);
	});
});
