// The replay (docs/history.md, "Replay"): the book's rules — condor rule, 4/4/2 rule and sizing, one policy, condor
// management, trading costs — entered at a history day's close and marked at every close to the condor's expiry
// with the app's pricing. Each day's P&L is the lab's rule engine run on the real path with that close as its
// horizon, so a day's figures are what closing the book there would have given: the same accounting, no copy.
import type { IsoDate } from '../types';
import type { BookSpec } from '../book/bookSpec';
import { type PolicySpec } from '../simulation/policySpec';
import { pathOutcome, type PathOutcome } from '../simulation/pathRun';
import { runPolicyOnPath } from '../simulation/policies';
import type { PolicyEntry } from '../simulation/policyEntries';
import type { HistoryDays, SoqSource } from './historyDays';
import { historyStart, type HistoryStart } from './historyStart';
import { dayIndex, type HistoryTable } from './historyTable';
import { replayEvents, type ReplayEvent } from './replayEvents';

/** P&L in dollars of the condor alone, the hedge and both. */
export interface BookPnl {
	condorUsd: number;
	hedgeUsd: number;
	combinedUsd: number;
}

export interface ReplayDay extends BookPnl {
	date: IsoDate;
	spx: number;
	vix: number;
	vix3m: number | null;
	/** RSI(14) of VIX after the close (null before 15 VIX rows). */
	rsi: number | null;
	backwardation: boolean;
	/** How many of the day's VX futures are proxies (0: the curve is all CFE settlements). */
	proxyFutures: number;
	/** P&L after every trading cost so far and those of closing the book at this close. */
	afterCosts: BookPnl;
}

export interface ReplayResult {
	policy: { id: string; label: string };
	source: HistoryTable['source'];
	entryDate: IsoDate;
	condorExpiry: IsoDate;
	/** False when the history ends (or breaks) before the condor's expiry: the last day is then the outcome. */
	complete: boolean;
	regime: 'contango' | 'backwardation';
	entry: PolicyEntry;
	/** The ladder as bought: each layer's expiry, strike and price per call (points). */
	layers: { id: string; expiry: IsoDate; strike: number; pricePts: number }[];
	days: ReplayDay[];
	events: ReplayEvent[];
	/** At the last close (the condor's expiry when complete): P&L at mid, the trading costs, after costs. */
	outcome: BookPnl & { costs: { condorUsd: number; hedgeUsd: number }; afterCosts: BookPnl };
	/** Every layer expiry settled by the last close: its settlement value and where it comes from. */
	settlements: { expiry: IsoDate; valuePts: number; source: SoqSource }[];
}

/** The start's marks and VX tables cut at step k: the same arrays (marks filled once), a shorter horizon. */
function cutAt(start: HistoryStart, k: number): Pick<HistoryStart, 'marks' | 'vx'> {
	const { marks, vx } = start;
	const s = k + 1;
	const count = vx.settleStep.length;
	const dteDays = new Int32Array(count * s);
	for (let e = 0; e < count; e++)
		dteDays.set(vx.dteDays.subarray(e * marks.stride, e * marks.stride + s), e * s);
	return {
		marks: {
			...marks,
			stride: s,
			block: { ...marks.block, steps: k },
			condors: marks.condors.map((a) => a.subarray(0, s)),
			layers: marks.layers.map((a) => a.subarray(0, s)),
			back: marks.back.subarray(0, s),
			rsi: marks.rsi.subarray(0, s),
			condorDteDays: marks.condorDteDays.subarray(0, s),
		},
		vx: { ...vx, dteDays },
	};
}

const pnl = (o: PathOutcome): BookPnl => ({
	condorUsd: o.condorUsd,
	hedgeUsd: o.hedgeUsd,
	combinedUsd: o.condorUsd + o.hedgeUsd,
});
const net = (o: PathOutcome): BookPnl => ({
	condorUsd: o.condorUsd - o.condorCostsUsd,
	hedgeUsd: o.hedgeUsd - o.hedgeCostsUsd,
	combinedUsd: o.condorUsd - o.condorCostsUsd + o.hedgeUsd - o.hedgeCostsUsd,
});
const orNull = (x: number) => (x === x ? x : null);

