// One start on history (docs/history.md, "Replay"): the book entered at a day's close by each policy's entry rule,
// on that day's market as the app prices it, then the real path to the condor's expiry laid out as the lab's rule
// engine reads a simulated one — one row of marks: the condor by the what-if kernels (entry smile moved to each
// close's VIX in sticky delta, on its SPX), the calls on each close's own VX curve, the SOQ once settled; the
// history's backwardation and RSI(14). Marks are filled on first read and shared by every policy of the start.
import type { IsoDate } from '../types';
import type { BookSpec } from '../book/bookSpec';
import { layerStrike } from '../book/ladderLayers';
import { roundVixStrike } from '../book/ladderSpec';
import { classifyCurve } from '../market/regime';
import { yearFraction } from '../market/yearFraction';
import { modelWithCondor, spxExpiryForDte, type MarketModel } from '../scenario/marketModel';
import { slotFuture } from '../scenario/dateState';
import { condorLegValuesAt, condorMarkAt, condorTables, type CondorTables } from '../simulation/condorMarks';
import type { EntryRule, PolicySpec } from '../simulation/policySpec';
import type { ChunkMarks, EntryBook, PolicyVx } from '../simulation/pathRun';
import {
	entrySpec,
	policyEntries,
	quoteEntry,
	type EntryQuote,
	type PolicyEntry,
} from '../simulation/policyEntries';
import type { StepGrid } from '../simulation/stepGrid';
import type { HistoryDays } from './historyDays';
import { dayIndex } from './historyTable';

export interface HistoryStart {
	/** Table rows of the entry close and of the last close marked (the condor's expiry when `complete`). */
	first: number;
	last: number;
	/** Whether the path reaches the condor's expiry (the history may end or break before it). */
	complete: boolean;
	model: MarketModel;
	grid: StepGrid;
	/** The start's regime by the history's rule: VIX above VIX3M (VX1 where unknown) is backwardation. */
	regime: 'contango' | 'backwardation';
	/** Per policy: its entry book (for the rule engine) and what it entered (for reports). */
	books: EntryBook[];
	entries: PolicyEntry[];
	/** The ladder's layers as entered: id, table expiry index, strike, entry price per call (points). */
	layers: { id: string; expiry: IsoDate; expiryIndex: number; strike: number; pricePts: number }[];
	/** Index into the table's expiries of the start's VX expiry 0. */
	expiryBase: number;
	marks: ChunkMarks;
	vx: PolicyVx;
	rollStrike: (expiryIndex: number, step: number, vix: number) => number;
	condorTables: CondorTables[];
}

/**
 * Lays out the start at table row `first`. With `requireExpiry` (the back-test), a start whose condor's expiry is not
 * a row of the table reached by consecutive business days gives null; otherwise the path ends at the last such row.
 * @throws RangeError when the book cannot be entered on that day (e.g. strikes that cross).
 */
export function historyStart(
	days: HistoryDays,
	first: number,
	spec: BookSpec,
	policies: readonly PolicySpec[],
	requireExpiry: boolean,
): HistoryStart | null {
	const { table } = days;
	const date = table.dates[first];
	const condorExpiry = spxExpiryForDte(date, spec.condorDteDays);
	const expiryRow = dayIndex(table, condorExpiry);
	let last = first;
	const end = expiryRow >= 0 ? expiryRow : table.days.length - 1;
	while (last < end && table.follows[last + 1] === 1 && table.dates[last + 1] <= condorExpiry) last++;
	const complete = last === expiryRow;
	if ((requireExpiry && !complete) || last === first) return null;
	const day = days.day(first);
	const market = day.market;
	const model = modelWithCondor(market, day.model, condorExpiry);
	const regime = classifyCurve(market).regime;
	const quotes = new Map<EntryRule, EntryQuote>();
	for (const p of policies)
		if (!quotes.has(p.entry))
			quotes.set(p.entry, quoteEntry(model, date, entrySpec(spec, p.entry, market, regime)));
	const base = table.firstListed[first];
	const { condors, books, entries } = policyEntries(
		policies,
		quotes,
		spec,
		(e) => days.expiryIndex(e) - base,
	);
	const ref = books[0];
	const refQuote = quotes.get(policies[0].entry)!;
	const steps = last - first;
	const stride = steps + 1;
	const dates = table.dates.slice(first, last + 1);
	const t = Float64Array.from(dates, (_, j) => yearFraction(model.valuationMs, days.closeMs[first + j]));
	const grid: StepGrid = { dates, t, dt: Float64Array.from(t.subarray(1), (x, j) => x - t[j]) };
	const tables = condors.map((k) => condorTables(model, k, grid));
	const spx = table.spx.subarray(first, last + 1);
	const vix = table.vix.subarray(first, last + 1);
	const count = Math.min(table.expiries.length - base, Math.max(...ref.layers.map((l) => l.expiryIndex)) + 2);
	const settleStep = new Int32Array(count);
	const dteDays = new Int32Array(count * stride);
	for (let e = 0; e < count; e++) {
		const expiryDay = table.expiryDays[base + e];
		settleStep[e] = stride;
		for (let j = stride - 1; j >= 0; j--) {
			dteDays[e * stride + j] = expiryDay - table.days[first + j];
			if (table.days[first + j] >= expiryDay) settleStep[e] = j;
		}
	}
	const calls = ref.layers;
	const marks: ChunkMarks = {
		rows: 1,
		stride,
		block: { pairs: 1, steps, spx, vix, vixOpen: new Float64Array(0) },
		condors: tables.map(() => new Float64Array(stride).fill(NaN)),
		layers: calls.map(() => new Float64Array(stride).fill(NaN)),
		back: Uint8Array.from(dates, (_, j) => (backwardationOn(days, first + j) ? 1 : 0)),
		rsi: table.rsi.slice(first, last + 1),
		condorDteDays: tables[0].dteDays,
		fill: {
			condor: (ci, _row, j) => condorMarkAt(tables[ci], spx[j], vix[j], j),
			layer: (l, _row, j) => days.callValue(first + j, base + calls[l].expiryIndex, calls[l].strike),
		},
		condorLegs: (ci, _row, j) => condorLegValuesAt(tables[ci], spx[j], vix[j], j),
		call: (e, K, _row, j) => days.callValue(first + j, base + e, K),
	};
	const rollStrike = (e: number, j: number, v: number) => {
		const d = days.day(first + j);
		const slot = days.slot(first + j, base + e);
		const F = slotFuture(d.state, slot, v);
		return roundVixStrike(
			layerStrike(spec.ladder.strikeRule, d.state, slot, F),
			spec.ladder.halfPointStrikes,
		);
	};
	return {
		first,
		last,
		complete,
		model,
		grid,
		regime: backwardationOn(days, first) ? 'backwardation' : 'contango',
		books,
		entries,
		layers: calls.map((c, i) => ({
			id: refQuote.ladder.layers[i].id,
			expiry: table.expiries[base + c.expiryIndex],
			expiryIndex: base + c.expiryIndex,
			strike: c.strike,
			pricePts: days.callValue(first, base + c.expiryIndex, c.strike),
		})),
		expiryBase: base,
		marks,
		vx: { expiries: { length: count }, settleStep, dteDays },
		rollStrike,
		condorTables: tables,
	};
}

/** The history's backwardation on row i: VIX above VIX3M, or above VX1 where VIX3M is unknown. */
export function backwardationOn(days: HistoryDays, i: number): boolean {
	const v3 = days.table.vix3m[i];
	return v3 === v3 ? days.table.vix[i] > v3 : days.day(i).backwardation;
}
