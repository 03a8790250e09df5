// The timeline's indicators on real history: RSI(14) of VIX, and MACD(12, 26, 9) of the term-structure spread
// VIX3M − VIX. Values start where they are defined: each series carries the row of its first value, and no NaN
// stands in for the rows before it.

import { wilderRsiSeries } from '../math/rsi';
import { commonDays } from './commonDays';
import type { IndexSeries } from './series';

/** Values aligned with a list of days from `startRow` on: values[k] belongs to days[startRow + k]. */
export interface AlignedValues {
	/** Row of the first value; equal to the number of days when there is none. */
	startRow: number;
	values: Float64Array;
}

/**
 * Wilder's RSI(n) of a series' closes, from the (n + 1)-th close on.
 * @param series - daily closes (VIX for the timeline)
 * @param n - look-back, days
 * @example vixRsi(vix).startRow // 14
 */
export function vixRsi(series: IndexSeries, n = 14): AlignedValues {
	const values = wilderRsiSeries(series.close, n);
	return { startRow: series.close.length - values.length, values };
}

/**
 * Exponential moving average with α = 2/(n + 1), seeded with the simple mean of the first n inputs (the
 * convention of Appel's MACD and of TA-Lib), so its first value is at input row n − 1.
 * @param input - values, oldest first
 * @param n - span, rows (integer ≥ 1)
 * @example ema([1, 2, 3, 4], 2) // { startRow: 1, values: [1.5, 2.5, 3.5] }
 */
export function ema(input: ArrayLike<number>, n: number): AlignedValues {
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer ≥ 1, got ${n}`);
	if (input.length < n) return { startRow: input.length, values: new Float64Array(0) };
	const alpha = 2 / (n + 1);
	const values = new Float64Array(input.length - n + 1);
	let sum = 0;
	for (let i = 0; i < n; i++) sum += input[i];
	values[0] = sum / n;
	for (let i = n; i < input.length; i++) {
		values[i - n + 1] = values[i - n] + alpha * (input[i] - values[i - n]);
	}
	return { startRow: n - 1, values };
}

/** MACD of the term-structure spread, on the days VIX and VIX3M both have. */
export interface TermSpreadMacd {
	days: Int32Array;
	/** VIX3M − VIX, index points (positive in contango). */
	spreadPts: Float64Array;
	/** EMA(fast) − EMA(slow) of the spread, points; from row slow − 1. */
	line: AlignedValues;
	/** EMA(signal) of the line; from row slow + signal − 2. */
	signal: AlignedValues;
	/** Line − signal; same rows as the signal. */
	histogram: AlignedValues;
}

/**
 * MACD(fast, slow, signal) of VIX3M − VIX, every EMA seeded with the simple mean of its first inputs.
 * @param vix - VIX closes
 * @param vix3m - VIX3M closes
 * @param spans - EMA spans in rows: fast < slow, signal ≥ 1 (default 12, 26, 9)
 * @example termSpreadMacd(vix, vix3m).signal.startRow // 33
 */
export function termSpreadMacd(
	vix: IndexSeries,
	vix3m: IndexSeries,
	spans: { fast: number; slow: number; signal: number } = { fast: 12, slow: 26, signal: 9 },
): TermSpreadMacd {
	if (!(spans.fast < spans.slow))
		throw new RangeError(`the fast span must be below the slow one, got ${spans.fast}, ${spans.slow}`);
	const { days, a: spot, b: threeMonth } = commonDays(vix, vix3m);
	const spreadPts = threeMonth.map((x, i) => x - spot[i]);
	const fast = ema(spreadPts, spans.fast);
	const slow = ema(spreadPts, spans.slow);
	const lineValues = slow.values.map((s, k) => fast.values[k + slow.startRow - fast.startRow] - s);
	const line = { startRow: slow.startRow, values: lineValues };
	const signalEma = ema(lineValues, spans.signal);
	const signal = {
		startRow: Math.min(line.startRow + signalEma.startRow, days.length),
		values: signalEma.values,
	};
	const histogram = {
		startRow: signal.startRow,
		values: signalEma.values.map((s, k) => lineValues[k + signalEma.startRow] - s),
	};
	return { days, spreadPts, line, signal, histogram };
}
