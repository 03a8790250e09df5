// A trader's session at phone size: preset → condor → 4/4/2 → what-if → save → reload → reopen → export and
// re-import → share link → offline, with screenshots of every screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	SCREENSHOTS,
	assertNoBadNumbers,
	openApp,
	showTab,
	waitForApp,
	waitForServiceWorker,
} from './browser';

test(
	'preset, condor, ladder, what-if, save, reopen, export/import, share link, offline',
	{ timeout: 240_000 },
	async () => {
		const s = await openApp();
		try {
			const { page, context } = s;
			await page.goto(s.url);
			await waitForApp(page);
			await waitForServiceWorker(page);
			await waitForApp(page);
			const toast = page.getByTestId('toast');

			// Market: a backwardation preset relabels the curve; then the calm 2026 preset.
			await page.getByLabel('Market preset').selectOption('covid-2020-03-13');
			await page
				.getByTestId('regime-label')
				.filter({ hasText: /backwardation/i })
				.waitFor();
			await page.getByLabel('Market preset').selectOption('calm-2026');
			await page
				.getByTestId('regime-label')
				.filter({ hasText: /contango/i })
				.waitFor();
			await assertNoBadNumbers(page, 'Market');
			await page.screenshot({ path: `${SCREENSHOTS}market.png`, fullPage: true });

			// Book: a 20Δ put side and a 25-point wing move the strikes; the ladder sizes itself by coverage.
			await showTab(page, 'Book');
			const strikes = page.getByTestId('condor-strikes');
			await strikes.waitFor();
			const before = await strikes.textContent();
			await page.getByRole('textbox', { name: 'Short put delta' }).fill('20');
			await page.getByRole('textbox', { name: 'Wing width' }).fill('25');
			await page.waitForFunction(
				(old) => document.querySelector('[data-testid="condor-strikes"]')?.textContent !== old,
				before,
			);
			assert.match((await page.getByTestId('hedge-premium').textContent()) ?? '', /^\$[\d,]+$/);
			assert.match((await page.getByTestId('ladder-units').textContent()) ?? '', /^\d+\.\d\d$/);
			assert.match((await page.getByTestId('combined-max-loss').textContent()) ?? '', /^\$[\d,]+$/);
			await assertNoBadNumbers(page, 'Book');
			await page.screenshot({ path: `${SCREENSHOTS}book.png`, fullPage: true });
			// The playbook applies on a tap and says what it changed.
			await page.getByTestId('apply-playbook').click();
			await page
				.getByTestId('playbook-applied')
				.filter({ hasText: 'Applied: short strikes 20Δ put / 16Δ call → 35Δ each side.' })
				.waitFor();

			// What-if: SPX −10 % typed into the slider's field; the hedge gains.
			await showTab(page, 'What-if');
			const combined = page.getByTestId('whatif-combined');
			await combined.waitFor();
			const flat = await combined.textContent();
			await page.getByRole('textbox', { name: 'SPX move', exact: true }).fill('-10');
			await page.waitForFunction(
				(old) => document.querySelector('[data-testid="whatif-combined"]')?.textContent !== old,
				flat,
			);
			assert.equal(await page.getByRole('slider', { name: 'SPX move', exact: true }).inputValue(), '-10');
			await assertNoBadNumbers(page, 'What-if');
			await page.screenshot({ path: `${SCREENSHOTS}whatif.png`, fullPage: true });
			// P&L after costs beside the mid P&L, and every leg behind them: 4 condor legs and 3 layers.
			assert.match((await page.getByTestId('whatif-after-costs').textContent()) ?? '', /^[+−]?\$[\d,]+$/);
			const legs = page.getByTestId('legs');
			await legs.getByText('Legs: vol, mark and P&L of each').click();
			assert.equal(await legs.locator('tbody tr').count(), 7);
			await legs.screenshot({ path: `${SCREENSHOTS}whatif-legs.png` });
			const shocked = await combined.textContent();

			await showTab(page, 'Regimes');
			await page.getByTestId('stress-table').waitFor();
			assert.match(
				(await page.getByTestId('regime-answer').textContent()) ?? '',
				/In contango the hedge costs \$/,
			);
			await assertNoBadNumbers(page, 'Regimes');
			await page.screenshot({ path: `${SCREENSHOTS}regimes.png`, fullPage: true });

			// Save under a name, reload: the draft and the saved list survive.
			await showTab(page, 'Saved');
			await page.getByLabel('Name', { exact: true }).fill('E2E condor');
			await page.getByRole('button', { name: 'Save to this device' }).click();
			await toast.filter({ hasText: 'Saved “E2E condor”' }).waitFor();
			await page.getByTestId('saved-list').getByText('E2E condor').waitFor();
			await page.screenshot({ path: `${SCREENSHOTS}saved.png`, fullPage: true });
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'What-if');
			// The draft keeps the what-if across a reload.
			await page.waitForFunction(
				(want) => document.querySelector('[data-testid="whatif-combined"]')?.textContent === want,
				shocked,
			);

			// Reopen after changing the draft.
			await page.getByRole('button', { name: 'Reset' }).click();
			await showTab(page, 'Saved');
			await page.getByRole('button', { name: 'Open E2E condor' }).click();
			await toast.filter({ hasText: 'Opened “E2E condor”' }).waitFor();
			await showTab(page, 'What-if');
			await page.waitForFunction(
				(want) => document.querySelector('[data-testid="whatif-combined"]')?.textContent === want,
				shocked,
			);

			// Export, rename the draft, import the file back.
			await showTab(page, 'Saved');
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Export file' }).click(),
			]);
			const file = join(tmpdir(), `alvh-e2e-${process.pid}.json`);
			await download.saveAs(file);
			await page.getByLabel('Name', { exact: true }).fill('Changed');
			await page.getByTestId('import-file').setInputFiles(file);
			await toast.filter({ hasText: 'Imported “E2E condor”' }).waitFor();
			assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'E2E condor');

			// Share link: opened in a fresh tab, it restores the scenario.
			await page.getByRole('button', { name: 'Share link' }).click();
			const link = await page.locator('#share-link').inputValue();
			assert.match(link, /#/);
			const other = await context.newPage();
			await other.goto(link);
			await waitForApp(other);
			const shared = other.getByTestId('toast');
			await shared.waitFor();
			assert.match((await shared.textContent()) ?? '', /Opened the shared scenario “E2E condor”/);
			assert.ok(!other.url().includes('#'), 'the fragment is cleared once read');
			await other.close();

			// Offline: reload, reopen the saved scenario, and the worker still prices the what-if.
			await context.setOffline(true);
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'Saved');
			await page.getByRole('button', { name: 'Open E2E condor' }).click();
			await toast.filter({ hasText: 'Opened “E2E condor”' }).waitFor();
			await showTab(page, 'What-if');
			await page.getByRole('textbox', { name: 'SPX move', exact: true }).fill('-20');
			await page.waitForFunction(
				(old) => document.querySelector('[data-testid="whatif-combined"]')?.textContent !== old,
				shocked,
			);
			await assertNoBadNumbers(page, 'offline What-if');
			await page.screenshot({ path: `${SCREENSHOTS}whatif-offline.png`, fullPage: true });

			// A wide screen shows two panes side by side.
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.locator('main.wide').waitFor();
			assert.equal(await page.locator('main.wide > .pane').count(), 2);
			await page.screenshot({ path: `${SCREENSHOTS}wide.png` });

			assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
			assert.deepEqual(s.consoleErrors, [], 'no console errors');
			writeFileSync(file, ''); // leave nothing readable behind
		} finally {
			await s.close();
		}
	},
);
