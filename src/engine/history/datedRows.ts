// Walking a file's data rows under its header: blank lines skipped, the column count and the date checked the
// same way for every layout, rows before the calendar counted and left out; the layout's parser reads the rest.

import { clip, readDate, type DateStyle } from './csvFields';
import type { Layout } from './layouts';
import { refusal, type ImportNotes, type Refusal } from './series';

/** A data row with a date inside the calendar: its trimmed fields, file line and day number. */
export interface DatedRow {
	fields: string[];
	line: number;
	epochDay: number;
}

/**
 * Calls `visit` on each dated row (rows[0] is the header, row i is line i + 1) until it returns a refusal.
 * A file's first dated row fixes its date style when the layout allows either.
 * @returns the first refusal, or null when every row passed
 */
export function forEachDatedRow(
	rows: readonly string[][],
	layout: Layout,
	notes: ImportNotes,
	visit: (row: DatedRow) => Refusal | null,
): Refusal | null {
	let style: DateStyle = layout.dates;
	for (let i = 1; i < rows.length; i++) {
		const line = i + 1;
		const raw = rows[i];
		if (raw.length === 1 && raw[0].trim() === '') continue;
		notes.rows++;
		if (raw.length !== layout.header.length) {
			return refusal(line, `${raw.length} columns where the header has ${layout.header.length}`);
		}
		const fields = raw.map((f) => f.trim());
		const date = readDate(fields[0], style);
		if (date.kind === 'bad') return refusal(line, date.message);
		if (date.kind === 'beforeCalendar') {
			notes.beforeCalendar++;
			continue;
		}
		style = date.style;
		const problem = visit({ fields, line, epochDay: date.epochDay });
		if (problem) return problem;
	}
	return null;
}

/** The refusal of a field that should be a number. */
export function notANumber(row: DatedRow, layout: Layout, column: number): Refusal {
	return refusal(row.line, `${layout.header[column]} '${clip(row.fields[column])}' is not a number`);
}