/**
 * Replays one policy from a history day's close to the condor's expiry (or the history's last day).
 * @param days the priced days of a history (historyDays of the imported table or of embeddedHistoryTable()).
 * @param entryDate a day of the table ('YYYY-MM-DD'); see replayEntryDate for "N business days before a flip".
 * @throws RangeError when the date is not a day of the history, nothing follows it, or the book cannot be entered.
 * @example replay(historyDays(embeddedHistoryTable()), DEFAULT_BOOK_SPEC, DEFAULT_POLICIES[0], '2018-01-19')
 */
export function replay(
	days: HistoryDays,
	spec: BookSpec,
	policy: PolicySpec,
	entryDate: IsoDate,
): ReplayResult {
	const { table } = days;
	const first = dayIndex(table, entryDate);
	if (first < 0)
		throw new RangeError(`${entryDate} is not a day of this history (no SPX, VIX and VIX3M close)`);
	const start = historyStart(days, first, spec, [policy], false);
	if (!start) throw new RangeError(`the history has no day after ${entryDate} to mark the book on`);
	const book = start.books[0];
	const steps = start.last - first;
	const daily: ReplayDay[] = [];
	for (let k = 0; k <= steps; k++) {
		const { marks, vx } = cutAt(start, k);
		const o = runPolicyOnPath(policy, book, marks, vx, start.rollStrike, spec.costs, 0, pathOutcome());
		const i = first + k;
		daily.push({
			date: table.dates[i],
			spx: table.spx[i],
			vix: table.vix[i],
			vix3m: orNull(table.vix3m[i]),
			rsi: orNull(table.rsi[i]),
			backwardation: start.marks.back[k] === 1,
			proxyFutures: days.day(i).proxy.filter(Boolean).length,
			...pnl(o),
			afterCosts: net(o),
		});
	}
	const { events, outcome } = replayEvents(days, start, policy, spec.costs);
	const lastDay = table.days[start.last];
	return {
		policy: { id: policy.id, label: policy.label },
		source: table.source,
		entryDate,
		condorExpiry: start.model.condorExpiry,
		complete: start.complete,
		regime: start.regime,
		entry: start.entries[0],
		layers: start.layers.map(({ id, expiry, strike, pricePts }) => ({ id, expiry, strike, pricePts })),
		days: daily,
		events,
		outcome: {
			...pnl(outcome),
			costs: { condorUsd: outcome.condorCostsUsd, hedgeUsd: outcome.hedgeCostsUsd },
			afterCosts: net(outcome),
		},
		settlements: [...new Set(start.layers.map((l) => l.expiryIndex))]
			.filter((g) => table.expiryDays[g] <= lastDay)
			.map((g) => ({ expiry: table.expiries[g], valuePts: days.soq(g).value, source: days.soq(g).source })),
	};
}

/**
 * The day `businessDays` rows before a date of the history (the entry of "N days before the flip").
 * @throws RangeError when the date is not a day of the history or lies fewer rows from its start.
 */
export function replayEntryDate(table: HistoryTable, flipDate: IsoDate, businessDays: number): IsoDate {
	const i = dayIndex(table, flipDate);
	if (i < 0) throw new RangeError(`${flipDate} is not a day of this history`);
	let reach = 0;
	while (reach < i && table.follows[i - reach] === 1) reach++;
	if (!(Number.isInteger(businessDays) && businessDays >= 0 && businessDays <= reach))
		throw new RangeError(
			`businessDays must be a whole number 0–${reach} before ${flipDate} here (got ${businessDays})`,
		);
	return table.dates[i - businessDays];
}
