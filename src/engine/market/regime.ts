// Regime of the VIX futures curve (DESIGN §1, §4.2): the measures traders quote and a label with the numbers behind it.
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

/** Below this |front contango %| the curve is called flat. */
export const FLAT_BAND_PCT = 1;
/** A later segment must move at least this much (%) against the front to make the curve humped (mixed). */
const HUMP_PCT = 1;

const fmt = (x: number, digits = 2) => x.toFixed(digits);

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
		vixOverVix3m: vix3m === null ? null : vix / vix3m,
		vx1PremiumPct: (vx1 / vix - 1) * 100,
		dailyRollPts: (vx1 - vix) / vx1BusinessDays,
		vx1BusinessDays,
		slopePtsPer30d: farDays > 0 ? ((far.price - vx1) / farDays) * 30 : null,
	};

	// Segment changes along the curve: spot→VX1 is not used for the label (spot is not a tradable point) but is reported.
	const segments: number[] = [];
	for (let i = 1; i < futures.length; i++) segments.push((futures[i].price / futures[i - 1].price - 1) * 100);

	const reasons: string[] = [];
	let regime: Regime;
	const front = measures.frontContangoPct;
	if (front === null) {
		// One future only: compare it with spot.
		const premium = measures.vx1PremiumPct;
		regime = Math.abs(premium) < FLAT_BAND_PCT ? 'flat' : premium > 0 ? 'contango' : 'backwardation';
		reasons.push(
			`VX1 ${fmt(vx1)} vs VIX ${fmt(vix)}: ${premium >= 0 ? '+' : ''}${fmt(premium, 1)} % (only one future given)`,
		);
	} else {
		const sign = Math.sign(front);
		const against = segments.slice(1).find((s) => Math.abs(s) >= HUMP_PCT && Math.sign(s) === -sign);
		if (Math.abs(front) < FLAT_BAND_PCT) {
			regime = 'flat';
			reasons.push(
				`VX2/VX1 − 1 = ${fmt(front)} %: within ±${FLAT_BAND_PCT} %, the front of the curve is flat`,
			);
		} else if (against !== undefined) {
			regime = 'mixed';
			reasons.push(
				`front ${front > 0 ? 'rises' : 'falls'} ${fmt(Math.abs(front))} % but a later month ${against > 0 ? 'rises' : 'falls'} ${fmt(Math.abs(against))} %: the curve is humped`,
			);
		} else {
			regime = front > 0 ? 'contango' : 'backwardation';
			reasons.push(
				`VX1 ${fmt(vx1)} ${front > 0 ? '<' : '>'} VX2 ${fmt(vx2 as number)}: front ${regime} (${front > 0 ? '+' : ''}${fmt(front)} %)`,
			);
		}
	}
	if (measures.vixOverVix3m !== null)
		reasons.push(
			`VIX/VIX3M ${fmt(measures.vixOverVix3m, 3)} ${measures.vixOverVix3m > 1 ? '> 1: spot term structure inverted' : '≤ 1: spot term structure upward'}`,
		);
	reasons.push(
		`VX1 ${measures.vx1PremiumPct >= 0 ? 'premium' : 'discount'} to spot ${fmt(Math.abs(measures.vx1PremiumPct), 1)} %, rolling ${fmt(measures.dailyRollPts, 3)} pts per business day`,
	);
	return { regime, measures, reasons };
}
