import { describe, expect, it } from 'vitest';
import { epochDayOf } from '../../../src/engine';
import {
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	importHistoryFile,
	importSizeRefusal,
	indexFromFileName,
	type ImportedFile,
	type ImportResult,
} from '../../../src/engine/history';
import { cboeFile } from '../../fixtures/history';

function accepted(result: ImportResult<ImportedFile>): ImportedFile {
	if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.message}`);
	return result.value;
}
function indexSeries(result: ImportResult<ImportedFile>) {
	const value = accepted(result);
	if (value.kind !== 'index') throw new Error('expected an index file');
	return value;
}
const days = (...isos: string[]) => [...isos.map((d) => epochDayOf(d))];

describe('importHistoryFile: accepted layouts', () => {
	it('reads a Cboe file, index from the name, days and closes as typed', () => {
		const text = cboeFile([
			['2020-03-13', 57.83],
			['2020-03-16', 82.69],
		]);
		const { layout, series, notes } = indexSeries(importHistoryFile({ name: 'VIX_History.csv', text }));
		expect(layout).toBe('cboe');
		expect(series.id).toBe('VIX');
		expect([...series.days]).toEqual(days('2020-03-13', '2020-03-16'));
		expect([...series.close]).toEqual([57.83, 82.69]);
		expect(notes).toEqual({
			rows: 2,
			beforeCalendar: 0,
			missingValue: 0,
			zeroSettle: 0,
			identicalDuplicates: 0,
		});
	});
	it('names the index from the file name, or from the caller when the name says nothing', () => {
		const text = cboeFile([['2020-03-16', 67.7]]);
		expect(indexSeries(importHistoryFile({ name: 'downloads/VIX3M_History.csv', text })).series.id).toBe(
			'VIX3M',
		);
		expect(indexSeries(importHistoryFile({ name: 'VVIX_History (2).csv', text })).series.id).toBe('VVIX');
		expect(indexSeries(importHistoryFile({ name: 'data.csv', text, index: 'VIX3M' })).series.id).toBe(
			'VIX3M',
		);
		expect(indexFromFileName('^GSPC.csv')).toBe('SPX');
		expect(indexFromFileName('^spx_d.csv')).toBe('SPX');
		expect(indexFromFileName('VXV_History.csv')).toBe('VIX3M');
		expect(indexFromFileName('VIX9D_History.csv')).toBeNull();
	});
	it('refuses a Cboe file whose name names no index, saying how to name it', () => {
		const result = importHistoryFile({ name: 'VIX9D_History.csv', text: cboeFile([['2020-03-16', 50]]) });
		expect(result).toMatchObject({ ok: false, line: 1 });
		expect(!result.ok && result.message).toMatch(/VIX_History\.csv.*VIX3M_History\.csv.*choose the index/s);
	});
	it('reads Yahoo closes, skipping rows of null', () => {
		const text = [
			'Date,Open,High,Low,Close,Adj Close,Volume',
			'2024-08-02,5376.63,5383.89,5302.03,5346.56,5346.56,4556760000',
			'2024-08-05,null,null,null,null,null,null',
			'2024-08-06,5206.42,5312.34,5193.56,5240.03,5240.03,4690910000',
		].join('\r\n');
		const { layout, series, notes } = indexSeries(importHistoryFile({ name: '^GSPC.csv', text }));
		expect([layout, series.id, [...series.close], notes.missingValue]).toEqual([
			'yahoo',
			'SPX',
			[5346.56, 5240.03],
			1,
		]);
	});
	it('reads Stooq closes (SPX when the name says nothing)', () => {
		const text = 'Date,Open,High,Low,Close,Volume\n2026-01-09,6950,6980,6940,6966.28,2.1e9\n';
		const { layout, series } = indexSeries(importHistoryFile({ name: 'export.csv', text }));
		expect([layout, series.id, [...series.close]]).toEqual(['stooq', 'SPX', [6966.28]]);
	});
	it("reads FRED's two headers, skipping '.' and empty days", () => {
		for (const header of ['observation_date,SP500', 'DATE,SP500']) {
			const text = `${header}\n2025-12-24,6932.05\n2025-12-25,.\n2025-12-26,\n2025-12-29,6905.74\n`;
			const { layout, series, notes } = indexSeries(importHistoryFile({ name: 'SP500.csv', text }));
			expect([layout, series.id, [...series.close], notes.missingValue]).toEqual([
				'fred',
				'SPX',
				[6932.05, 6905.74],
				2,
			]);
		}
	});
	it('refuses a caller index that contradicts the header (FRED holds SP500)', () => {
		const result = importHistoryFile({
			name: 'f.csv',
			text: 'DATE,SP500\n2025-12-24,6932.05\n',
			index: 'VIX',
		});
		expect(result).toMatchObject({ ok: false, line: 1 });
	});
	it('drops rows before 1990 (the calendar starts there) and says how many', () => {
		const text = cboeFile([
			['1989-12-29', 353.4],
			['1990-01-02', 359.69],
		]);
		const { series, notes } = indexSeries(importHistoryFile({ name: 'SPX_History.csv', text }));
		expect([[...series.close], notes.beforeCalendar]).toEqual([[359.69], 1]);
		const early = importHistoryFile({ name: 'SPX_History.csv', text: cboeFile([['1987-10-19', 224.84]]) });
		expect(early).toMatchObject({ ok: false, line: 2 });
		expect(!early.ok && early.message).toMatch(/1990/);
	});
	it('sorts rows given newest first, drops an exact repeat, tolerates a byte-order mark and blank lines', () => {
		const text =
			'\uFEFFDATE,OPEN,HIGH,LOW,CLOSE\n1/3/2017,1,1,1,11.85\n\n01/03/2017,1,1,1,11.85\n01/02/2017,1,1,1,12\n';
		const value = indexSeries(importHistoryFile({ name: 'VIX_History.csv', text }));
		expect([...value.series.days]).toEqual(days('2017-01-02', '2017-01-03'));
		expect(value.notes.identicalDuplicates).toBe(1);
	});
	it('reads a CFE contract: expiry from the code, zero settlements left out and counted', () => {
		const header = 'Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest';
		const text = [
			header,
			'2017-05-23,G (Feb 2018),0,0,0,0,0,0,0,0,0',
			'2017-05-24,G (Feb 2018),17.45,17.6,17.41,17.45,17.4,-0.025,90,0,148',
			'2018-02-14,G (Feb 2018),25.25,26.5,23.8,25.35,21.87,-3.355,6217,0,69651',
		].join('\n');
		const value = accepted(importHistoryFile({ name: 'CFE_VX_2018-02-14.csv', text }));
		if (value.kind !== 'vx') throw new Error('expected a VX contract');
		expect(value.contract.expiry).toBe('2018-02-14');
		expect(value.contract.code).toBe('G (Feb 2018)');
		expect([...value.contract.days]).toEqual(days('2017-05-24', '2018-02-14'));
		expect([...value.contract.settle]).toEqual([17.4, 21.87]);
		expect(value.notes.zeroSettle).toBe(1);
	});
});

const CFE_HEADER = 'Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest';
const cfe = (...rows: string[]) => [CFE_HEADER, ...rows].join('\n');
const GOOD_CFE = '2018-02-13,G (Feb 2018),25.45,27.6,24.8,25.23,25.225,-0.6,77113,0,69609';

describe('importHistoryFile: refusals name the line and the reason', () => {
	const vix = (text: string) => importHistoryFile({ name: 'VIX_History.csv', text });
	const header = 'DATE,OPEN,HIGH,LOW,CLOSE';
	it.each([
		['an unknown header', 'Date,Price\n2020-01-02,1\n', 1, /unknown header/],
		['an empty file', '', 1, /empty/],
		[
			'a row with a column too many',
			`${header}\n01/02/2020,1,1,1,13,7\n`,
			2,
			/6 columns where the header has 5/,
		],
		['a row with a column too few', `${header}\n01/02/2020,1,1,13\n`, 2, /4 columns/],
		['a date in the wrong form', `${header}\n01/02/2020,1,1,1,13\n2020/01/03,1,1,1,13\n`, 3, /not a date/],
		['an impossible date', `${header}\n02/30/2020,1,1,1,13\n`, 2, /not a real date/],
		['a Saturday', `${header}\n01/04/2020,1,1,1,13\n`, 2, /Saturday/],
		['a date after the calendar', `${header}\n01/03/2200,1,1,1,13\n`, 2, /2199/],
		['mixed date styles', `${header}\n01/02/2020,1,1,1,13\n2020-01-03,1,1,1,13\n`, 3, /mm\/dd\/yyyy/],
		['a close that is not a number', `${header}\n01/02/2020,1,1,1,abc\n`, 2, /CLOSE 'abc' is not a number/],
		['an open that is not a number', `${header}\n01/02/2020,0x1,1,1,13\n`, 2, /OPEN '0x1' is not a number/],
		['a blank close', `${header}\n01/02/2020,1,1,1,\n`, 2, /CLOSE '' is not a number/],
		['an infinite close', `${header}\n01/02/2020,1,1,1,1e999\n`, 2, /not a number/],
		['a zero close', `${header}\n01/02/2020,1,1,1,0\n`, 2, /not above 0/],
		['a negative close', `${header}\n01/02/2020,1,1,1,-13\n`, 2, /not above 0/],
		['an absurd VIX', `${header}\n01/02/2020,1,1,1,1240.5\n`, 2, /above 300/],
		[
			'one date with two closes',
			`${header}\n01/02/2020,1,1,1,13\n01/03/2020,1,1,1,14\n01/02/2020,1,1,1,12\n`,
			4,
			/lines 2 and 4/,
		],
	])('%s', (_, text, line, message) => {
		const result = vix(text);
		expect(result).toMatchObject({ ok: false, line });
		expect(!result.ok && result.message).toMatch(message);
	});
	it.each([
		[
			'a code that is not a monthly contract',
			'2018-02-13,VX08,1,1,1,1,25,0,1,0,1',
			2,
			/not a monthly VX contract/,
		],
		[
			'a code whose letter and month disagree',
			'2018-02-13,H (Feb 2018),1,1,1,1,25,0,1,0,1',
			2,
			/not a monthly/,
		],
		[
			'a second contract',
			`${GOOD_CFE}\n2018-02-12,H (Mar 2018),1,1,1,1,25,0,1,0,1`,
			3,
			/one contract per file/,
		],
		[
			'a row after the expiry',
			`${GOOD_CFE}\n2018-02-15,G (Feb 2018),1,1,1,1,25,0,1,0,1`,
			3,
			/after G \(Feb 2018\)'s expiry 2018-02-14/,
		],
		['a row on the ten-times scale', '2007-03-23,K (May 2007),1,1,1,1,135,0,1,0,1', 2, /ten times VIX/],
		['a negative settlement', '2018-02-13,G (Feb 2018),1,1,1,1,-2,0,1,0,1', 2, /outside 0–300/],
		[
			'a volume that is not a number',
			'2018-02-13,G (Feb 2018),1,1,1,1,25,0,lots,0,1',
			2,
			/Total Volume 'lots'/,
		],
	])('CFE: %s', (_, rows, line, message) => {
		const result = importHistoryFile({ name: 'CFE.csv', text: cfe(...rows.split('\n')) });
		expect(result).toMatchObject({ ok: false, line });
		expect(!result.ok && result.message).toMatch(message);
	});
	it('a file over the size cap is refused from its size alone, before any parsing', () => {
		expect(importSizeRefusal(100e6)).toMatchObject({ ok: false, line: 0, message: /100\.0 MB.*8\.0 MB/ });
		expect(importSizeRefusal(MAX_IMPORT_BYTES)).toBeNull();
		expect(importHistoryFile({ name: 'VIX_History.csv', text: '', sizeBytes: 100e6 })).toMatchObject({
			ok: false,
			line: 0,
		});
	});
	it('a 100 MB text is refused at once: its length is checked before it is parsed', () => {
		const huge = 'DATE,OPEN,HIGH,LOW,CLOSE\n' + '01/02/2020,1,1,1,13\n'.repeat(5_000_000);
		expect(huge.length).toBeGreaterThan(100e6);
		const t0 = performance.now();
		const result = importHistoryFile({ name: 'VIX_History.csv', text: huge });
		expect(performance.now() - t0).toBeLessThan(50);
		expect(result).toMatchObject({ ok: false, line: 0, message: /the limit is 8\.0 MB/ });
	});
	it('a file of too many (short) lines is refused before parsing, at the first line past the cap', () => {
		const text = 'DATE,OPEN,HIGH,LOW,CLOSE' + '\r'.repeat(MAX_IMPORT_ROWS + 5);
		expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
		expect(importHistoryFile({ name: 'VIX_History.csv', text })).toMatchObject({
			ok: false,
			line: MAX_IMPORT_ROWS + 2,
			message: /more than 100000 rows/,
		});
	});
	it('refuses a text that is not a string instead of throwing', () => {
		const hostile = { name: 'VIX_History.csv', text: 42 } as unknown as { name: string; text: string };
		expect(importHistoryFile(hostile)).toMatchObject({ ok: false, line: 0 });
		const badIndex = { name: 'x.csv', text: cboeFile([['2020-01-02', 13]]), index: '__proto__' } as never;
		expect(importHistoryFile(badIndex)).toMatchObject({ ok: false });
	});
});
