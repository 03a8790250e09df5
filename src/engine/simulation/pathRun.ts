// What the path runner (simulation/policies.ts) reads and writes (docs/simulation.md, "Policies"): a policy's book
// at entry, one chunk's marks and signals, the VX expiries' steps, the trade trace a replay listens to, and the
// outcome of one path. Shared by the regime lab and the history replay and back-test.
import type { VxTables } from './vixCallMarks';
import type { PathBlock } from './paths';

/** A policy's book at entry, as the path runner needs it. */
export interface EntryBook {
	/** Which of the chunk's condor mark arrays is this condor's. */
	condorIndex: number;
	/** Credit per condor, points, and the number of condors. */
	creditPts: number;
	qty: number;
	/** What opening the condor cost beyond mid (four legs' half-spreads and commissions), dollars. */
	condorEntryCostUsd: number;
	/** The ladder: expiry index into the VX tables, strike, entry contracts (before the promoter's multiple). */
	layers: { expiryIndex: number; strike: number; contracts: number }[];
	/** Index of the near layer in `layers` (monetize and roll act on it), −1 when there is none. */
	nearLayer: number;
}

/** One chunk's marks and signals: row-major arrays of rows × stride (stride = steps + 1). */
export interface ChunkMarks {
	rows: number;
	stride: number;
	/** The chunk's paths (VIX closes, and the opens that settle VIX options). */
	block: PathBlock;
	/** Cost to close one condor, points, per distinct entry condor. */
	condors: Float64Array[];
	/** One call of each ladder layer, points. */
	layers: Float64Array[];
	back: Uint8Array;
	rsi: Float64Array;
	/** Per step: calendar days to the condor's expiry. */
	condorDteDays: Int32Array;
	/**
	 * Lazy marking: when given, a NaN in `condors` or `layers` means "not marked yet" and is filled from here on
	 * first read, so a (path, step) is marked at most once and only where a rule reads it.
	 */
	fill?: {
		condor(index: number, row: number, step: number): number;
		layer(index: number, row: number, step: number): number;
	};
	/** Each leg's value (long put, short put, short call, long call; points) of a condor at a step: what closing it
	 * early pays the spreads on. */
	condorLegs(index: number, row: number, step: number): readonly number[];
	/** One call of any expiry (index into the VX tables) and strike at a step: what a rolled layer is marked at. */
	call(expiryIndex: number, strike: number, row: number, step: number): number;
}

/** What the policy rules read of the VX expiries: how many, when each settles, calendar days left per step. */
export type PolicyVx = Pick<VxTables, 'settleStep' | 'dteDays'> & { expiries: { length: number } };

/** A hedge trade as it happens, for a replay's list of rule firings. */
export type TradeKind = 'rebalance' | 'rollOut' | 'rollIn';
export type PolicyTrace = (
	step: number,
	layer: number,
	contracts: number,
	pricePts: number,
	kind: TradeKind,
	expiryIndex: number,
	strike: number,
) => void;

/** How a rolled call's strike is chosen at a path state: expiry index, step and spot VIX → strike (points). */
export type RollStrike = (expiryIndex: number, step: number, vix: number) => number;

export const CLOSE_HORIZON = 0;
export const CLOSE_TAKE_PROFIT = 1;
export const CLOSE_STOP = 2;
export const CLOSE_DTE = 3;

/** What happened on one path (reused between paths: the runner fills it). */
export interface PathOutcome {
	/** Condor P&L, dollars. */
	condorUsd: number;
	/** Hedge P&L at the horizon (cash from trades plus the marks of what is held), dollars. */
	hedgeUsd: number;
	/** Trading costs paid on the condor and on the hedge (entry, every trade, the exit at the horizon), dollars. */
	condorCostsUsd: number;
	hedgeCostsUsd: number;
	/** Premium paid for calls over the path (entry included), dollars. */
	boughtUsd: number;
	condorCloseStep: number;
	/** CLOSE_HORIZON, CLOSE_TAKE_PROFIT, CLOSE_STOP or CLOSE_DTE. */
	closeReason: number;
	/** Step of the monetizing sale, −1 when none. */
	monetizeStep: number;
	/** Step of the first roll, −1 when none. */
	rollStep: number;
	/** Whether the promoter ever held more than the entry contracts. */
	promoted: boolean;
}

export function pathOutcome(): PathOutcome {
	return {
		condorUsd: 0,
		hedgeUsd: 0,
		condorCostsUsd: 0,
		hedgeCostsUsd: 0,
		boughtUsd: 0,
		condorCloseStep: 0,
		closeReason: CLOSE_HORIZON,
		monetizeStep: -1,
		rollStep: -1,
		promoted: false,
	};
}
