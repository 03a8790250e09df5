// The history that needs no import (docs/history.md, "Without an import"): the four flip episodes embedded in the
// app — Feb 2018, Mar 2020, Aug 2024, Apr 2025 — each 30 business days before to 60 after its flip, with SPX, VIX,
// VIX3M and the first three VX settlements a day, the 59 VIX rows before it (so RSI reads as on the presets' dates)
// and the SOQ of every VX expiry it names. Generated facts (scripts/measure/presetHistory.ts).
import type { IsoDate } from '../types';
import { epochDayOf } from '../market/isoDate';
import {
	EPISODE_VX_EXPIRIES,
	EPISODE_VX_SETTLEMENTS,
	FLIP_EPISODES,
	type FlipEpisode,
} from '../measured/flipEpisodes.generated';
import { buildHistoryTable, type HistoryTable, type TableSegment, type VxFacts } from './historyTable';

/** An episode's VIX rows (its prior rows, then its days and holiday rows by date) and its valued days. */
function segmentOf(e: FlipEpisode): TableSegment {
	const rows: number[] = [...e.vixBefore];
	const days: TableSegment['days'][number][] = [];
	const holidays = [...e.vixHolidays];
	e.dates.forEach((date, k) => {
		while (holidays.length > 0 && holidays[0].date < date) rows.push(holidays.shift()!.close);
		days.push({ day: epochDayOf(date), spx: e.spx[k], vix3m: e.vix3m[k] ?? NaN, row: rows.length });
		rows.push(e.vix[k]);
	});
	return { vixRows: rows, days };
}

/** VX1–VX3 of every episode day by expiry, and the SOQs. */
function episodeFacts(): VxFacts {
	const byExpiry = new Map<IsoDate, Map<number, number>>();
	const settledDays = new Set<number>();
	for (const e of FLIP_EPISODES)
		e.dates.forEach((date, k) => {
			const day = epochDayOf(date);
			e.vx.forEach((column, j) => {
				const price = column[k];
				if (price === null) return;
				const expiry = EPISODE_VX_EXPIRIES[e.vx1Expiry[k] + j];
				if (!byExpiry.has(expiry)) byExpiry.set(expiry, new Map());
				byExpiry.get(expiry)!.set(day, price);
				settledDays.add(day);
			});
		});
	const sorted = new Map(
		[...byExpiry].map(([expiry, byDay]) => {
			const days = [...byDay.keys()].sort((a, b) => a - b);
			return [expiry, { days, settle: days.map((d) => byDay.get(d)!) }] as const;
		}),
	);
	return {
		settlements: (expiry) => sorted.get(expiry),
		finalOf: (expiry) => EPISODE_VX_SETTLEMENTS[EPISODE_VX_EXPIRIES.indexOf(expiry)] ?? undefined,
		settledDays,
	};
}

/** The day each embedded episode is centred on (its preset's date), oldest first. A function, not a constant: a
 * module-level call would keep the episodes' data in every bundle that imports the engine. */
export const embeddedEpisodeDates = (): IsoDate[] => FLIP_EPISODES.map((e) => e.date);

let table: HistoryTable | null = null;

/** The embedded episodes' table (built once; treat it as read-only). */
export function embeddedHistoryTable(): HistoryTable {
	return (table ??= buildHistoryTable('episodes', FLIP_EPISODES.map(segmentOf), episodeFacts()));
}
