// Regime of the VIX futures curve (docs/models.md, "Regime measures and rules"): the measures traders quote and a label with the numbers behind it.
import type { IsoDate } from '../types';
import { businessDaysBetween } from './calendar';
import { calendarDaysBetween } from './isoDate';

export type Regime = 'contango' | 'backwardation' | 'flat' | 'mixed';

export interface CurveInput {
	valuationDate: IsoDate;
	/** Spot VIX, index points. */
	vix: number;
	/** Spot VIX3M, index points (optional). */
	vix3m?: number | null;
	/** Monthly VX futures, nearest first, expiries after the valuation date. */
	futures: readonly { expiry: IsoDate; price: number }[];
}

export interface RegimeMeasures {
	vx1: number;
	vx2: number | null;
	/** VX1/VX2 (> 1 = front in backwardation). */
	vx1OverVx2: number | null;
	/** (VX2/VX1 − 1)·100. */
	frontContangoPct: number | null;
	/** (VX7/VX4 − 1)·100, when at least seven futures are given. */
	contango4to7Pct: number | null;
	/** VIX/VIX3M (> 1 = backwardation), when VIX3M is given. */
	vixOverVix3m: number | null;
	/** (VX1/VIX − 1)·100: the front future's premium over spot. */
	vx1PremiumPct: number;
	/** (VX1 − VIX) / business days to VX1 settlement: what the front future rolls toward spot per day. */
	dailyRollPts: number;
	/** Business days from the valuation date to VX1 settlement. */
	vx1BusinessDays: number;
	/** (VXn − VX1) per 30 calendar days, n = 3 or the last future given. */
	slopePtsPer30d: number | null;
}

export interface RegimeResult {
	regime: Regime;
	measures: RegimeMeasures;
	/** Plain-language lines with the numbers behind the label. */
	reasons: string[];
}

/** Below this |front contango %| the front of the curve is flat. */
export const FLAT_BAND_PCT = 1;
/**
 * Spot VIX more than this % away from VX1 is "clearly off the curve": a flat front then takes its label from the
 * spot end. 10 % keeps 2024-08-02 (spot 6.6 % above a flat front) flat, while a calm day's spot 10–20 % under VX1
 * reads as contango.
 */
export const SPOT_OFF_CURVE_PCT = 10;
/** Steps along the curve smaller than this (%) are noise: the curve is humped (mixed) only when it rises and falls by more. */
export const HUMP_PCT = 1;

/**
 * VIX/VIX3M, the spot term-structure ratio (> 1: spot inverted, the usual backwardation signal).
 * @param vix spot VIX (points, > 0). @param vix3m spot VIX3M (points, > 0).
 * @example vixOverVix3m(37.32, 28.13) // 1.3267
 */
export function vixOverVix3m(vix: number, vix3m: number): number {
	if (!(vix > 0) || !Number.isFinite(vix)) throw new RangeError(`vix must be a positive number (got ${vix})`);
	if (!(vix3m > 0) || !Number.isFinite(vix3m))
		throw new RangeError(`vix3m must be a positive number (got ${vix3m})`);
	return vix / vix3m;
}

/** Fixed decimals with a true minus sign, for the reasons shown to the user. */
function fmt(x: number, digits = 2): string {
	const text = Math.abs(x).toFixed(digits);
	return (x < 0 && Number(text) !== 0 ? '−' : '') + text;
}
/** Signed, with + for rises. */
const signed = (x: number, digits = 2) =>
	(x > 0 && Number(x.toFixed(digits)) !== 0 ? '+' : '') + fmt(x, digits);

/**
 * Classifies the VX curve and computes the regime measures.
 * @param input valuation date, spot VIX (points), optional VIX3M (points) and the VX futures (points), nearest first.
 * @example classifyCurve({ valuationDate: '2026-01-09', vix: 14.49, futures: [{ expiry: '2026-01-21', price: 16.1552 },
 *   { expiry: '2026-02-18', price: 17.8657 }] }).regime // 'contango'
 * @throws RangeError when no future is given or a price is not a positive finite number.
 */
