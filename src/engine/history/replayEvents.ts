// Where each rule fired in a replay (docs/history.md, "Replay"): the entry, the promoter's trades in and out of
// backwardation, the monetizing sale, a roll, the condor's early close, each layer's settlement and the condor's
// expiry — with the date and the readings behind it. Numbers only: the History screen writes the sentences.
import type { IsoDate } from '../types';
import { SPX_MULTIPLIER } from '../conventions';
import type { LayerId } from '../book/ladderSpec';
import type { TradingCosts } from '../book/tradingCosts';
import { type PolicySpec } from '../simulation/policySpec';
import {
	CLOSE_DTE,
	CLOSE_HORIZON,
	CLOSE_STOP,
	CLOSE_TAKE_PROFIT,
	pathOutcome,
	type PathOutcome,
	type TradeKind,
} from '../simulation/pathRun';
import { runPolicyOnPath } from '../simulation/policies';
import type { HistoryDays, SoqSource } from './historyDays';
import type { HistoryStart } from './historyStart';

export type ReplayRule =
	'entry' | 'promoter' | 'monetize' | 'roll' | 'takeProfit' | 'stop' | 'closeAtDte' | 'settlement' | 'expiry';

export interface ReplayEvent {
	date: IsoDate;
	/** Closes after the entry (0: the entry close). */
	step: number;
	rule: ReplayRule;
	/** The hedge layer traded or settled (null: the condor). */
	layer: LayerId | null;
	expiry: IsoDate;
	strike: number | null;
	/** Calls bought (> 0) or sold (< 0); condors opened (> 0) or closed (< 0). */
	contracts: number;
	/** Price per call or per condor, points (a settlement: its value). */
	pricePts: number;
	/** The readings the rule fired on. */
	why: {
		vix: number;
		vix3m: number | null;
		rsi: number | null;
		backwardation: boolean;
		/** Calendar days left to the traded call's expiry (to the condor's, for condor events). */
		dteDays: number;
		/** The condor's P&L at that close, dollars (mid). */
		condorPnlUsd: number;
		/** For a settlement: the SOQ from the history, or VIX's last close before the open. */
		soqSource: SoqSource | null;
	};
}

/** The rule behind each early close of the condor. */
const RULE_OF_CLOSE: Record<number, ReplayRule> = {
	[CLOSE_TAKE_PROFIT]: 'takeProfit',
	[CLOSE_STOP]: 'stop',
	[CLOSE_DTE]: 'closeAtDte',
};

/**
 * Runs the policy once on the whole path, listing every rule firing; returns them with the outcome.
 */
export function replayEvents(
	days: HistoryDays,
	start: HistoryStart,
	policy: PolicySpec,
	costs: TradingCosts,
): { events: ReplayEvent[]; outcome: PathOutcome } {
	const { table } = days;
	const { marks, first, books, layers } = start;
	const book = books[0];
	const condorExpiry = start.model.condorExpiry;
	const condorMark = (j: number) => {
		const v = marks.condors[book.condorIndex][j];
		return v === v ? v : marks.fill!.condor(book.condorIndex, 0, j);
	};
	const reading = (j: number) => {
		const i = first + j;
		const rsi = table.rsi[i];
		const v3 = table.vix3m[i];
		return {
			vix: table.vix[i],
			vix3m: v3 === v3 ? v3 : null,
			rsi: rsi === rsi ? rsi : null,
			backwardation: marks.back[j] === 1,
			condorPnlUsd: (book.creditPts - condorMark(j)) * SPX_MULTIPLIER * book.qty,
		};
	};
	const trades: { j: number; l: number; n: number; price: number; kind: TradeKind; g: number; K: number }[] =
		[];
	const outcome = runPolicyOnPath(
		policy,
		book,
		marks,
		start.vx,
		start.rollStrike,
		costs,
		0,
		pathOutcome(),
		(j, l, n, price, kind, e, K) => trades.push({ j, l, n, price, kind, g: start.expiryBase + e, K }),
	);
	const events: ReplayEvent[] = [];
	const dte = (j: number, g: number) => table.expiryDays[g] - table.days[first + j];
	const condorDte = (j: number) => start.condorTables[book.condorIndex].dteDays[j];
	events.push({
		date: table.dates[first],
		step: 0,
		rule: 'entry',
		layer: null,
		expiry: condorExpiry,
		strike: null,
		contracts: book.qty,
		pricePts: book.creditPts,
		why: { ...reading(0), dteDays: condorDte(0), soqSource: null },
	});
	for (const t of trades) {
		const rule: ReplayRule =
			t.j === 0
				? 'entry'
				: t.kind !== 'rebalance'
					? 'roll'
					: t.j === outcome.monetizeStep && t.l === book.nearLayer && t.n < 0
						? 'monetize'
						: 'promoter';
		events.push({
			date: table.dates[first + t.j],
			step: t.j,
			rule,
			layer: layers[t.l].id as LayerId,
			expiry: table.expiries[t.g],
			strike: t.K,
			contracts: t.n,
			pricePts: t.price,
			why: { ...reading(t.j), dteDays: dte(t.j, t.g), soqSource: null },
		});
	}
	if (outcome.closeReason !== CLOSE_HORIZON) {
		const j = outcome.condorCloseStep;
		events.push({
			date: table.dates[first + j],
			step: j,
			rule: RULE_OF_CLOSE[outcome.closeReason],
			layer: null,
			expiry: condorExpiry,
			strike: null,
			contracts: -book.qty,
			pricePts: condorMark(j),
			why: { ...reading(j), dteDays: condorDte(j), soqSource: null },
		});
	}
	const steps = start.last - first;
	const settled = new Set<number>();
	for (const t of trades) {
		const j = start.vx.settleStep[t.g - start.expiryBase];
		if (t.n <= 0 || j > steps || settled.has(t.g)) continue;
		settled.add(t.g);
		const soq = days.soq(t.g);
		events.push({
			date: table.dates[first + j],
			step: j,
			rule: 'settlement',
			layer: layers[t.l].id as LayerId,
			expiry: table.expiries[t.g],
			strike: t.K,
			contracts: 0,
			pricePts: soq.value,
			why: { ...reading(j), dteDays: 0, soqSource: soq.source },
		});
	}
	if (start.complete)
		events.push({
			date: table.dates[start.last],
			step: steps,
			rule: 'expiry',
			layer: null,
			expiry: condorExpiry,
			strike: null,
			contracts: 0,
			pricePts: condorMark(steps),
			why: { ...reading(steps), dteDays: 0, soqSource: null },
		});
	events.sort((a, b) => a.step - b.step);
	return { events, outcome };
}
