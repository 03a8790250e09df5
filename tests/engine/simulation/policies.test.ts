import { describe, expect, it } from 'vitest';
import {
	CLOSE_DTE,
	CLOSE_HORIZON,
	CLOSE_STOP,
	CLOSE_TAKE_PROFIT,
	DEFAULT_COSTS,
	NO_COSTS,
	NO_MANAGEMENT,
	checkPolicy,
	pathOutcome,
	runPolicyOnPath,
	vixOptionPrice,
	type ChunkMarks,
	type EntryBook,
	type PolicySpec,
	type VxTables,
	vixCallMark,
} from '../../../src/engine';
import { NORM_CDF_MC_MAX_ERROR } from '../../../src/engine/math/normCdfMc';

// One hand-made path of 6 closes (steps 0…5), a condor with a 2-point credit and one near layer of 4 calls.
const stride = 6;
const steward: PolicySpec = {
	id: 't',
	label: 't',
	entry: 'book',
	hedge: { mode: 'steward' },
	monetize: null,
	roll: null,
	condor: NO_MANAGEMENT,
};

/** Fake VX tables for 3 expiries that settle after the path; rolled calls price at F = 20, τ = 0.1, r = 0.04. */
function tables(dteNear: number[]): VxTables {
	const size = 3 * stride;
	const t: VxTables = {
		expiries: ['a', 'b', 'c'],
		steps: stride - 1,
		beta: new Float64Array(size),
		lnFConst: new Float64Array(size).fill(Math.log(20)),
		atmVol: new Float64Array(size).fill(0.8),
		df: new Float64Array(size).fill(Math.exp(-0.04 * 0.1)),
		sqrtTau: new Float64Array(size).fill(Math.sqrt(0.1)),
		tau: new Float64Array(size).fill(0.1),
		dteDays: new Int32Array(size).fill(40),
		settleStep: Int32Array.of(99, 99, 99),
		openSlot: Int32Array.of(-1, -1, -1),
		opens: { steps: new Int32Array(0), fraction: new Float64Array(0) },
		backwardationVix: new Float64Array(stride),
		skew: 0.5,
	};
	dteNear.forEach((d, j) => (t.dteDays[j] = d));
	return t;
}

/** Each condor leg's value at every step: long put, short put, short call, long call (points). */
const LEGS = [0.5, 1.5, 1.2, 0.2];

function marks(over: Partial<Record<'condor' | 'near' | 'rsi', number[]> & { back: number[] }>): ChunkMarks {
	const vix = Float64Array.of(15, 16, 20, 24, 22, 21);
	const block = {
		pairs: 1,
		steps: stride - 1,
		spx: new Float64Array(stride),
		vix,
		vixOpen: new Float64Array(0),
	};
	const vx = tables([40, 39, 38, 37, 36, 35]);
	return {
		rows: 1,
		stride,
		block,
		condorLegs: () => LEGS,
		call: (e, K, row, j) => vixCallMark(vx, e, K, block, row, j),
		condors: [Float64Array.from(over.condor ?? [2, 2, 2, 2, 2, 2])],
		layers: [Float64Array.from(over.near ?? [1, 1.2, 1.5, 2.5, 2.2, 2])],
		back: Uint8Array.from(over.back ?? [0, 0, 0, 0, 0, 0]),
		rsi: Float64Array.from(over.rsi ?? [50, 50, 50, 50, 50, 50]),
		condorDteDays: Int32Array.of(10, 9, 8, 7, 6, 5),
	};
}

const book: EntryBook = {
	condorIndex: 0,
	creditPts: 2,
	qty: 1,
	condorEntryCostUsd: 17,
	layers: [{ expiryIndex: 0, strike: 20, contracts: 4 }],
	nearLayer: 0,
};
const run = (p: PolicySpec, m: ChunkMarks, vx = tables([40, 39, 38, 37, 36, 35]), costs = NO_COSTS) =>
	runPolicyOnPath(p, book, m, vx, () => 25, costs, 0, pathOutcome());

