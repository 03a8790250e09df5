import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf, isoDateOfEpochDay } from '../../../src/engine';
import { weekdayOfEpochDay } from '../../../src/engine/market/isoDate';
import { importHistoryFile, MAX_CLOSE } from '../../../src/engine/history';
import { cboeFile } from '../../fixtures/history';

const FIRST = epochDayOf('1990-01-01');
const LAST = epochDayOf('2199-12-31');
const CFE_HEADER = 'Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest';

/** Distinct weekdays inside the calendar, increasing. */
const weekdays = fc
	.uniqueArray(fc.integer({ min: FIRST, max: LAST }), { minLength: 1, maxLength: 40 })
	.map((days) => days.filter((d) => weekdayOfEpochDay(d) % 6 !== 0).sort((a, b) => a - b))
	.filter((days) => days.length > 0);
/** Closes printed the way the files print them: short decimals, as JavaScript writes them. */
const close = (max: number) => fc.integer({ min: 1, max: max * 100 }).map((cents) => cents / 100);

const mdy = (day: number) => {
	const [y, m, d] = isoDateOfEpochDay(day).split('-');
	return `${m}/${d}/${y}`;
};
/** Any UTF-16 text (lone surrogates included), rich in the characters CSV parsing turns on. */
const anyText = fc.string({
	unit: fc.oneof(
		fc.constantFrom(',', '\n', '\r', '"', '/', '-', '.', ' ', '0', '1', '\uFEFF'),
		fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
	),
	maxLength: 300,
});
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** A valid file of one layout, with the days and values it holds. */
const validFile = fc.oneof(
	fc
		.tuple(weekdays, fc.array(close(MAX_CLOSE.VIX), { minLength: 40, maxLength: 40 }))
		.map(([days, closes]) => ({
			name: 'VIX_History.csv',
			days,
			values: days.map((_, i) => closes[i]),
			text: ['DATE,OPEN,HIGH,LOW,CLOSE', ...days.map((d, i) => `${mdy(d)},1,2,0.5,${closes[i]}`)].join('\n'),
		})),
	fc.tuple(weekdays, fc.array(close(9000), { minLength: 40, maxLength: 40 })).map(([days, closes]) => ({
		name: '^GSPC.csv',
		days,
		values: days.map((_, i) => closes[i]),
		text: [
			'Date,Open,High,Low,Close,Adj Close,Volume',
			...days.map((d, i) => `${isoDateOfEpochDay(d)},1,2,0.5,${closes[i]},${closes[i]},1000`),
		].join('\r\n'),
	})),
	fc.tuple(weekdays, fc.array(close(9000), { minLength: 40, maxLength: 40 })).map(([days, closes]) => ({
		name: 'SP500.csv',
		days,
		values: days.map((_, i) => closes[i]),
		text: ['observation_date,SP500', ...days.map((d, i) => `${isoDateOfEpochDay(d)},${closes[i]}`)].join(
			'\n',
		),
	})),
	// A CFE contract: its rows up to the Feb 2018 expiry, on the post-2007 scale.
	fc
		.tuple(
			fc.uniqueArray(fc.integer({ min: epochDayOf('2017-05-01'), max: epochDayOf('2018-02-14') }), {
				minLength: 1,
				maxLength: 40,
			}),
			fc.array(close(MAX_CLOSE.VIX), { minLength: 40, maxLength: 40 }),
		)
		.map(([raw, settles]) => {
			const days = raw.filter((d) => weekdayOfEpochDay(d) % 6 !== 0).sort((a, b) => a - b);
			return {
				name: 'CFE_VX_2018-02-14.csv',
				days,
				values: days.map((_, i) => settles[i]),
				text: [
					CFE_HEADER,
					...days.map(
						(d, i) => `${isoDateOfEpochDay(d)},G (Feb 2018),1,2,0.5,1.5,${settles[i]},-0.1,10,0,20`,
					),
				].join('\n'),
			};
		})
		.filter((f) => f.days.length > 0),
);

