// The stored imports: a batch added file by file, refusals changing nothing, the report and what is missing.
import { describe, expect, it } from 'vitest';
import {
	EMPTY_HISTORY,
	addImports,
	historySeries,
	importHistoryFile,
	missingSeries,
	storedReport,
} from '../../../src/engine/history';
import { cboeFile } from '../../fixtures/history';

const read = (name: string, text: string) => ({ name, result: importHistoryFile({ name, text }) });
const vixFile = cboeFile([
	['2024-08-01', 18.59],
	['2024-08-02', 23.39],
	['2024-08-05', 38.57],
]);

describe('addImports', () => {
	it('merges accepted files and refuses the others whole, with their line and reason', () => {
		const { history, outcomes, changed } = addImports(EMPTY_HISTORY, [
			read('VIX_History.csv', vixFile),
			read('VIX3M_History.csv', 'DATE,OPEN,HIGH,LOW,CLOSE\n08/01/2024,1,1,1,x\n'),
		]);
		expect(changed).toBe(true);
		expect(outcomes[0]).toMatchObject({ ok: true, what: 'VIX', layout: 'cboe', rows: 3, added: 3 });
		expect(outcomes[1]).toMatchObject({ ok: false, line: 2 });
		expect(history.indexes.map((s) => s.id)).toEqual(['VIX']);
	});

	it('refuses a file that disagrees with what is stored, leaving the stored series as it was', () => {
		const first = addImports(EMPTY_HISTORY, [read('VIX_History.csv', vixFile)]).history;
		const before = Array.from(first.indexes[0].close);
		const second = addImports(first, [read('VIX.csv', cboeFile([['2024-08-05', 40]]))]);
		expect(second.outcomes[0]).toEqual({
			name: 'VIX.csv',
			ok: false,
			line: 0,
			message:
				'it disagrees with what is stored: VIX on 2024-08-05: the stored close is 38.57, the file has 40',
		});
		expect(second.changed).toBe(false);
		expect(Array.from(second.history.indexes[0].close)).toEqual(before);
		expect(Array.from(first.indexes[0].close)).toEqual(before);
	});

	it('reports no change for a file imported again', () => {
		const first = addImports(EMPTY_HISTORY, [read('VIX_History.csv', vixFile)]).history;
		const again = addImports(first, [read('VIX_History.csv', vixFile)]);
		expect([again.changed, again.outcomes[0].ok && again.outcomes[0].added]).toEqual([false, 0]);
	});
});

describe('historySeries and missingSeries', () => {
	it('needs VIX, VIX3M (or VX contracts) and SPX', () => {
		let h = EMPTY_HISTORY;
		expect(missingSeries(h)).toEqual(['VIX', 'VIX3M (or CFE VX contract files)', 'an S&P 500 file (SPX)']);
		h = addImports(h, [read('VIX_History.csv', vixFile), read('VIX3M_History.csv', vixFile)]).history;
		expect(historySeries(h)).toBeNull();
		expect(missingSeries(h)).toEqual(['an S&P 500 file (SPX)']);
		h = addImports(h, [read('SPX_History.csv', vixFile)]).history;
		expect(missingSeries(h)).toEqual([]);
		expect(historySeries(h)?.spx.id).toBe('SPX');
	});
});

describe('storedReport', () => {
	it('gives rows, range and the missing business days of each index', () => {
		const h = addImports(EMPTY_HISTORY, [
			read(
				'VIX_History.csv',
				cboeFile([
					['2024-08-01', 18.59],
					['2024-08-06', 27.71],
				]),
			),
		]).history;
		expect(storedReport(h).indexes).toEqual([
			{
				what: 'VIX',
				rows: 2,
				from: '2024-08-01',
				to: '2024-08-06',
				missingBusinessDays: 2,
				largestGaps: [{ after: '2024-08-01', before: '2024-08-06', missingBusinessDays: 2 }],
			},
		]);
	});
});
