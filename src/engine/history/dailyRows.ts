// Collecting a file's dated values into one value per date: rows may come in any order; an exact repeat of a
// row is dropped, the same date with a different row refuses the file.

import { isoDateOfEpochDay } from '../market/isoDate';
import { refusal, type ImportResult } from './series';

/** Rows read so far: day number, value, file line and the row's other fields (to tell a repeat from a conflict). */
export interface DailyRows {
	days: number[];
	values: number[];
	lines: number[];
	texts: string[];
}

export function emptyDailyRows(): DailyRows {
	return { days: [], values: [], lines: [], texts: [] };
}

export function addDailyRow(
	rows: DailyRows,
	epochDay: number,
	value: number,
	line: number,
	fields: string[],
) {
	rows.days.push(epochDay);
	rows.values.push(value);
	rows.lines.push(line);
	// The date field is left out: 1/3/2017 and 01/03/2017 are the same day.
	rows.texts.push(fields.slice(1).join(','));
}

/** The rows sorted by date, one per date, and how many exact repeats were dropped. */
export interface DailySeries {
	days: Int32Array;
	values: Float64Array;
	identicalDuplicates: number;
}

/**
 * Sorts the rows by date and drops exact repeats; a date on two different rows refuses the file at the later
 * line, naming both lines and both values. A file with no dated rows is refused at its last line.
 * @param rows - the rows read
 * @param lastLine - the file's last line
 * @param what - the value's name in messages ('close', 'settlement')
 * @param emptyMessage - why there is nothing to store, when no row was kept
 */
export function finishDailyRows(
	rows: DailyRows,
	lastLine: number,
	what: string,
	emptyMessage: string,
): ImportResult<DailySeries> {
	const n = rows.days.length;
	const order = Array.from({ length: n }, (_, i) => i);
	// Stable: equal dates keep file order, so the refusal names the later line.
	if (!rows.days.every((d, i) => i === 0 || rows.days[i - 1] <= d))
		order.sort((a, b) => rows.days[a] - rows.days[b]);
	const days = new Int32Array(n);
	const values = new Float64Array(n);
	let kept = 0;
	let previous = -1;
	for (const i of order) {
		if (kept > 0 && rows.days[i] === days[kept - 1]) {
			if (rows.texts[i] !== rows.texts[previous]) {
				const [first, second] = rows.lines[i] > rows.lines[previous] ? [previous, i] : [i, previous];
				return refusal(
					rows.lines[second],
					`${isoDateOfEpochDay(rows.days[i])} appears on lines ${rows.lines[first]} and ${rows.lines[second]} ` +
						`with different rows (${what} ${rows.values[first]} and ${rows.values[second]})`,
				);
			}
			continue;
		}
		days[kept] = rows.days[i];
		values[kept] = rows.values[i];
		previous = i;
		kept++;
	}
	if (kept === 0) return refusal(lastLine, emptyMessage);
	return {
		ok: true,
		value: { days: days.slice(0, kept), values: values.slice(0, kept), identicalDuplicates: n - kept },
	};
}