/** Random edits of a text: characters replaced, inserted or deleted, lines repeated or dropped. */
const mutated = (text: string) =>
	fc
		.array(
			fc.tuple(
				fc.constantFrom('replace', 'insert', 'delete', 'repeatLine', 'dropLine'),
				fc.nat(),
				fc.constantFrom(
					',',
					'\n',
					'\r',
					'"',
					'/',
					'-',
					'.',
					' ',
					'0',
					'9',
					'e',
					'null',
					'\uFEFF',
					'é',
					'1e999',
				),
			),
			{ minLength: 1, maxLength: 6 },
		)
		.map((edits) =>
			edits.reduce((t, [kind, at, piece]) => {
				const i = t.length === 0 ? 0 : at % t.length;
				if (kind === 'replace') return t.slice(0, i) + piece + t.slice(i + 1);
				if (kind === 'insert') return t.slice(0, i) + piece + t.slice(i);
				if (kind === 'delete') return t.slice(0, i) + t.slice(i + 1);
				const lines = t.split('\n');
				const l = at % lines.length;
				if (kind === 'repeatLine') lines.splice(l, 0, lines[l]);
				else lines.splice(l, 1);
				return lines.join('\n');
			}, text),
		);

/** Checks the contract on any outcome: never throws, and a refusal names a line of the file. */
function checkOutcome(name: string, text: string) {
	const result = importHistoryFile({ name, text });
	if (!result.ok) {
		expect(result.line).toBeGreaterThanOrEqual(1);
		expect(result.line).toBeLessThanOrEqual(lineCount(text));
		expect(result.message.length).toBeGreaterThan(0);
	}
	return result;
}

describe('importHistoryFile properties', () => {
	it('never throws on arbitrary text, and a refusal names a line within it', () => {
		fc.assert(
			fc.property(anyText, fc.string({ maxLength: 20 }), (text, name) => {
				checkOutcome(name, text);
			}),
			{ numRuns: 1000 },
		);
	});
	it('never throws on arbitrary rows under a valid header', () => {
		const header = fc.constantFrom(
			'DATE,OPEN,HIGH,LOW,CLOSE',
			'Date,Open,High,Low,Close,Volume',
			'DATE,SP500',
			CFE_HEADER,
		);
		const rows = fc.array(
			fc.array(fc.string({ maxLength: 12 }), { maxLength: 12 }).map((f) => f.join(',')),
			{
				maxLength: 8,
			},
		);
		fc.assert(
			fc.property(header, rows, (h, r) => {
				checkOutcome('VIX_History.csv', [h, ...r].join('\n'));
			}),
			{ numRuns: 500 },
		);
	});
	it('returns every close of an accepted file, on its date', () => {
		fc.assert(
			fc.property(validFile, (file) => {
				const result = importHistoryFile({ name: file.name, text: file.text });
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const value = result.value;
				const [days, values] =
					value.kind === 'index'
						? [value.series.days, value.series.close]
						: [value.contract.days, value.contract.settle];
				expect([...days]).toEqual(file.days);
				expect([...values]).toEqual(file.values);
			}),
			{ numRuns: 200 },
		);
	});
	it('never throws on mutations of a valid file; a refusal names a line within it', () => {
		fc.assert(
			fc.property(
				validFile.chain((file) => mutated(file.text).map((text) => ({ name: file.name, text }))),
				({ name, text }) => {
					const result = checkOutcome(name, text);
					// What a mutated file yields, written back as a Cboe file, reads back the same.
					if (result.ok && result.value.kind === 'index') {
						const { id, days, close } = result.value.series;
						const again = importHistoryFile({
							name: `${id}_History.csv`,
							text: cboeFile([...days].map((d, i) => [isoDateOfEpochDay(d), close[i]] as const)),
						});
						expect(again.ok && again.value.kind === 'index' && again.value.series).toEqual(
							result.value.series,
						);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});
});
