// The History screen's timeline of a history table: per day SPX, VIX, VIX3M, RSI(14) of VIX and MACD(12, 26, 9) of
// VIX3M − VIX. Each stretch of rows (the whole import, or one embedded episode) gets its own MACD, so no average runs
// across the years between two episodes.
import type { HistoryTable } from './historyTable';
import { termSpreadMacd } from './indicators';
import type { IndexSeries } from './series';

export interface HistoryTimeline {
	source: HistoryTable['source'];
	/** Days since 1970-01-01 of the table's days. */
	days: Int32Array;
	/**
	 * Per day, index points (RSI 0–100, MACD in VIX points). NaN marks a day without a value — VIX3M unknown, an
	 * indicator not yet defined — which the chart layers draw as a gap.
	 */
	spx: Float64Array;
	vix: Float64Array;
	vix3m: Float64Array;
	rsi: Float64Array;
	macdLine: Float64Array;
	macdSignal: Float64Array;
	macdHistogram: Float64Array;
	/** The first row of each stretch of consecutive rows (0 first): lines break before them. */
	stretchStarts: Int32Array;
	/** Days with VIX above VIX3M, and their share of the days with both (a fraction 0–1). */
	backwardationDays: number;
	backwardationFraction: number;
}

/** The first row of each stretch of the table's rows (an embedded episode, or the whole import). */
function stretches(table: HistoryTable): number[] {
	const starts: number[] = [];
	table.vixRowFrom.forEach((from, i) => {
		if (i === 0 || from !== table.vixRowFrom[i - 1]) starts.push(i);
	});
	return starts;
}

/**
 * VIX and VIX3M of rows [from, to) as index series, VIX3M on the rows that have it (`known`: their rows, which are
 * the two series' common days in order, since every row has VIX).
 */
export function termSeries(
	table: HistoryTable,
	from = 0,
	to = table.days.length,
): { vix: IndexSeries; vix3m: IndexSeries; known: number[] } {
	const known: number[] = [];
	for (let i = from; i < to; i++) if (table.vix3m[i] === table.vix3m[i]) known.push(i);
	return {
		vix: { id: 'VIX', days: table.days.slice(from, to), close: table.vix.slice(from, to) },
		vix3m: {
			id: 'VIX3M',
			days: Int32Array.from(known, (i) => table.days[i]),
			close: Float64Array.from(known, (i) => table.vix3m[i]),
		},
		known,
	};
}

/**
 * The timeline of a table.
 * @example historyTimeline(embeddedHistoryTable()).stretchStarts.length // 4 (one per episode)
 */
export function historyTimeline(table: HistoryTable): HistoryTimeline {
	const n = table.days.length;
	const line = new Float64Array(n).fill(NaN);
	const signal = new Float64Array(n).fill(NaN);
	const histogram = new Float64Array(n).fill(NaN);
	const starts = stretches(table);
	starts.forEach((from, k) => {
		const { vix, vix3m, known } = termSeries(table, from, starts[k + 1] ?? n);
		const macd = termSpreadMacd(vix, vix3m);
		const put = (out: Float64Array, a: { startRow: number; values: Float64Array }) =>
			a.values.forEach((x, j) => (out[known[a.startRow + j]] = x));
		put(line, macd.line);
		put(signal, macd.signal);
		put(histogram, macd.histogram);
	});
	let both = 0;
	let back = 0;
	for (let i = 0; i < n; i++)
		if (table.vix3m[i] === table.vix3m[i]) {
			both++;
			if (table.vix[i] > table.vix3m[i]) back++;
		}
	return {
		source: table.source,
		days: table.days.slice(),
		spx: table.spx.slice(),
		vix: table.vix.slice(),
		vix3m: table.vix3m.slice(),
		rsi: table.rsi.slice(),
		macdLine: line,
		macdSignal: signal,
		macdHistogram: histogram,
		stretchStarts: Int32Array.from(starts),
		backwardationDays: back,
		backwardationFraction: both === 0 ? 0 : back / both,
	};
}
