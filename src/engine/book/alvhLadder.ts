// The Adaptive Layered VIX Hedge (DESIGN §2): near / mid / long layers of VIX calls (4/4/2 per unit) on the listed VX
// expiries nearest each target DTE, strikes by rule, and k units sized by units, coverage or budget.
import type { IsoDate } from '../types';
import { nearestVxExpiry } from '../market/expiries';
import { calendarDaysBetween } from '../market/isoDate';
import { curveFuture, rollCurve } from '../market/vixCurve';
import { shockFuture, shockVix } from '../market/spotVolLink';
import type { SpotVolLinkInput } from '../market/snapshot';
import { vixOptionPrice, vixSkewedVol } from '../pricing/vixOptions';
import { normCdf } from '../math/normal';
import { vixCallGreeks, vixCallValue, type VixMarket } from './vixMarket';

/** VIX option multiplier, dollars per VIX point. */
export const VIX_MULTIPLIER = 100;

export type LayerId = 'near' | 'mid' | 'long';

export interface LayerSpec {
	id: LayerId;
	targetDteDays: number;
	countPerUnit: number;
}

export type LadderStrikeRule =
	| { mode: 'pctOfFuture'; pct: number } // e.g. 1.3 = 130 % of the layer's future
	| { mode: 'delta'; delta: number } // call delta vs the future, e.g. 0.25
	| { mode: 'strike'; strike: number };

export type Sizing =
	| { mode: 'units'; units: number }
	| { mode: 'coverage'; coverage: number }
	| { mode: 'budget'; pctOfCredit: number };

export interface LadderSpec {
	layers: LayerSpec[];
	strikeRule: LadderStrikeRule;
	/** Allow 0.5-point strikes below 15 (the VIX strike grid is 1 point otherwise). */
	halfPointStrikes: boolean;
	/** Allow fractional units (contracts stay whole: round(count·k)). */
	fractionalUnits: boolean;
	sizing: Sizing;
}

export const DEFAULT_LADDER: LadderSpec = {
	layers: [
		{ id: 'near', targetDteDays: 30, countPerUnit: 4 },
		{ id: 'mid', targetDteDays: 110, countPerUnit: 4 },
		{ id: 'long', targetDteDays: 220, countPerUnit: 2 },
	],
	strikeRule: { mode: 'pctOfFuture', pct: 1.3 },
	halfPointStrikes: false,
	fractionalUnits: false,
	sizing: { mode: 'coverage', coverage: 0.3 },
};

/** The reference stress of DESIGN §2: SPX −10 % over 5 calendar days, VIX and curve moved by the spot-vol link. */
export const REFERENCE_STRESS = { spxMove: -0.1, days: 5 };

/** Rounds a VIX strike to the grid: 1 point, or 0.5 below 15 when allowed. */
export function roundVixStrike(K: number, halfPoints: boolean): number {
	const step = halfPoints && K < 15 ? 0.5 : 1;
	return Math.max(step, Math.round(K / step) * step);
}

export interface LadderLayer {
	id: LayerId;
	expiry: IsoDate;
	dteDays: number;
	/** Years to settlement. */
	T: number;
	/** The layer's VX future (points). */
	future: number;
	strike: number;
	countPerUnit: number;
	/** Value of one call, VIX points. */
	pricePts: number;
}

/** Maps each layer to its listed VX expiry and strike. `T` converts calendar days to years (valuation to SOQ). */
export function ladderLayers(
	spec: LadderSpec,
	valuationDate: IsoDate,
	m: VixMarket,
	yearsTo: (expiry: IsoDate) => number,
): LadderLayer[] {
	return spec.layers.map((layer) => {
		const expiry = nearestVxExpiry(valuationDate, layer.targetDteDays);
		const T = yearsTo(expiry);
		const future = curveFuture(m.curve, T);
		const strike = roundVixStrike(layerStrike(spec.strikeRule, future, T, m), spec.halfPointStrikes);
		return {
			id: layer.id,
			expiry,
			dteDays: calendarDaysBetween(valuationDate, expiry),
			T,
			future,
			strike,
			countPerUnit: layer.countPerUnit,
			pricePts: vixCallValue(m, strike, T),
		};
	});
}

