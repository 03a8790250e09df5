// Reading an index history file (Cboe, Yahoo, Stooq or FRED layout) into a series of daily closes.

import { clip, readDecimal } from './csvFields';
import { addDailyRow, emptyDailyRows, finishDailyRows } from './dailyRows';
import { forEachDatedRow, notANumber } from './datedRows';
import type { Layout } from './layouts';
import {
	MAX_CLOSE,
	refusal,
	type ImportNotes,
	type ImportResult,
	type IndexId,
	type IndexSeries,
} from './series';
import { MIN_CALENDAR_YEAR } from '../market/isoDate';

/**
 * The closes of an index file whose header matched `layout`. Every other column must be a number (or blank, or
 * the layout's missing-value mark); the close must be above 0 and at most MAX_CLOSE[id].
 * @param rows - the file's rows, rows[0] the header
 * @param layout - the matched layout (not 'cfe')
 * @param id - the index the file holds
 * @param notes - counts of rows left out, filled in
 */
export function parseIndexRows(
	rows: readonly string[][],
	layout: Layout,
	id: IndexId,
	notes: ImportNotes,
): ImportResult<IndexSeries> {
	const daily = emptyDailyRows();
	const name = layout.header[layout.valueColumn];
	const problem = forEachDatedRow(rows, layout, notes, (row) => {
		const text = row.fields[layout.valueColumn];
		if (layout.missing.includes(text)) {
			notes.missingValue++;
			return null;
		}
		for (let c = 1; c < row.fields.length; c++) {
			const field = row.fields[c];
			if (c !== layout.valueColumn && field !== '' && !layout.missing.includes(field)) {
				if (Number.isNaN(readDecimal(field))) return notANumber(row, layout, c);
			}
		}
		const close = readDecimal(text);
		if (Number.isNaN(close)) return notANumber(row, layout, layout.valueColumn);
		if (close <= 0) return refusal(row.line, `${name} ${clip(text)} is not above 0`);
		if (close > MAX_CLOSE[id]) {
			return refusal(row.line, `${name} ${clip(text)} is above ${MAX_CLOSE[id]}, too high for ${id}`);
		}
		addDailyRow(daily, row.epochDay, close, row.line, row.fields);
		return null;
	});
	if (problem) return problem;
	const empty =
		notes.beforeCalendar > 0
			? `no close from ${MIN_CALENDAR_YEAR} on (earlier days are not kept)`
			: 'no close in the file';
	const series = finishDailyRows(daily, rows.length, name.toLowerCase(), empty);
	if (!series.ok) return series;
	notes.identicalDuplicates = series.value.identicalDuplicates;
	return { ok: true, value: { id, days: series.value.days, close: series.value.values } };
}
