// The ladder's layers on a market (docs/models.md, "The hedge"): each layer's listed VX expiry by the expiry rule,
// its future, its strike by the strike rule on Cboe's grid, and the price of one call — marked by the same kernel as
// every what-if. A layer beyond the last typed future is flagged as extrapolated.
import type { IsoDate } from '../types';
import { vxExpiriesAfter } from '../market/expiries';
import { calendarDaysBetween } from '../market/isoDate';
import { isExtrapolated } from '../market/vixCurve';
import { normCdf } from '../math/normal';
import { bisectIncreasing } from '../math/roots';
import type { MarketModel } from '../scenario/marketModel';
import {
	dateState,
	vixCallValue,
	vixSlot,
	vixVolAt,
	type VixDateState,
	type VixSlot,
} from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { roundVixStrike, type LadderSpec, type LadderStrikeRule, type LayerId } from './ladderSpec';
import type { Days, Fraction, Pts, Years } from '../units';

export interface LadderLayer {
	id: LayerId;
	expiry: IsoDate;
	dteDays: Days;
	/** Years to settlement. */
	T: Years;
	/** The layer's VX future (points); extrapolated when its expiry lies beyond the last typed future. */
	future: Pts;
	extrapolated: boolean;
	strike: Pts;
	countPerUnit: number;
	/** Value of one call (points) and the vol it is priced at (decimal). */
	pricePts: Pts;
	vol: Fraction;
}

/** The listed expiry nearest `target` DTE among those after `after` (the last one when none is later). */
function nearestAfter(expiries: IsoDate[], date: IsoDate, after: IsoDate | null, target: number): IsoDate {
	const later = expiries.filter((e) => after === null || e > after);
	let best = later[0] ?? expiries[expiries.length - 1];
	let bestGap = Infinity;
	for (const e of later) {
		const gap = Math.abs(calendarDaysBetween(date, e) - target);
		// On a tie the later expiry wins: a hedge bought nearer its expiry decays faster and must be rolled sooner.
		if (gap <= bestGap) [best, bestGap] = [e, gap];
	}
	return best;
}

/**
 * Each layer's expiry by the ladder's expiry rule.
 * @param condorExpiry the condor's expiry (the near layer covers it under the coverCondor rule).
 * @example layerExpiries(DEFAULT_LADDER, '2026-01-09', '2026-02-23') // ['2026-03-18', '2026-04-15', '2026-08-19']
 */
export function layerExpiries(spec: LadderSpec, valuationDate: IsoDate, condorExpiry: IsoDate): IsoDate[] {
	const longest = Math.max(
		calendarDaysBetween(valuationDate, condorExpiry),
		...spec.layers.map((l) => l.targetDteDays),
	);
	const listed = vxExpiriesAfter(valuationDate, Math.ceil(longest / 27) + 2 + spec.layers.length);
	const out: IsoDate[] = [];
	spec.layers.forEach((layer, i) => {
		const previous = i > 0 ? out[i - 1] : null;
		out.push(
			i === 0 && spec.expiryRule === 'coverCondor'
				? (listed.find((e) => e >= condorExpiry) ?? listed[listed.length - 1])
				: nearestAfter(listed, valuationDate, previous, layer.targetDteDays),
		);
	});
	return out;
}

/**
 * A layer's strike before rounding to the grid: % of its future, a call delta vs the future (undiscounted, at the
 * skewed vol of the strike: bisection in ln K), or the typed strike.
 */
export function layerStrike(rule: LadderStrikeRule, state: VixDateState, slot: VixSlot, F: number): number {
	if (rule.mode === 'pctOfFuture') return F * rule.fractionOfFuture;
	if (rule.mode === 'strike') return rule.strike;
	const lnF = Math.log(F);
	// The call's delta falls as ln K rises: its excess over the target delta is the increasing function to zero.
	const excess = (lnK: number) => {
		const s = vixVolAt(state, slot, lnF - lnK) * slot.sqrtT;
		return rule.delta - normCdf((lnF - lnK) / s + 0.5 * s);
	};
	return Math.exp(bisectIncreasing(excess, lnF - 3, lnF + 3, 80, 0));
}

/** Maps each layer to its listed VX expiry and strike, and prices one call of each. */
export function ladderLayers(spec: LadderSpec, valuationDate: IsoDate, model: MarketModel): LadderLayer[] {
	const today = dateState(model, NO_SHOCK, 0);
	const expiries = layerExpiries(spec, valuationDate, model.condorExpiry);
	return spec.layers.map((layer, i) => {
		const expiry = expiries[i];
		const T = model.vxYears(expiry);
		const slot = vixSlot(today, T);
		const future = slot.future;
		const strike = roundVixStrike(layerStrike(spec.strikeRule, today, slot, future), spec.halfPointStrikes);
		return {
			id: layer.id,
			expiry,
			dteDays: calendarDaysBetween(valuationDate, expiry),
			T,
			future,
			extrapolated: isExtrapolated(model.vix.curve, T),
			strike,
			countPerUnit: layer.countPerUnit,
			pricePts: vixCallValue(today, slot, strike, model.vix.curve.vix),
			vol: vixVolAt(today, slot, Math.log(future / strike)),
		};
	});
}
