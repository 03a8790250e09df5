// History figures (docs/bench.md, Budgets: importing the Cboe VIX file ≤ 200 ms; a back-test over 2009–2026 with a start
// every day and daily marks ≤ 2 s): parsing the real VIX file, merging it into itself, the flip scan, the indicators,
// the history table, and the back-test. Reads ../shared/data; the section is skipped when it is absent.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_BOOK_SPEC } from '../../src/engine';
import {
	DEFAULT_BACK_TEST_SETTINGS,
	backTestPart,
	backTestResult,
	backTestStarts,
	historyDays,
	importHistoryFile,
	importedHistoryTable,
	mergeSeries,
	scanFlips,
	termSpreadMacd,
	vixRsi,
	type BackTestResult,
	type IndexSeries,
} from '../../src/engine/history';
import { loadHistoryFiles } from '../../scripts/measure/historyFiles';
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
	backTestFigures();
}

/** The back-test over the whole history: a start every day, daily marks, the four policies, then the report. */
function backTestFigures(): void {
	const { series } = loadHistoryFiles();
	const settings = DEFAULT_BACK_TEST_SETTINGS;
	let table = importedHistoryTable(series);
	const tableMs = medianMs(() => (table = importedHistoryTable(series)), 5, 1);
	report({
		section: 'history',
		what: `history table (${table.days.length} days)`,
		value: `${tableMs.toFixed(0)} ms`,
	});
	let result: BackTestResult | null = null;
	let runMs = 0;
	let reportMs = 0;
	const totalMs = medianMs(
		() => {
			// Fresh days each run: nothing priced by an earlier run is reused.
			const t0 = performance.now();
			const days = historyDays(table);
			const starts = backTestStarts(days, DEFAULT_BOOK_SPEC, settings);
			const part = backTestPart(days, DEFAULT_BOOK_SPEC, settings, starts, 0, starts.length);
			const t1 = performance.now();
			result = backTestResult(table, DEFAULT_BOOK_SPEC, settings, part);
			[runMs, reportMs] = [t1 - t0, performance.now() - t1];
		},
		3,
		1,
	);
	const r = result as BackTestResult | null;
	report({
		section: 'history',
		what: `back-test ${r?.firstStart} → ${r?.lastStart}: ${r?.starts} starts × ${settings.policies.length} policies`,
		value: `${(totalMs / 1000).toFixed(2)} s`,
		target: '≤ 2 s',
		pass: totalMs <= 2000,
	});
	report({
		section: 'history',
		what: '  of which entries, daily marks and the rules',
		value: `${runMs.toFixed(0)} ms`,
	});
	report({
		section: 'history',
		what: `  of which the report (${settings.bootstrap.replicates} bootstrap resamples)`,
		value: `${reportMs.toFixed(0)} ms`,
	});
}
