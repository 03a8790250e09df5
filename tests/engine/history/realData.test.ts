import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { epochDayOf, isoDateOfEpochDay } from '../../../src/engine';
import {
	flagFlipsNearFomc,
	importHistoryFile,
	mergeSeries,
	scanFlips,
	type ImportedFile,
	type ImportResult,
	type IndexSeries,
} from '../../../src/engine/history';

const DATA = resolve(process.cwd(), '../shared/data');
const HAVE = ['VIX_History.csv', 'VIX3M_History.csv', 'SPX_History_yahoo_GSPC.csv', 'vx'].every((f) =>
	existsSync(`${DATA}/${f}`),
);
const read = (file: string) => readFileSync(`${DATA}/${file}`, 'utf8');
const load = (file: string) => importHistoryFile({ name: file.split('/').pop()!, text: read(file) });
function indexOf(result: ImportResult<ImportedFile>): IndexSeries {
	if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.message}`);
	if (result.value.kind !== 'index') throw new Error('expected an index file');
	return result.value.series;
}

describe.skipIf(!HAVE)(
	'history on the real files in ../shared/data (skipped: ../shared/data is absent)',
	() => {
		const vixText = HAVE ? read('VIX_History.csv') : '';
		const vix = HAVE ? indexOf(load('VIX_History.csv')) : null!;
		const vix3m = HAVE ? indexOf(load('VIX3M_History.csv')) : null!;

		it('imports VIX (1990-01-02 → 2026-07-07, every row), VIX3M and the Yahoo S&P 500 file from 1990 on', () => {
			expect(vix.days.length).toBe(vixText.trim().split('\n').length - 1);
			expect([isoDateOfEpochDay(vix.days[0]), isoDateOfEpochDay(vix.days[vix.days.length - 1])]).toEqual([
				'1990-01-02',
				'2026-07-07',
			]);
			expect(vix3m.days.length).toBe(4136);
			const spx = load('SPX_History_yahoo_GSPC.csv');
			expect(spx.ok && spx.value.kind === 'index' && spx.value.series.id).toBe('SPX');
			expect(spx.ok && spx.value.notes.beforeCalendar).toBeGreaterThan(15_000);
			expect(indexOf(spx).close[indexOf(spx).days.indexOf(epochDayOf('2020-03-16'))]).toBeCloseTo(2386.13, 2);
		});
		it('finds the highest VIX close 82.69 on 2020-03-16 and the lowest 9.14 on 2017-11-03', () => {
			const max = vix.close.indexOf(Math.max(...vix.close));
			const min = vix.close.indexOf(Math.min(...vix.close));
			expect([vix.close[max], isoDateOfEpochDay(vix.days[max])]).toEqual([82.69, '2020-03-16']);
			expect([vix.close[min], isoDateOfEpochDay(vix.days[min])]).toEqual([9.14, '2017-11-03']);
		});
		it('finds 41 flips since 2009 (first 2009-10-28, last 2025-11-18) and VIX > VIX3M on 314 of 4,136 days', () => {
			const scan = scanFlips(vix, vix3m);
			expect(scan.days.length).toBe(4136);
			expect(scan.flips).toHaveLength(41);
			expect([scan.flips[0].date, scan.flips[40].date]).toEqual(['2009-10-28', '2025-11-18']);
			expect(scan.backwardationDays).toBe(314);
			expect(scan.backwardationFraction).toBeCloseTo(0.076, 3);
			const aug2024 = scan.flips.find((f) => f.date === '2024-08-02')!;
			expect(aug2024).toMatchObject({ vix: 23.39, vix3m: 23.34, peakVix: 38.57, peakDate: '2024-08-05' });
			// 22 of the 41 flips fall within ±5 business days of an FOMC decision.
			expect(flagFlipsNearFomc(scan.flips).filter((f) => f.fomc)).toHaveLength(22);
		});
		it('merges VIX into itself: nothing added, the four missing business days of the 1990s reported', () => {
			const merged = mergeSeries(vix, vix);
			if (!merged.ok) throw new Error(merged.message);
			expect(merged.value.added).toBe(0);
			expect(merged.value.gaps.missingBusinessDays).toBe(4);
			expect(merged.value.series.close).toEqual(vix.close);
		});
		it('imports every CFE contract file with the expiry its name carries and exactly its settlements', () => {
			const files = readdirSync(`${DATA}/vx`).filter((f) => f.endsWith('.csv'));
			expect(files.length).toBeGreaterThanOrEqual(38);
			for (const file of files) {
				const result = load(`vx/${file}`);
				if (!result.ok) throw new Error(`${file} refused at line ${result.line}: ${result.message}`);
				if (result.value.kind !== 'vx') throw new Error(`${file}: expected a VX contract`);
				const { contract, notes } = result.value;
				expect(contract.expiry).toBe(file.slice('CFE_VX_'.length, -'.csv'.length));
				const rows = read(`vx/${file}`)
					.trim()
					.split('\n')
					.slice(1)
					.map((r) => r.split(','));
				expect(notes.zeroSettle).toBe(0);
				expect([...contract.days].map((d) => isoDateOfEpochDay(d))).toEqual(rows.map((r) => r[0]));
				expect([...contract.settle]).toEqual(rows.map((r) => Number(r[6])));
			}
		});
		describe('refuses broken and hostile copies of the VIX file with the line and the reason', () => {
			const lines = HAVE ? vixText.split('\n') : [];
			const edit = (line: number, text: string) =>
				lines.map((l, i) => (i === line - 1 ? text : l)).join('\n');
			it.each([
				['a header with a column renamed', () => edit(1, 'DATE,OPEN,HIGH,LOW,LAST'), 1, /unknown header/],
				['a row with a sixth column', () => edit(5000, `${lines[4999]},1`), 5000, /6 columns/],
				[
					'a bad date on line 7000',
					() => edit(7000, lines[6999].replace(/^\d\d\/\d\d/, '13/45')),
					7000,
					/not a real date/,
				],
				[
					'a non-number on line 321',
					() => edit(321, lines[320].replace(/[\d.]+$/, 'n/a')),
					321,
					/CLOSE 'n\/a' is not a number/,
				],
				[
					'a disagreeing duplicate of line 2 at the end',
					() => `${vixText.trimEnd()}\n${lines[1].replace(/,[\d.]+$/, ',99.99')}\n`,
					lines.length,
					/lines 2 and/,
				],
				['a VIX of 3,000', () => edit(8000, lines[7999].replace(/[\d.]+$/, '3000')), 8000, /above 300/],
			])('%s', (_, make, line, message) => {
				const result = importHistoryFile({ name: 'VIX_History.csv', text: make() });
				expect(result).toMatchObject({ ok: false, line });
				expect(!result.ok && result.message).toMatch(message);
			});
			it('a 20× copy of the file (9.4 MB) is refused on its size', () => {
				const huge = vixText.repeat(20);
				expect(importHistoryFile({ name: 'VIX_History.csv', text: huge })).toMatchObject({
					ok: false,
					line: 0,
				});
			});
		});
	},
);