/**
 * A layer's strike before rounding to the grid: % of its future, a call delta vs the future, or the typed strike.
 * @param F the layer's VX future (points). @param T years to its settlement. @param m the VIX market (vol-of-vol, skew).
 */
export function layerStrike(rule: LadderStrikeRule, F: number, T: number, m: VixMarket): number {
	if (rule.mode === 'pctOfFuture') return F * rule.pct;
	if (rule.mode === 'strike') return rule.strike;
	// Call delta vs the future, undiscounted, with the skewed vol at the strike: bisection in ln K.
	let lo = Math.log(F) - 3;
	let hi = Math.log(F) + 3;
	for (let i = 0; i < 80; i++) {
		const mid = 0.5 * (lo + hi);
		const K = Math.exp(mid);
		const s = vixSkewedVol(m.volOfVol(T), m.skew, F, K) * Math.sqrt(T);
		const delta = normCdf(Math.log(F / K) / s + 0.5 * s);
		if (delta > rule.delta) lo = mid;
		else hi = mid;
	}
	return Math.exp(0.5 * (lo + hi));
}

/** Contracts per layer for k units: whole numbers, round(count·k). */
export function layerContracts(layer: Pick<LadderLayer, 'countPerUnit'>, units: number): number {
	return Math.round(layer.countPerUnit * units);
}

/** Dollar gain of one call of each layer in an SPX move of `spxMove` over `days` (the link moves VIX and the curve). */
export function layerStressGainUsd(
	layers: readonly LadderLayer[],
	m: VixMarket,
	link: Pick<SpotVolLinkInput, 'epsDown' | 'epsUp'>,
	spxMove: number,
	days: number,
): number[] {
	const dt = days / 365;
	const vixAfter = shockVix(m.curve.vix, 1 + spxMove, link);
	const rolled = rollCurve(m.curve, dt);
	const ratio = vixAfter / m.curve.vix;
	return layers.map((layer) => {
		const T = layer.T - dt;
		const after =
			T <= 0
				? Math.max(vixAfter - layer.strike, 0)
				: vixOptionPrice(
						'call',
						shockFuture(curveFuture(rolled, T), ratio, m.curve.kappa, T),
						layer.strike,
						T,
						m.r,
						m.volOfVol(T),
						m.skew,
					);
		return (after - layer.pricePts) * VIX_MULTIPLIER;
	});
}

/** Total of per-layer values for k units: Σ contracts(layer, k)·valuePerContract[layer]. */
function total(layers: readonly LadderLayer[], perContract: readonly number[], units: number): number {
	return layers.reduce((sum, layer, i) => sum + layerContracts(layer, units) * perContract[i], 0);
}

/**
 * Smallest k (whole, or in steps of 0.1 when fractional units are allowed) whose total of `perContract` reaches
 * `target`; null when even 1,000 units fall short (e.g. a hedge that gains nothing).
 */
export function smallestUnitsReaching(
	layers: readonly LadderLayer[],
	perContract: readonly number[],
	target: number,
	fractional: boolean,
): number | null {
	const step = fractional ? 0.1 : 1;
	for (let j = 1; j * step <= 1000; j++) {
		const k = Math.round(j * step * 10) / 10;
		if (total(layers, perContract, k) >= target) return k;
	}
	return null;
}

/** Largest k (whole, or 0.1 steps) whose total of `perContract` stays within `budget`; 0 when even one step exceeds it. */
export function largestUnitsWithin(
	layers: readonly LadderLayer[],
	perContract: readonly number[],
	budget: number,
	fractional: boolean,
): number {
	const step = fractional ? 0.1 : 1;
	let best = 0;
	for (let j = 1; j * step <= 1000; j++) {
		const k = Math.round(j * step * 10) / 10;
		if (total(layers, perContract, k) > budget) break;
		best = k;
	}
	return best;
}

