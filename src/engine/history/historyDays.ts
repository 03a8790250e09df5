// Each history day priced once (docs/history.md, "Marking"): its market, the VIX side of its model (the VX curve fitted
// to that day's real or proxy futures, the vol-of-vol surface), and the value of any VIX call on it by the what-if
// kernel — or, from its expiry on, its settlement at the SOQ. Built lazily and shared by every replay and back-test
// start that reads the day, so the curve of a day is fitted once however many books hold calls on it.
import type { IsoDate } from '../types';
import { newYorkInstant } from '../market/newYorkTime';
import { settlementInstant } from '../market/settlement';
import { yearFraction } from '../market/yearFraction';
import { buildVixModel, type VixModel } from '../scenario/marketModel';
import { vixCallValue, vixDateState, vixSlot, type VixDateState, type VixSlot } from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { CLOSE_MINUTES_ET } from '../simulation/stepGrid';
import { historicalMarket, type HistoricalMarket } from './historicalMarket';
import type { HistoryTable } from './historyTable';

export interface HistoryDay extends HistoricalMarket {
	model: VixModel;
	/** The day's VIX side at its close, no shock: what its VIX calls are valued in. */
	state: VixDateState;
	/** VIX above VIX3M (above VX1 where VIX3M is unknown): the history's backwardation, as on the timeline. */
	backwardation: boolean;
}

/** Where an expiry's settlement value comes from: the source's SOQ, or VIX's last close before the open. */
export type SoqSource = 'real' | 'priorClose';

export interface HistoryDays {
	table: HistoryTable;
	/** UTC ms of each day's 16:00 ET close. */
	closeMs: Float64Array;
	/** The index of a VX expiry in the table's expiries (−1: not listed there). */
	expiryIndex(expiry: IsoDate): number;
	day(i: number): HistoryDay;
	/** The slot of table expiry g on day i (before its settlement). */
	slot(i: number, g: number): VixSlot;
	/** One call (table expiry g, strike K points) on day i, points: Black-76 before settlement, then SOQ − K. */
	callValue(i: number, g: number, K: number): number;
	/** The settlement value of table expiry g, VIX points, and where it comes from. */
	soq(g: number): { value: number; source: SoqSource };
}

/**
 * The lazily priced days of a table.
 * @example historyDays(embeddedHistoryTable()).callValue(i, g, 20) // one call, VIX points
 */
export function historyDays(table: HistoryTable): HistoryDays {
	const n = table.days.length;
	const days: (HistoryDay | undefined)[] = new Array(n);
	const slots = new Map<number, VixSlot>();
	const settleMs = table.expiries.map((e) => settlementInstant(e, 'AM'));
	const closeMs = Float64Array.from(table.dates, (d) => newYorkInstant(d, CLOSE_MINUTES_ET));
	const soqs = new Map<number, { value: number; source: SoqSource }>();
	const indexOf = new Map(table.expiries.map((e, g) => [e, g]));

	const day = (i: number): HistoryDay => {
		const cached = days[i];
		if (cached) return cached;
		const hist = historicalMarket(table, i);
		const model = buildVixModel(hist.market);
		const m = hist.market;
		const built = {
			...hist,
			model,
			state: vixDateState(model, NO_SHOCK, 0),
			backwardation: m.vix > (m.vix3m ?? m.futures[0].price),
		};
		days[i] = built;
		return built;
	};
	const slot = (i: number, g: number): VixSlot => {
		const key = i * table.expiries.length + g;
		let s = slots.get(key);
		if (s === undefined) {
			const d = day(i);
			slots.set(key, (s = vixSlot(d.state, yearFraction(d.model.valuationMs, settleMs[g]))));
		}
		return s;
	};
	const soq = (g: number) => {
		let s = soqs.get(g);
		if (s === undefined) {
			const real = table.final[g];
			if (real === real) s = { value: real, source: 'real' };
			else {
				let i = n - 1;
				while (i > 0 && table.days[i] >= table.expiryDays[g]) i--;
				s = { value: table.vix[i], source: 'priorClose' };
			}
			soqs.set(g, s);
		}
		return s;
	};
	return {
		table,
		closeMs,
		expiryIndex: (expiry) => indexOf.get(expiry) ?? -1,
		day,
		slot,
		soq,
		callValue: (i, g, K) => {
			if (table.days[i] >= table.expiryDays[g]) return Math.max(soq(g).value - K, 0);
			return vixCallValue(day(i).state, slot(i, g), K, table.vix[i]);
		},
	};
}
