// The short iron condor (docs/models.md, "The condor"): strikes from deltas or typed, wings by width or delta, and its
// read-outs — credit, max profit and loss, break-evens, greeks in dollars, risk-neutral probability of profit,
// expected move.
import { DAYS_PER_YEAR, SPX_MULTIPLIER } from '../conventions';
import { black76Greeks, black76Price } from '../pricing/black76';
import type { ExpiryMarket } from './expiryMarket';
import { SPX_STRIKE_STEP, strikeForDelta } from './strikes';

export type ShortStrikeRule =
	{ mode: 'delta'; putDelta: number; callDelta: number } | { mode: 'strike'; put: number; call: number };
export type WingRule =
	{ mode: 'width'; width: number } | { mode: 'delta'; putDelta: number; callDelta: number };

export interface CondorSpec {
	shorts: ShortStrikeRule;
	wings: WingRule;
	/** Number of condors (whole, ≥ 1). */
	qty: number;
}

/** Strikes of a short iron condor: long put < short put < short call < long call. */
export interface CondorStrikes {
	longPut: number;
	shortPut: number;
	shortCall: number;
	longCall: number;
}

export interface CondorProblem {
	field: string;
	message: string;
}

/** The default condor: 16Δ short strikes both sides, 50-point wings. */
export const DEFAULT_SHORT_DELTA = 0.16;
export const DEFAULT_WING_WIDTH = 50;

export const DEFAULT_CONDOR: CondorSpec = {
	shorts: { mode: 'delta', putDelta: DEFAULT_SHORT_DELTA, callDelta: DEFAULT_SHORT_DELTA },
	wings: { mode: 'width', width: DEFAULT_WING_WIDTH },
	qty: 1,
};

/** Checks the strikes' order and grid; every problem at once. */
export function checkCondorStrikes(k: CondorStrikes, step = SPX_STRIKE_STEP): CondorProblem[] {
	const problems: CondorProblem[] = [];
	for (const [field, value] of Object.entries(k) as [keyof CondorStrikes, number][]) {
		if (!(value > 0) || !Number.isFinite(value))
			problems.push({ field, message: `Strike must be a positive number (got ${value}).` });
		else if (Math.abs(value / step - Math.round(value / step)) > 1e-9)
			problems.push({ field, message: `Strike ${value} is off the ${step}-point SPX grid.` });
	}
	if (!(k.longPut < k.shortPut && k.shortPut < k.shortCall && k.shortCall < k.longCall))
		problems.push({
			field: 'strikes',
			message: `Strikes must be in order long put < short put < short call < long call (got ${k.longPut} / ${k.shortPut} / ${k.shortCall} / ${k.longCall}).`,
		});
	return problems;
}

/**
 * Resolves the condor's strikes on the grid from its rules.
 * @throws RangeError when the rules give strikes out of order (e.g. deltas that cross).
 */
export function condorStrikes(spec: CondorSpec, m: ExpiryMarket, step = SPX_STRIKE_STEP): CondorStrikes {
	const shortPut =
		spec.shorts.mode === 'delta' ? strikeForDelta('put', m, spec.shorts.putDelta, step) : spec.shorts.put;
	const shortCall =
		spec.shorts.mode === 'delta' ? strikeForDelta('call', m, spec.shorts.callDelta, step) : spec.shorts.call;
	const longPut =
		spec.wings.mode === 'width'
			? shortPut - spec.wings.width
			: strikeForDelta('put', m, spec.wings.putDelta, step);
	const longCall =
		spec.wings.mode === 'width'
			? shortCall + spec.wings.width
			: strikeForDelta('call', m, spec.wings.callDelta, step);
	const strikes = { longPut, shortPut, shortCall, longCall };
	if (longPut <= 0)
		throw new RangeError(
			`The put wing is wider than the chain: the long put would be at ${longPut}. Narrow the wing.`,
		);
	const problems = checkCondorStrikes(strikes, step);
	if (problems.length > 0) throw new RangeError(problems.map((p) => p.message).join(' '));
	return strikes;
}

/** Mid of each leg (long put, short put, short call, long call), index points. */
export function condorLegMids(k: CondorStrikes, m: ExpiryMarket): [number, number, number, number] {
	const p = (kind: 'call' | 'put', K: number) => black76Price(kind, m.F, K, m.T, m.r, m.volAt(K));
	return [p('put', k.longPut), p('put', k.shortPut), p('call', k.shortCall), p('call', k.longCall)];
}

