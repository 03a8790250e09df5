// Reading a CFE VX contract file (one monthly contract's daily rows, CFE's own download layout) into the
// contract's daily settlements, with its expiry from the engine's VX calendar.

import { vxExpiry } from '../market/expiries';
import { epochDayOf, isoDateOfEpochDay } from '../market/isoDate';
import { clip, readDecimal } from './csvFields';
import { addDailyRow, emptyDailyRows, finishDailyRows } from './dailyRows';
import { forEachDatedRow, notANumber } from './datedRows';
import type { Layout } from './layouts';
import { MAX_VX_SETTLE, refusal, type ImportNotes, type ImportResult, type VxContract } from './series';

const MONTH_CODES = 'FGHJKMNQUVXZ';
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CONTRACT = /^([A-Z]) \(([A-Za-z]{3}) (\d{2}|\d{4})\)$/;
const FUTURES_COLUMN = 1;
/** VX traded at ten times VIX until CFE rescaled it on this day; older rows would be on the wrong scale. */
const RESCALED_ON = epochDayOf('2007-03-26');
const FIRST_VX_YEAR = 2004;
const LAST_VX_YEAR = 2198;

/**
 * The contract of a CFE file whose header matched `layout`. Refused: a Futures code that is not one monthly
 * contract (e.g. 'G (Feb 2018)'; a two-digit year means 20yy), a second contract in the file, a row after the
 * expiry or before 2007-03-26, a settlement below 0 or above MAX_VX_SETTLE, a non-number in a numeric column.
 * A zero settlement (CFE prints 0 on listing days without one) is left out and counted.
 * @param rows - the file's rows, rows[0] the header
 * @param layout - the CFE layout
 * @param notes - counts of rows left out, filled in
 */
export function parseVxRows(
	rows: readonly string[][],
	layout: Layout,
	notes: ImportNotes,
): ImportResult<VxContract> {
	const daily = emptyDailyRows();
	let code = '';
	let codeLine = 0;
	let expiryDay = 0;
	const problem = forEachDatedRow(rows, layout, notes, (row) => {
		if (code === '') {
			const expiry = contractExpiry(row.fields[FUTURES_COLUMN]);
			if (typeof expiry === 'string') return refusal(row.line, expiry);
			[code, codeLine, expiryDay] = [row.fields[FUTURES_COLUMN], row.line, expiry];
		} else if (row.fields[FUTURES_COLUMN] !== code) {
			return refusal(
				row.line,
				`contract '${clip(row.fields[FUTURES_COLUMN])}' after '${code}' on line ${codeLine}: one contract per file`,
			);
		}
		if (row.epochDay > expiryDay) {
			return refusal(
				row.line,
				`${isoDateOfEpochDay(row.epochDay)} is after ${code}'s expiry ${isoDateOfEpochDay(expiryDay)}`,
			);
		}
		if (row.epochDay < RESCALED_ON) {
			return refusal(
				row.line,
				'VX prices before 2007-03-26 were quoted at ten times VIX; such rows are not read',
			);
		}
		for (let c = FUTURES_COLUMN + 1; c < row.fields.length; c++) {
			if (row.fields[c] !== '' && Number.isNaN(readDecimal(row.fields[c]))) return notANumber(row, layout, c);
		}
		const text = row.fields[layout.valueColumn];
		const settle = readDecimal(text);
		if (Number.isNaN(settle)) return notANumber(row, layout, layout.valueColumn);
		if (settle < 0 || settle > MAX_VX_SETTLE) {
			return refusal(row.line, `Settle ${clip(text)} is outside 0–${MAX_VX_SETTLE}`);
		}
		if (settle === 0) notes.zeroSettle++;
		else addDailyRow(daily, row.epochDay, settle, row.line, row.fields);
		return null;
	});
	if (problem) return problem;
	const series = finishDailyRows(daily, rows.length, 'settlement', 'no settlement above 0 in the file');
	if (!series.ok) return series;
	notes.identicalDuplicates = series.value.identicalDuplicates;
	const { days, values } = series.value;
	return { ok: true, value: { code, expiry: isoDateOfEpochDay(expiryDay), days, settle: values } };
}

/** The expiry day number of a monthly contract code, or why the code is refused. */
function contractExpiry(field: string): number | string {
	const match = CONTRACT.exec(field);
	const month = match ? MONTH_NAMES.findIndex((m) => m.toLowerCase() === match[2].toLowerCase()) + 1 : 0;
	if (!match || month === 0 || MONTH_CODES[month - 1] !== match[1]) {
		return `Futures '${clip(field)}' is not a monthly VX contract code like 'G (Feb 2018)'`;
	}
	const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
	if (year < FIRST_VX_YEAR || year > LAST_VX_YEAR) {
		return `Futures '${field}': VX contracts run from ${FIRST_VX_YEAR} to ${LAST_VX_YEAR}`;
	}
	return epochDayOf(vxExpiry(year, month));
}
