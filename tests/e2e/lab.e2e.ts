// The regime lab in the browser worker: a timed 100,000-path run, progress and cancel while the what-if stays live,
// and results that come back with the scenario after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCREENSHOTS, assertNoBadNumbers, openApp, showTab, scrolledToTop, waitForApp } from './browser';

test(
	'regime lab: timed run, cancel with a live what-if, results saved with the scenario',
	{ timeout: 300_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			await page.goto(s.url);
			await waitForApp(page);
			await showTab(page, 'Regimes');
			const results = page.getByTestId('lab-results');

			// 100,000 paths, one policy (steward): the browser worker's figure for the bench table.
			await page.getByLabel('Paths per start').selectOption('100000');
			for (const label of [
				'Promoter: 2k in backwardation',
				'Monetize near layer (RSI > 70)',
				'Roll near layer at 14 DTE',
				'Condor: 50 % profit, 2× stop, 21 DTE',
				'Playbook entry, monetize half',
				'Plain 16Δ condor',
			])
				await page.getByLabel(label).uncheck();
			const started = Date.now();
			await page.getByTestId('lab-run').click();
			await results.waitFor({ timeout: 120_000 });
			const seconds = (Date.now() - started) / 1000;
			// The results are brought into view and announced.
			await page
				.getByTestId('lab-finished')
				.getByText(/^The lab finished: 100,000 paths per start\. Results below\.$/)
				.waitFor();
			assert.ok(await scrolledToTop(results), 'the results are scrolled into view');
			const steps = Number(/\((\d+) daily steps\)/.exec((await results.innerText()) ?? '')?.[1]);
			const starts = (await page.locator('[data-testid="lab-stats"] thead th').count()) - 1;
			const cores = await page.evaluate(() => navigator.hardwareConcurrency);
			const pool = Number(
				/on (\d+) worker/.exec((await page.getByTestId('lab-timing').innerText()) ?? '')?.[1],
			);
			console.log(
				`browser, ${pool} pool worker(s) on ${cores} cores: 100,000 paths × ${steps} daily steps × ${starts} start states, steward: ${seconds.toFixed(2)} s`,
			);
			const firstNumbers = await page.getByTestId('lab-stats').innerText();

			// The same run on one worker: the pool's speed-up (it must pay on a machine with 4 cores or more), and the
			// same numbers (bit-identical by seed).
			await page.goto(`${s.url}?labWorkers=1`);
			await waitForApp(page);
			await showTab(page, 'Regimes');
			const oneStarted = Date.now();
			await page.getByTestId('lab-run').click();
			await page.getByTestId('lab-timing').waitFor({ timeout: 120_000 });
			const oneSeconds = (Date.now() - oneStarted) / 1000;
			assert.equal(
				await page.getByTestId('lab-stats').innerText(),
				firstNumbers,
				'one worker gives the same numbers',
			);
			console.log(
				`one worker: ${oneSeconds.toFixed(2)} s; the pool's speed-up ${(oneSeconds / seconds).toFixed(2)}×`,
			);
			if (cores >= 4)
				assert.ok(oneSeconds / seconds > 1.5, 'the pool is at least 1.5× faster on 4 cores or more');
			mkdirSync('test-results', { recursive: true });
			writeFileSync(
				'test-results/lab-browser.json',
				JSON.stringify(
					{ paths: 100_000, steps, starts, policy: 'steward', seconds, pool, cores, oneSeconds },
					null,
					2,
				),
			);
			await page.goto(s.url);
			await waitForApp(page);
			await showTab(page, 'Regimes');
			await results.waitFor();
			assert.match(await page.getByTestId('lab-stats').innerText(), /Mean ± SE/);
			await assertNoBadNumbers(page, 'Regimes after the lab');
			await page.screenshot({ path: `${SCREENSHOTS}regimes-lab.png`, fullPage: true });
			const firstRun = await results.innerText();

			// A long run (every policy): progress shows, the what-if still answers, cancel keeps the last results.
			for (const label of ['Promoter: 2k in backwardation', 'Roll near layer at 14 DTE'])
				await page.getByLabel(label).check();
			await page.getByTestId('lab-run').click();
			const progress = page.getByRole('progressbar', { name: 'Simulation progress' });
			await progress.waitFor();
			await showTab(page, 'What-if');
			const combined = page.getByTestId('whatif-combined');
			const before = await combined.textContent();
			await page.getByRole('textbox', { name: 'SPX move', exact: true }).fill('-7');
			await page.waitForFunction(
				(old) => document.querySelector('[data-testid="whatif-combined"]')?.textContent !== old,
				before,
			);
			await showTab(page, 'Regimes');
			assert.ok(await progress.isVisible(), 'the lab is still running while the what-if answered');
			await page.getByTestId('lab-cancel').click();
			await page.getByText('Cancelled; the last completed run is kept.').waitFor();
			assert.equal(await results.innerText(), firstRun);

			// The inputs changed after the run: the result is flagged, then kept with the scenario across a reload.
			await page.getByText(/These results are from earlier inputs/).waitFor();
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'Regimes');
			await results.waitFor();
			assert.equal(await results.innerText(), firstRun);
			assert.deepEqual(s.consoleErrors, [], 'no console errors');
			assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
		} finally {
			await s.close();
		}
	},
);
