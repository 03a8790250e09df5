// The flips a history lists, each flagged with the FOMC decision near it: on imported files the flip scan's
// (history/flips.ts, docs/history.md "Flips"); on the embedded episodes, the day each is centred on with the
// backwardation that followed it (two of the four are not flips by the scan's rule: March 2020 and April 2025 came
// fewer than 20 days after an earlier crossing).
import type { IsoDate } from '../types';
import { embeddedEpisodeDates } from './embeddedHistory';
import { flagFlipsNearFomc, type FlipNearFomc } from './fomc';
import { scanFlips, type Flip } from './flips';
import { dayIndex, type HistoryTable } from './historyTable';
import { termSeries } from './timeline';

/**
 * The episode from row i of the table: the rows from it while VIX stays above VIX3M (within its stretch), the peak
 * VIX close among them. `row` is the table row.
 */
function episodeFrom(table: HistoryTable, i: number): Flip {
	const date = table.dates[i];
	const flip: Flip = {
		date,
		row: i,
		vix: table.vix[i],
		vix3m: table.vix3m[i],
		peakVix: table.vix[i],
		peakDate: date,
		backwardationDays: 0,
		ongoing: false,
	};
	let j = i;
	for (; j < table.days.length && table.vixRowFrom[j] === table.vixRowFrom[i]; j++) {
		if (!(table.vix[j] > table.vix3m[j])) return flip;
		flip.backwardationDays++;
		if (table.vix[j] > flip.peakVix) [flip.peakVix, flip.peakDate] = [table.vix[j], table.dates[j]];
	}
	flip.ongoing = flip.backwardationDays > 0;
	return flip;
}

/**
 * The flips of a table with their FOMC flags (±5 business days).
 * @param episodeDates - for the embedded episodes, the days to list (default: each episode's centre day)
 * @example historyFlips(importedHistoryTable(series)).length // 41 on Cboe's files
 */
export function historyFlips(
	table: HistoryTable,
	episodeDates: readonly IsoDate[] = embeddedEpisodeDates(),
): FlipNearFomc[] {
	if (table.source === 'import') {
		const { vix, vix3m } = termSeries(table);
		return flagFlipsNearFomc(scanFlips(vix, vix3m).flips);
	}
	const rows = episodeDates.map((d) => dayIndex(table, d)).filter((i) => i >= 0);
	return flagFlipsNearFomc(rows.map((i) => episodeFrom(table, i)));
}
