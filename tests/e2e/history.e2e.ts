// The History screen at 390×844: the embedded episodes replay without any import; with the real Cboe, S&P 500 and
// CFE files (../shared/data beside the repository; skipped with the reason when absent) imported through the file
// picker, the 41 flips, the replay of February 2018 on real VX settlements, the back-test with progress, cancel and a
// full run, everything still there offline after a reload, and broken and hostile files refused with nothing stored
// changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
	SCREENSHOTS,
	assertNoBadNumbers,
	openApp,
	showTab,
	scrolledToTop,
	waitForApp,
	waitForServiceWorker,
} from './browser';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const HAVE_DATA = ['VIX_History.csv', 'VIX3M_History.csv', 'SPX_History_yahoo_GSPC.csv', 'vx'].every((f) =>
	existsSync(`${DATA}${f}`),
);
/** CFE contracts around February 2018: the replay's whole curve is real settlements. */
const CFE_2018 = HAVE_DATA
	? readdirSync(`${DATA}vx`).filter((f) => /^CFE_VX_(2017-1[12]|2018-0\d)/.test(f))
	: [];

/** Waits until the autosaved draft (written 0.8 s after the last change) carries a back-test result. */
async function waitForDraftWithBackTest(page: Page) {
	await page.waitForFunction(
		async () => {
			const req = indexedDB.open('alvh-lab');
			const db: IDBDatabase = await new Promise((ok, no) => {
				req.onsuccess = () => ok(req.result);
				req.onerror = () => no(req.error);
			});
			const get = db.transaction('scenarios').objectStore('scenarios').get('draft');
			const draft = await new Promise<{ data?: { history?: { result: unknown } } } | undefined>((ok) => {
				get.onsuccess = () => ok(get.result);
			});
			db.close();
			return draft?.data?.history?.result != null;
		},
		undefined,
		{ polling: 250, timeout: 10_000 },
	);
}

async function openHistory(page: Page) {
	await showTab(page, 'History');
	await page.getByTestId('flip-count').waitFor({ timeout: 30_000 });
}

test('History without an import: the embedded episodes replay', { timeout: 120_000 }, async () => {
	const s = await openApp();
	try {
		const { page } = s;
		await page.goto(s.url);
		await waitForApp(page);
		await openHistory(page);
		await page.getByTestId('history-howto').waitFor();
		assert.match(await page.getByTestId('flip-count').innerText(), /4 episodes built into the app/);
		// The timeline answers touch: two fingers spread zoom in, one finger drags it along, "All" shows everything.
		const timeline = page.getByTestId('history-timeline');
		const chart = timeline.getByRole('application', { name: /Timeline of SPX/ });
		const ticks = () =>
			timeline
				.locator('svg text')
				.allTextContents()
				.then((t) => t.join(' '));
		const all = await ticks();
		await chart.scrollIntoViewIfNeeded();
		const box = (await chart.boundingBox())!;
		const y = box.y + box.height / 3;
		const cx = box.x + box.width / 2;
		const cdp = await s.context.newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, id) => ({ ...p, id })),
			});
		await touch('touchStart', [
			{ x: cx - 20, y },
			{ x: cx + 20, y },
		]);
		for (const d of [40, 80, 120])
			await touch('touchMove', [
				{ x: cx - 20 - d, y },
				{ x: cx + 20 + d, y },
			]);
		await touch('touchEnd', []);
		await page.waitForFunction(
			(before) =>
				[...document.querySelectorAll('[data-testid="history-timeline"] svg text')]
					.map((t) => (t as SVGTextElement).textContent)
					.join(' ') !== before,
			all,
		);
		const zoomed = await ticks();
		await touch('touchStart', [{ x: cx, y }]);
		for (const d of [20, 60, 100]) await touch('touchMove', [{ x: cx + d, y }]);
		await touch('touchEnd', []);
		await page.waitForFunction(
			(before) =>
				[...document.querySelectorAll('[data-testid="history-timeline"] svg text')]
					.map((t) => (t as SVGTextElement).textContent)
					.join(' ') !== before,
			zoomed,
		);
		await timeline.getByRole('button', { name: 'All', exact: true }).click();
		await page.waitForFunction(
			(full) =>
				[...document.querySelectorAll('[data-testid="history-timeline"] svg text')]
					.map((t) => (t as SVGTextElement).textContent)
					.join(' ') === full,
			all,
		);

		// Without an import the quick card's closes cannot come from history, and it says so.
		await showTab(page, 'Market');
		await page.getByTestId('use-today').click();
		await page.getByTestId('closes-from-history').click();
		await page
			.getByTestId('closes-note')
			.getByText(/No imported VIX file reaches the close before/)
			.waitFor();
		await openHistory(page);
		await page.getByRole('button', { name: 'Replay the flip of 2 Feb 2018' }).click();
		const result = page.getByTestId('replay-result');
		await result.waitFor({ timeout: 30_000 });
		assert.match(await result.innerText(), /Entered 19 Jan 2018 \(contango\), condor to 5 Mar 2018/);
		assert.match(await page.getByTestId('replay-events').innerText(), /Condor expired/);
		// The back-test on the episodes: its results are brought into view and announced.
		await page.getByTestId('backtest-run').click();
		await page.getByTestId('backtest-table').waitFor({ timeout: 60_000 });
		assert.match(
			await page.getByTestId('backtest-finished').innerText(),
			/The back-test finished: \d+ starts/,
		);
		assert.ok(
			await scrolledToTop(page.getByTestId('backtest-summary')),
			'the results are scrolled into view',
		);
		await assertNoBadNumbers(page, 'History without an import');
		await page.screenshot({ path: `${SCREENSHOTS}history-episodes.png`, fullPage: true });
		assert.deepEqual(s.consoleErrors, [], 'no console errors');
		assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
	} finally {
		await s.close();
	}
});