export interface LadderReadout {
	layers: (LadderLayer & {
		contracts: number;
		premiumUsd: number;
		stressPnlUsd: Record<'-5' | '-10' | '-20', number>;
	})[];
	units: number;
	/** What each sizing mode would choose (null when coverage cannot be reached). */
	unitsBy: { units: number; coverage: number | null; budget: number };
	premiumUsd: number;
	premiumPctOfCredit: number;
	/** Theta of the whole ladder, dollars per calendar day (negative: the hedge costs carry). */
	carryUsdPerDay: number;
	carryUsdPer30Days: number;
	/** Dollars per vol-of-vol point. */
	vegaUsdPerVolPt: number;
	/** Hedge gain in the reference stress (SPX −10 % over 5 days), dollars. */
	referenceGainUsd: number;
	/** referenceGainUsd / condor max loss. */
	coverage: number;
}

/**
 * Builds the ladder on a market and sizes it against a condor.
 * @param condor the condor's credit and max loss in dollars (from condorReadout).
 */
export function ladderReadout(
	spec: LadderSpec,
	valuationDate: IsoDate,
	m: VixMarket,
	link: Pick<SpotVolLinkInput, 'epsDown' | 'epsUp'>,
	condor: { creditUsd: number; maxLossUsd: number },
	yearsTo: (expiry: IsoDate) => number,
): LadderReadout {
	const layers = ladderLayers(spec, valuationDate, m, yearsTo);
	const premiumPer = layers.map((l) => l.pricePts * VIX_MULTIPLIER);
	const refGain = layerStressGainUsd(layers, m, link, REFERENCE_STRESS.spxMove, REFERENCE_STRESS.days);
	const fixedUnits = spec.sizing.mode === 'units' ? spec.sizing.units : 1;
	const coverageTarget = spec.sizing.mode === 'coverage' ? spec.sizing.coverage : DEFAULT_COVERAGE;
	const budgetPct = spec.sizing.mode === 'budget' ? spec.sizing.pctOfCredit : DEFAULT_BUDGET_PCT;
	const unitsBy = {
		units: fixedUnits,
		coverage: smallestUnitsReaching(
			layers,
			refGain,
			coverageTarget * condor.maxLossUsd,
			spec.fractionalUnits,
		),
		budget: largestUnitsWithin(layers, premiumPer, budgetPct * condor.creditUsd, spec.fractionalUnits),
	};
	const units =
		spec.sizing.mode === 'units'
			? fixedUnits
			: spec.sizing.mode === 'coverage'
				? (unitsBy.coverage ?? 0)
				: unitsBy.budget;
	const shocks = { '-5': -0.05, '-10': -0.1, '-20': -0.2 } as const;
	const stress = Object.fromEntries(
		Object.entries(shocks).map(([key, move]) => [
			key,
			layerStressGainUsd(layers, m, link, move, REFERENCE_STRESS.days),
		]),
	) as Record<keyof typeof shocks, number[]>;
	let carry = 0;
	let vega = 0;
	const out = layers.map((layer, i) => {
		const contracts = layerContracts(layer, units);
		const g = vixCallGreeks(m, layer.strike, layer.T);
		carry += (contracts * g.theta * VIX_MULTIPLIER) / 365;
		vega += (contracts * g.vega * VIX_MULTIPLIER) / 100;
		return {
			...layer,
			contracts,
			premiumUsd: contracts * premiumPer[i],
			stressPnlUsd: {
				'-5': contracts * stress['-5'][i],
				'-10': contracts * stress['-10'][i],
				'-20': contracts * stress['-20'][i],
			},
		};
	});
	const premiumUsd = out.reduce((s, l) => s + l.premiumUsd, 0);
	const referenceGainUsd = total(layers, refGain, units);
	return {
		layers: out,
		units,
		unitsBy,
		premiumUsd,
		premiumPctOfCredit: condor.creditUsd > 0 ? premiumUsd / condor.creditUsd : 0,
		carryUsdPerDay: carry,
		carryUsdPer30Days: carry * 30,
		vegaUsdPerVolPt: vega,
		referenceGainUsd,
		coverage: condor.maxLossUsd > 0 ? referenceGainUsd / condor.maxLossUsd : 0,
	};
}

/** Defaults shown for the modes the user has not picked (DESIGN §2: coverage 30 %; a budget of 30 % of credit). */
export const DEFAULT_COVERAGE = 0.3;
export const DEFAULT_BUDGET_PCT = 0.3;