export function classifyCurve(input: CurveInput): RegimeResult {
	const { valuationDate, vix, futures } = input;
	const vix3m = input.vix3m ?? null;
	if (!(vix > 0) || !Number.isFinite(vix)) throw new RangeError(`vix must be a positive number (got ${vix})`);
	if (futures.length === 0) throw new RangeError('futures: at least one VX future is required');
	futures.forEach((f, i) => {
		if (!(f.price > 0) || !Number.isFinite(f.price))
			throw new RangeError(`futures[${i}].price must be a positive number (got ${f.price})`);
	});
	if (vix3m !== null && (!(vix3m > 0) || !Number.isFinite(vix3m)))
		throw new RangeError(`vix3m must be a positive number (got ${vix3m})`);

	const vx1 = futures[0].price;
	const vx2 = futures.length > 1 ? futures[1].price : null;
	const vx1BusinessDays = Math.max(1, businessDaysBetween(valuationDate, futures[0].expiry));
	const far = futures[Math.min(2, futures.length - 1)];
	const farDays = calendarDaysBetween(futures[0].expiry, far.expiry);
	const measures: RegimeMeasures = {
		vx1,
		vx2,
		vx1OverVx2: vx2 === null ? null : vx1 / vx2,
		frontContangoPct: vx2 === null ? null : (vx2 / vx1 - 1) * 100,
		contango4to7Pct: futures.length >= 7 ? (futures[6].price / futures[3].price - 1) * 100 : null,
		vixOverVix3m: vix3m === null ? null : vixOverVix3m(vix, vix3m),
		vx1PremiumPct: (vx1 / vix - 1) * 100,
		dailyRollPts: (vx1 - vix) / vx1BusinessDays,
		vx1BusinessDays,
		slopePtsPer30d: farDays > 0 ? ((far.price - vx1) / farDays) * 30 : null,
	};

	const reasons: string[] = [];
	let regime: Regime;
	const front = measures.frontContangoPct;
	const premium = measures.vx1PremiumPct;
	const spotOff = Math.abs(premium) >= SPOT_OFF_CURVE_PCT;
	const spotSide: Regime = premium > 0 ? 'contango' : 'backwardation';
	if (front === null) {
		// One future only: compare it with spot.
		regime = Math.abs(premium) < FLAT_BAND_PCT ? 'flat' : spotSide;
		reasons.push(`VX1 ${fmt(vx1)} vs VIX ${fmt(vix)}: ${signed(premium, 1)} % (only one future given)`);
	} else {
		// Segment changes (%) along the curve; spot→VX1 counts only when spot is clearly off the curve, since a few
		// days' premium or discount to spot is the normal roll, not a change of shape.
		let rises = spotOff && premium > 0 ? premium : 0;
		let falls = spotOff && premium < 0 ? premium : 0;
		for (let i = 1; i < futures.length; i++) {
			const x = (futures[i].price / futures[i - 1].price - 1) * 100;
			if (x >= HUMP_PCT) rises = Math.max(rises, x);
			if (x <= -HUMP_PCT) falls = Math.min(falls, x);
		}
		const vs = `VX1 ${fmt(vx1)} ${front > 0 ? '<' : front < 0 ? '>' : '='} VX2 ${fmt(vx2 as number)}`;
		const flatFront = `${vs}: front flat (${signed(front)} %, within ±${FLAT_BAND_PCT} %)`;
		if (rises > 0 && falls < 0) {
			regime = 'mixed';
			reasons.push(
				`the curve ${spotOff ? '(spot included) ' : ''}both rises (up to +${fmt(rises)} % per step) and falls (down to ${fmt(falls)} %): humped`,
			);
			reasons.push(`${vs} (${signed(front)} %)`);
		} else if (Math.abs(front) < FLAT_BAND_PCT && !spotOff) {
			regime = 'flat';
			reasons.push(flatFront);
			reasons.push(
				`spot VIX ${fmt(vix)} within ${SPOT_OFF_CURVE_PCT} % of VX1 (${signed(premium, 1)} %): on the curve`,
			);
		} else if (Math.abs(front) < FLAT_BAND_PCT) {
			regime = spotSide;
			reasons.push(flatFront);
			reasons.push(
				`but spot VIX ${fmt(vix)} is ${premium > 0 ? 'below' : 'above'} VX1 by ${fmt(Math.abs(premium), 1)} % of spot: ${regime} from spot`,
			);
		} else {
			regime = front > 0 ? 'contango' : 'backwardation';
			reasons.push(`${vs}: front in ${regime} (${signed(front)} %)`);
		}
	}
	if (measures.vixOverVix3m !== null)
		reasons.push(
			`VIX/VIX3M ${fmt(measures.vixOverVix3m, 3)} ${measures.vixOverVix3m > 1 ? '> 1: spot term structure inverted' : '≤ 1: spot term structure upward'}`,
		);
	reasons.push(
		`VX1 ${premium >= 0 ? 'premium' : 'discount'} to spot ${fmt(Math.abs(premium), 1)} %: rolls ${signed(measures.dailyRollPts, 3)} pts per business day over ${measures.vx1BusinessDays} days`,
	);
	return { regime, measures, reasons };
}