/** Value per condor of the four legs (index points, short condor = positive credit to close). */
export function condorValue(k: CondorStrikes, m: ExpiryMarket): number {
	const [lp, sp, sc, lc] = condorLegMids(k, m);
	return sp - lp + sc - lc;
}

/** Payoff at expiry of one short condor opened for `credit` points, at settlement S (points). */
export function condorPayoffAtExpiry(k: CondorStrikes, credit: number, S: number): number {
	const putSpread = Math.min(Math.max(k.shortPut - S, 0), k.shortPut - k.longPut);
	const callSpread = Math.min(Math.max(S - k.shortCall, 0), k.longCall - k.shortCall);
	return credit - putSpread - callSpread;
}

/**
 * Risk-neutral P(S_T > K) from the smile: −e^{rT}·∂C/∂K with the skew term included (central difference of
 * smile-consistent call prices).
 */
function probabilityAbove(m: ExpiryMarket, K: number): number {
	const h = 1e-4 * K;
	const c = (x: number) => black76Price('call', m.F, x, m.T, 0, m.volAt(x));
	return Math.min(1, Math.max(0, -(c(K + h) - c(K - h)) / (2 * h)));
}

export interface CondorReadout {
	strikes: CondorStrikes;
	qty: number;
	/** Mid of each leg at entry (long put, short put, short call, long call), points. */
	legMidsPts: [number, number, number, number];
	/** Credit received, dollars (all contracts). */
	creditUsd: number;
	/** Credit per condor, index points. */
	creditPts: number;
	maxProfitUsd: number;
	/** max(wing width)·100·qty − credit, dollars: the defined risk (buying power). */
	maxLossUsd: number;
	breakEvens: [number, number];
	/** Dollar greeks of the whole position: Δ per SPX point, Γ per point², Θ per calendar day, vega per vol point. */
	deltaUsd: number;
	gammaUsd: number;
	thetaUsdPerDay: number;
	vegaUsdPerVolPt: number;
	/** Risk-neutral probability that SPX settles between the break-evens. */
	probabilityOfProfit: number;
	/** One standard deviation move to expiry, ±points: F·σ_ATM·√T. */
	expectedMovePts: number;
}

/** Builds the condor and its read-outs on one expiry's market. */
export function condorReadout(spec: CondorSpec, m: ExpiryMarket, step = SPX_STRIKE_STEP): CondorReadout {
	if (!(Number.isInteger(spec.qty) && spec.qty >= 1))
		throw new RangeError(`qty must be a whole number ≥ 1 (got ${spec.qty})`);
	const k = condorStrikes(spec, m, step);
	const legMidsPts = condorLegMids(k, m);
	const creditPts = legMidsPts[1] - legMidsPts[0] + legMidsPts[2] - legMidsPts[3];
	const units = SPX_MULTIPLIER * spec.qty;
	const legs: [kind: 'call' | 'put', K: number, sign: number][] = [
		['put', k.longPut, 1],
		['put', k.shortPut, -1],
		['call', k.shortCall, -1],
		['call', k.longCall, 1],
	];
	let delta = 0;
	let gamma = 0;
	let theta = 0;
	let vega = 0;
	for (const [kind, K, sign] of legs) {
		const g = black76Greeks(kind, m.F, K, m.T, m.r, m.volAt(K));
		delta += sign * g.delta;
		gamma += sign * g.gamma;
		theta += sign * g.theta;
		vega += sign * g.vega;
	}
	const lower = k.shortPut - creditPts;
	const upper = k.shortCall + creditPts;
	const width = Math.max(k.shortPut - k.longPut, k.longCall - k.shortCall);
	return {
		strikes: k,
		qty: spec.qty,
		legMidsPts,
		creditPts,
		creditUsd: creditPts * units,
		maxProfitUsd: creditPts * units,
		maxLossUsd: (width - creditPts) * units,
		breakEvens: [lower, upper],
		deltaUsd: delta * units,
		gammaUsd: gamma * units,
		thetaUsdPerDay: (theta * units) / DAYS_PER_YEAR,
		vegaUsdPerVolPt: (vega * units) / 100,
		probabilityOfProfit: probabilityAbove(m, lower) - probabilityAbove(m, upper),
		expectedMovePts: m.F * m.volAt(m.F) * Math.sqrt(m.T),
	};
}