test(
	HAVE_DATA
		? 'History with the real files: import, 41 flips, replay, back-test, offline reload, refusals'
		: 'History with the real files (skipped: ../shared/data is absent)',
	{ timeout: 600_000, skip: !HAVE_DATA },
	async () => {
		const tmp = fileURLToPath(new URL('../../test-results/history-files/', import.meta.url));
		mkdirSync(tmp, { recursive: true });
		const s = await openApp();
		try {
			const { page, context } = s;
			await page.goto(s.url);
			await waitForApp(page);
			await waitForServiceWorker(page);
			await openHistory(page);
			const picker = page.getByTestId('history-files');
			const outcomes = page.getByTestId('history-outcomes');

			// Import the three index files and the CFE contracts of 2017–2018 at once.
			const files = [
				...['VIX_History.csv', 'VIX3M_History.csv', 'SPX_History_yahoo_GSPC.csv'].map((f) => `${DATA}${f}`),
				...CFE_2018.map((f) => `${DATA}vx/${f}`),
			];
			let started = Date.now();
			await picker.setInputFiles(files);
			await page
				.getByTestId('flip-count')
				.getByText(/^41 flips/)
				.waitFor({ timeout: 60_000 });
			const importSeconds = (Date.now() - started) / 1000;
			const accepted = await outcomes.locator('li:not(.refused)').count();
			assert.equal(accepted, files.length, await outcomes.innerText());
			const series = page.getByTestId('history-series');
			const stored = await series.innerText();
			assert.match(stored, /VIX3M/);
			assert.match(stored, /\d+ contracts/);
			console.log(
				`browser: imported ${files.length} files (VIX, VIX3M, SPX since 1927, ${CFE_2018.length} CFE) to the 41 flips in ${importSeconds.toFixed(2)} s`,
			);
			assert.match(await page.getByTestId('proxy-error').innerText(), /ln\(proxy \/ settlement\)/);
			await assertNoBadNumbers(page, 'History after the import');
			await page.screenshot({ path: `${SCREENSHOTS}history-imported.png`, fullPage: true });

			// Replay February 2018: every close on real CFE settlements.
			await page.getByRole('button', { name: 'Replay the flip of 2 Feb 2018' }).click();
			const result = page.getByTestId('replay-result');
			await result.waitFor({ timeout: 60_000 });
			assert.match(await result.innerText(), /Entered 19 Jan 2018/);
			assert.match(
				await page.getByTestId('replay-vx-source').innerText(),
				/Every close is marked on real CFE VX settlements\s*(\(glossary\)\s*)?\./,
			);
			assert.match(await page.getByTestId('replay-events').innerText(), /Entry: sold 1 condor/);
			await page.getByTestId('history-replay').screenshot({ path: `${SCREENSHOTS}history-replay.png` });

			// The back-test: progress and cancel, then a full run (a start every day, four policies).
			await page.getByTestId('backtest-run').click();
			await page.getByRole('progressbar', { name: 'Back-test progress' }).waitFor();
			await page.getByTestId('backtest-cancel').click();
			await page.getByText('Cancelled; the last completed back-test is kept.').waitFor();
			started = Date.now();
			await page.getByTestId('backtest-run').click();
			await page.getByTestId('backtest-table').waitFor({ timeout: 300_000 });
			const backTestSeconds = (Date.now() - started) / 1000;
			const summary = await page.getByTestId('backtest-summary').innerText();
			const starts = Number(/([\d,]+) starts/.exec(summary)?.[1].replace(/,/g, ''));
			assert.ok(starts > 4000, summary);
			console.log(
				`browser: back-test, ${starts} starts × 4 policies, daily marks: ${backTestSeconds.toFixed(2)} s`,
			);
			mkdirSync('test-results', { recursive: true });
			writeFileSync(
				'test-results/history-browser.json',
				JSON.stringify({ files: files.length, importSeconds, starts, backTestSeconds }, null, 2),
			);
			const table = await page.getByTestId('backtest-table').innerText();
			await assertNoBadNumbers(page, 'History after the back-test');
			await page.getByTestId('history-backtest').screenshot({ path: `${SCREENSHOTS}history-backtest.png` });

			// Offline, reloaded: the stored files, the flips and the saved back-test are all still there.
			await waitForDraftWithBackTest(page);
			await context.setOffline(true);
			await page.reload();
			await waitForApp(page);
			await openHistory(page);
			await page
				.getByTestId('flip-count')
				.getByText(/^41 flips/)
				.waitFor({ timeout: 60_000 });
			assert.equal(await series.innerText(), stored);
			assert.equal(await page.getByTestId('backtest-table').innerText(), table);

			// A broken file, a hostile one (100 MB), one whose duplicate dates disagree, one with columns no source
			// writes and one with a date that does not exist: each refused with its line and reason, nothing stored
			// changes.
			const huge = `${tmp}VIX_huge.csv`;
			writeFileSync(huge, '');
			truncateSync(huge, 100_000_000); // sparse: 100 MB on the file system, nothing written
			const header = 'DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2018,9.77,9.77,9.77,9.77\n';
			writeFileSync(`${tmp}VIX_broken.csv`, `${header}01/03/2018,9.15,9.15,9.15,abc\n`);
			writeFileSync(`${tmp}VIX_twice.csv`, `${header}01/02/2018,9.15,9.15,9.15,9.15\n`);
			writeFileSync(`${tmp}VIX_columns.csv`, 'DATE,PRICE\n01/02/2018,9.77\n');
			writeFileSync(`${tmp}VIX_date.csv`, `${header}13/45/2018,9.15,9.15,9.15,9.15\n`);
			await picker.setInputFiles([
				`${tmp}VIX_broken.csv`,
				huge,
				`${tmp}VIX_twice.csv`,
				`${tmp}VIX_columns.csv`,
				`${tmp}VIX_date.csv`,
			]);
			await outcomes.getByText(/VIX_date\.csv/).waitFor();
			const refusals = await outcomes.innerText();
			assert.match(refusals, /VIX_broken\.csv[\s\S]*Refused at line 3: .*abc/);
			assert.match(
				refusals,
				/VIX_huge\.csv[\s\S]*Refused as a whole: the file is 100\.0 MB; the limit is 8\.0 MB/,
			);
			assert.match(refusals, /VIX_twice\.csv[\s\S]*Refused at line 3:/);
			assert.match(refusals, /VIX_columns\.csv[\s\S]*Refused at line 1: unknown header/);
			assert.match(refusals, /VIX_date\.csv[\s\S]*Refused at line 3: '13\/45\/2018' is not a real date/);
			assert.equal(await outcomes.locator('li.refused').count(), 5);
			assert.equal(await series.innerText(), stored, 'nothing stored changed');

			// A Cboe file whose name says no index: refused with the way out, then read once its index is chosen.
			writeFileSync(`${tmp}download.csv`, header);
			await picker.setInputFiles([`${tmp}download.csv`]);
			await outcomes.getByText(/cannot tell which index/).waitFor();
			await page.getByLabel('Index files hold').selectOption('VIX');
			await picker.setInputFiles([`${tmp}download.csv`]);
			await outcomes.locator('li.refused').waitFor({ state: 'detached' });
			assert.match(await outcomes.innerText(), /1 accepted/);
			assert.equal(await series.innerText(), stored, 'the same closes add nothing');
			await page.getByLabel('Index files hold').selectOption('name');
			await assertNoBadNumbers(page, 'History after the refusals');
			await page.getByTestId('history-import').screenshot({ path: `${SCREENSHOTS}history-refusals.png` });

			// A market typed for a past date takes its recent closes from the imported VIX file: RSI as on that day.
			await showTab(page, 'Market');
			const quick = page.getByTestId('quick-market');
			await page.getByTestId('use-today').click();
			await quick.getByLabel('Date (close)').fill('2018-02-05');
			await quick.getByRole('textbox', { name: 'VIX', exact: true }).fill('37.32');
			await page.getByTestId('closes-from-history').click();
			await page
				.getByTestId('quick-rsi')
				.getByText(/^RSI\(14\) 91\.0 from 60 VIX closes: … .*37\.32$/)
				.waitFor();
			assert.deepEqual(s.consoleErrors, [], 'no console errors');
			assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
		} finally {
			await s.close();
			rmSync(tmp, { recursive: true, force: true });
		}
	},
);
