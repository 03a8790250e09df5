// History figures (docs/bench.md, Budgets: importing the Cboe VIX file ≤ 200 ms): parsing the real VIX file, merging it into
// itself, and the flip scan over VIX and VIX3M. Reads ../shared/data; the section is skipped when it is absent.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	importHistoryFile,
	mergeSeries,
	scanFlips,
	termSpreadMacd,
	vixRsi,
	type IndexSeries,
} from '../../src/engine/history';
import { medianMs, report } from '../harness';

const DATA = resolve(process.cwd(), '../shared/data');

export function historySection(): void {
	console.log('\nHistory');
	const files = ['VIX_History.csv', 'VIX3M_History.csv'].map((f) => `${DATA}/${f}`);
	if (!files.every((f) => existsSync(f))) {
		console.log(`  skipped: ${DATA} (VIX_History.csv, VIX3M_History.csv) is absent`);
		return;
	}
	const [vixText, vix3mText] = files.map((f) => readFileSync(f, 'utf8'));
	const series = (name: string, text: string): IndexSeries => {
		const result = importHistoryFile({ name, text });
		if (!result.ok || result.value.kind !== 'index') throw new Error(`${name} refused`);
		return result.value.series;
	};
	let vix = series('VIX_History.csv', vixText);
	const parseMs = medianMs(() => (vix = series('VIX_History.csv', vixText)), 11, 3);
	report({
		section: 'history',
		what: `parse VIX_History.csv (${vix.days.length} rows, ${(statSync(files[0]).size / 1e3).toFixed(0)} kB)`,
		value: `${parseMs.toFixed(1)} ms`,
		target: '≤ 200 ms',
		pass: parseMs <= 200,
	});
	const mergeMs = medianMs(() => mergeSeries(vix, vix), 11, 3);
	report({
		section: 'history',
		what: 'merge it into itself (union, gap report)',
		value: `${mergeMs.toFixed(1)} ms`,
	});
	const vix3m = series('VIX3M_History.csv', vix3mText);
	let flips = 0;
	const scanMs = medianMs(() => (flips = scanFlips(vix, vix3m).flips.length), 21, 3);
	report({
		section: 'history',
		what: `flip scan VIX/VIX3M (${flips} flips)`,
		value: `${scanMs.toFixed(2)} ms`,
	});
	const indicatorMs = medianMs(() => (vixRsi(vix), termSpreadMacd(vix, vix3m)), 21, 3);
	report({
		section: 'history',
		what: 'RSI(14) of VIX + MACD(12, 26, 9) of the spread',
		value: `${indicatorMs.toFixed(2)} ms`,
	});
}