describe('runPolicyOnPath', () => {
	it('steward: holds the calls and the condor to the horizon', () => {
		const o = run(steward, marks({ condor: [2, 1.9, 1.5, 1.2, 1, 0.4] }));
		expect(o.closeReason).toBe(CLOSE_HORIZON);
		expect(o.condorUsd).toBeCloseTo((2 - 0.4) * 100, 9);
		expect(o.hedgeUsd).toBeCloseTo(4 * (2 - 1) * 100, 9);
		expect(o.boughtUsd).toBeCloseTo(400, 9);
	});
	it('monetize: sells the near layer on the first close in backwardation with RSI > 70', () => {
		const p = { ...steward, monetize: { fraction: 1, rsiAbove: 70 } };
		// Step 2 is in backwardation with RSI 65 (no), step 3 has both: sell 4 at 2.5.
		const o = run(p, marks({ back: [0, 0, 1, 1, 1, 1], rsi: [50, 75, 65, 75, 80, 80] }));
		expect(o.monetizeStep).toBe(3);
		expect(o.hedgeUsd).toBeCloseTo(4 * (2.5 - 1) * 100, 9);
		const half = run(
			{ ...p, monetize: { fraction: 0.5, rsiAbove: 70 } },
			marks({ back: [0, 0, 1, 1, 1, 1], rsi: [50, 75, 65, 75, 80, 80] }),
		);
		// Two sold at 2.5, two held to the horizon mark 2.
		expect(half.hedgeUsd).toBeCloseTo((2 * (2.5 - 1) + 2 * (2 - 1)) * 100, 9);
	});
	it('take profit: closes at the first close where P&L ≥ 50 % of the credit', () => {
		const p = { ...steward, condor: { ...NO_MANAGEMENT, takeProfitPct: 50 } };
		const o = run(p, marks({ condor: [2, 1.8, 1.2, 0.9, 0.5, 0.3] }));
		expect([o.condorCloseStep, o.closeReason]).toEqual([3, CLOSE_TAKE_PROFIT]);
		expect(o.condorUsd).toBeCloseTo((2 - 0.9) * 100, 9);
	});
	it('stop: closes when the loss reaches 2 × the credit (value ≥ 3 × credit)', () => {
		const p = { ...steward, condor: { ...NO_MANAGEMENT, stopLossMultiple: 2, takeProfitPct: 50 } };
		const o = run(p, marks({ condor: [2, 3, 5.9, 6.1, 8, 9] }));
		expect([o.condorCloseStep, o.closeReason]).toEqual([3, CLOSE_STOP]);
		expect(o.condorUsd).toBeCloseTo((2 - 6.1) * 100, 9);
	});
	it('close at n DTE: the first close with at most n days left', () => {
		const p = { ...steward, condor: { ...NO_MANAGEMENT, closeAtDteDays: 7 } };
		const o = run(p, marks({ condor: [2, 2.1, 2.2, 1.7, 1, 1] }));
		expect([o.condorCloseStep, o.closeReason]).toEqual([3, CLOSE_DTE]);
	});
	it('promoter: doubles the layer while in backwardation and returns to k after, at the day marks', () => {
		const p: PolicySpec = { ...steward, hedge: { mode: 'promoter', multiplier: 2 } };
		// Buys 4 more at 1.2 (step 1), sells 4 at 2.5 (step 3), holds 4 to 2.
		const o = run(p, marks({ back: [0, 1, 1, 0, 0, 0] }));
		expect(o.promoted).toBe(true);
		expect(o.hedgeUsd).toBeCloseTo((4 * (2 - 1) + 4 * (2.5 - 1.2)) * 100, 9);
		expect(o.boughtUsd).toBeCloseTo((4 * 1 + 4 * 1.2) * 100, 9);
	});
	it('roll: below the DTE threshold sells the near calls and buys the next expiry at the strike rule', () => {
		const p = { ...steward, roll: { belowDteDays: 14 } };
		const vx = tables([40, 30, 20, 13, 12, 11]);
		const o = run(p, marks({}), vx);
		expect(o.rollStep).toBe(3);
		const rolled = vixOptionPrice('call', 20, 25, 0.1, 0.04, 0.8, 0.5);
		// Sold 4 at 2.5, bought 4 of the next expiry's 25 call; the rolled call marks the same at the horizon.
		expect(o.hedgeUsd).toBeCloseTo(4 * (2.5 - 1) * 100, 9);
		// The rolled call is marked with normCdfMc: off by at most (F + K)·NORM_CDF_MC_MAX_ERROR a call.
		expect(Math.abs(o.boughtUsd - (4 * 1 + 4 * rolled) * 100)).toBeLessThan(
			4 * 100 * 45 * NORM_CDF_MC_MAX_ERROR,
		);
	});
	it('pays the trading costs of every trade: entry, the exit at the horizon, and a promoter’s round trip', () => {
		// Steward: 4 calls bought at 1 and sold at 2 at the horizon; the condor entered (17) and closed at the horizon
		// (5 DTE left: each leg pays its half-spread and $1).
		const o = run(steward, marks({}), undefined, DEFAULT_COSTS);
		const callCost = (mid: number) => 4 * (Math.max(0.025, 0.05 * mid) * 100 + 1);
		expect(o.hedgeCostsUsd).toBeCloseTo(callCost(1) + callCost(2), 9);
		const legCost = (mid: number) => Math.max(0.05, 0.02 * mid) * 100 + 1;
		expect(o.condorCostsUsd).toBeCloseTo(17 + LEGS.reduce((s, mid) => s + legCost(mid), 0), 9);
		expect(run(steward, marks({})).hedgeCostsUsd).toBe(0);
		// The promoter buys 4 more at 1.2 and sells them at 2.5: two more trades' costs.
		const promoter: PolicySpec = { ...steward, hedge: { mode: 'promoter', multiplier: 2 } };
		const p = run(promoter, marks({ back: [0, 1, 1, 0, 0, 0] }), undefined, DEFAULT_COSTS);
		expect(p.hedgeCostsUsd).toBeCloseTo(callCost(1) + callCost(1.2) + callCost(2.5) + callCost(2), 9);
	});
	it('checkPolicy names a bad parameter', () => {
		expect(() => checkPolicy({ ...steward, monetize: { fraction: 0, rsiAbove: 70 } })).toThrow(
			/monetize.fraction/,
		);
		expect(() => checkPolicy({ ...steward, condor: { ...NO_MANAGEMENT, takeProfitPct: 150 } })).toThrow(
			/takeProfitPct/,
		);
	});
});
