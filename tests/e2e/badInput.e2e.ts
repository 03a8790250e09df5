// Bad input at phone size (docs/inputs.md): every bad input shows its message beside the field, the last good numbers
// stay on screen, no NaN/Infinity/undefined appears, and a hostile or broken file changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, assertNoBadNumbers, describedText, openApp, showTab, waitForApp } from './browser';

/** Polls `check` until it holds (10 s at most), failing with `what`. */
async function until(check: () => Promise<boolean>, what: string) {
	for (let i = 0; i < 200; i++) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`timed out: ${what}`);
}

/** Types `bad` into a field, checks the message beside it and that `kept` still shows, then types `good` back. */
async function tryField(
	page: Page,
	field: ReturnType<Page['getByRole']>,
	bad: string,
	message: RegExp,
	kept: ReturnType<Page['getByTestId']>,
) {
	const good = await field.inputValue();
	const shown = await kept.textContent();
	await field.fill(bad);
	await until(async () => message.test(await describedText(page, field)), `message ${message} for “${bad}”`);
	assert.equal(await kept.textContent(), shown, `the last good result stays while “${bad}” is typed`);
	await assertNoBadNumbers(page, `after typing “${bad}”`);
	await field.fill(good);
	await until(async () => (await field.getAttribute('aria-invalid')) === null, `“${good}” accepted again`);
}

test(
	'every bad input of docs/inputs.md shows its message and leaves the last good result',
	{ timeout: 180_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			await page.goto(s.url);
			await waitForApp(page);
			const regime = page.getByTestId('front-contango');
			const box = (name: string) => page.getByRole('textbox', { name, exact: true });

			// Market: prices and vols, VX futures.
			// Today's market (the quick card is the only home of the date, SPX, VIX, VIX3M and the VX prices).
			await tryField(page, box('SPX'), '0', /SPX must be at least 100 \(got 0\)/, regime);
			await tryField(page, box('VIX'), '-3', /VIX must be at least 1/, regime);
			await tryField(page, box('VIX'), 'abc', /Not a number/, regime);
			await tryField(page, box('VIX'), '1e400', /too large/, regime);
			await tryField(page, box('VX1 Jan 26'), '0', /VX1 Jan 26 must be at least 1 \(got 0\)/, regime);
			await tryField(page, box('25Δ put vol ÷ ATM'), '0', /must be at least 0\.5/, regime);
			await tryField(page, box('Rate'), '80', /Rate must be at most 30 % \(got 80 %\)/, regime);

			// VX expiries out of order, and one in the past (said beside the expiry, and beside the price in the quick card).
			const shown = await regime.textContent();
			const vx2 = page.getByLabel('VX2 expiry');
			await vx2.fill('2026-01-14');
			await page
				.getByText(/VX expiries must be in order/)
				.first()
				.waitFor();
			assert.equal(await regime.textContent(), shown);
			await vx2.fill('2026-02-18');
			const vx1 = page.getByLabel('VX1 expiry');
			await vx1.fill('2026-01-07');
			await page
				.getByText(/is not after the valuation date/)
				.first()
				.waitFor();
			await vx1.fill('2026-01-21');
			await page
				.getByText(/is not after the valuation date/)
				.first()
				.waitFor({ state: 'detached' });

			// An SVI with arbitrage (raw parameters), then quotes that admit no arbitrage-free smile.
			await page.getByRole('radio', { name: 'Raw SVI' }).click();
			await box('a').fill('-0.5');
			await page.getByText(/lowest total variance is negative/).waitFor();
			await page.screenshot({ path: `${SCREENSHOTS}bad-market.png`, fullPage: true });
			await page.getByRole('radio', { name: 'ATM and 25Δ vols' }).click();
			await tryField(page, box('25Δ put vol'), '0', /25Δ put vol must be at least 1 %/, regime);
			await box('25Δ call vol').fill('40');
			await page.getByText(/butterfly arbitrage/).waitFor();
			await box('25Δ call vol').fill('11.5');
			await page.getByText(/butterfly arbitrage/).waitFor({ state: 'detached' });
			await assertNoBadNumbers(page, 'Market');

			// The VIX-option vol surface and the link: vols ≤ 0 or > 500 %, κ_β ≤ 0. The near layer's vol stays.
			const nearVol = page.getByTestId('near-layer-vol');
			await nearVol.waitFor();
			await tryField(page, box('Vol-of-vol η_v'), '600', /Vol-of-vol η_v must be at most 500 %/, nearVol);
			await tryField(page, box('Vol-of-vol η_v'), '0', /Vol-of-vol η_v must be at least 1 %/, nearVol);
			await tryField(page, box('Vol-of-vol η_v'), '-50', /Vol-of-vol η_v must be at least 1 %/, nearVol);
			await page.getByRole('radio', { name: 'ATM vol per expiry' }).click();
			await tryField(page, box('Jan 26 ATM vol'), '0', /Jan 26 ATM vol must be at least 1 %/, nearVol);
			await tryField(page, box('Jan 26 ATM vol'), '-20', /Jan 26 ATM vol must be at least 1 %/, nearVol);
			await tryField(page, box('Jan 26 ATM vol'), '501', /Jan 26 ATM vol must be at most 500 %/, nearVol);
			await page.getByRole('radio', { name: 'Term structure' }).click();
			await tryField(page, box('Tenor-beta decay κ_β'), '0', /κ_β must be above 0 \/yr/, nearVol);
			await tryField(page, box('Tenor-beta decay κ_β'), '-1', /κ_β must be above 0 \/yr/, nearVol);
			await page.screenshot({ path: `${SCREENSHOTS}bad-vix-options.png`, fullPage: true });

			// Book: DTE 0 at the close, strikes out of order and off the grid, a wing wider than the chain.
			await showTab(page, 'Book');
			const credit = page.getByTestId('condor-credit');
			await credit.waitFor();
			await tryField(page, box('Days to expiry'), '0', /DTE 0 is expiry day/, credit);
			await tryField(page, box('Days to expiry'), '4.5', /whole number/, credit);
			await tryField(page, box('Short put delta'), '60', /Short put delta must be below 50 Δ/, credit);
			await page.getByRole('radio', { name: 'By strike' }).click();
			await page.getByTestId('condor-strikes').waitFor();
			const creditShown = await credit.textContent();
			await box('Short put strike').fill('7400');
			await until(
				async () => /out of order/.test(await describedText(page, box('Short call strike'))),
				'out-of-order message beside the short call',
			);
			assert.equal(await credit.textContent(), creditShown);
			await box('Short put strike').fill(
				String((await page.getByTestId('condor-strikes').textContent())?.split(' ')[2]),
			);
			await until(
				async () => (await box('Short call strike').getAttribute('aria-invalid')) === null,
				'order fixed',
			);
			await tryField(page, box('Short put strike'), '6497', /off the 5-point/, credit);
			await box('Wing width').fill('7000');
			await until(
				async () => /wider than the chain/.test(await describedText(page, box('Wing width'))),
				'the wing message beside the wing width',
			);
			assert.equal(await credit.textContent(), creditShown, 'the last good condor stays');
			await page.screenshot({ path: `${SCREENSHOTS}bad-book.png`, fullPage: true });
			await box('Wing width').fill('50');
			await until(async () => (await box('Wing width').getAttribute('aria-invalid')) === null, 'wing fixed');
			await tryField(
				page,
				box('Coverage of condor max loss'),
				'0',
				/Coverage of condor max loss must be above 0 %/,
				credit,
			);

			// Costs below zero and fewer than one condor protected: a message each, the hedge numbers kept.
			const premium = page.getByTestId('hedge-premium');
			const roundTrip = page.getByTestId('round-trip-cost');
			await tryField(
				page,
				box('Condors protected (N)'),
				'0',
				/Condors protected \(N\) must be at least 1/,
				premium,
			);
			await tryField(page, box('Commission and fees per contract'), '-1', /must be at least \$0/, roundTrip);
			await tryField(
				page,
				box('VIX half-spread, at least'),
				'-0.05',
				/must be at least 0 \(got -0\.05\)/,
				roundTrip,
			);
			await tryField(page, box('SPX half-spread, % of mid'), '-2', /must be at least 0 %/, roundTrip);
			await assertNoBadNumbers(page, 'Book');

			// Hostile and broken files: a clear message, nothing changed.
			await showTab(page, 'Saved');
			const name = page.getByLabel('Name', { exact: true });
			await name.fill('Kept as is');
			const files: [string, string, RegExp][] = [
				[
					'proto.json',
					'{"__proto__":{"polluted":true},"schemaVersion":3,"name":"x","data":{}}',
					/Nothing was imported/,
				],
				['types.json', '{"schemaVersion":3,"name":"x","data":{"market":"calm"}}', /Nothing was imported/],
				['huge.json', '{"schemaVersion":3,"name":"x","data":{"mcSeed":1e300}}', /Nothing was imported/],
				['broken.json', '{"schemaVersion":3,', /Nothing was imported/],
			];
			for (const [file, text, message] of files) {
				const path = join(tmpdir(), `alvh-${process.pid}-${file}`);
				writeFileSync(path, text);
				await page.getByTestId('import-file').setInputFiles(path);
				const toast = page.getByTestId('toast').filter({ hasText: message });
				await toast.waitFor();
				await toast.getByRole('button', { name: 'Dismiss' }).click();
				assert.equal(await name.inputValue(), 'Kept as is', `${file} changed nothing`);
			}
			assert.equal(
				await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
				undefined,
				'no prototype pollution',
			);
			await name.fill('');
			await page.getByText('Give the scenario a name.').waitFor();
			assert.ok(await page.getByRole('button', { name: 'Save to this device' }).isDisabled());
			await page.screenshot({ path: `${SCREENSHOTS}bad-saved.png`, fullPage: true });

			// A full quota: the save is refused with a message and what was stored is still there after a reload.
			await name.fill('Stored first');
			await page.getByRole('button', { name: 'Save to this device' }).click();
			await page.getByTestId('saved-list').getByText('Stored first').waitFor();
			// A string, not a function: the test runner's name helpers for local functions do not exist in the page.
			await page.evaluate(`(() => {
				const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
				IDBObjectStore.prototype.put = full;
				IDBObjectStore.prototype.add = full;
			})()`);
			await name.fill('Never stored');
			await page.getByRole('button', { name: 'Save as new' }).click();
			await page
				.getByTestId('toast')
				.filter({ hasText: /Storage is full/ })
				.waitFor();
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'Saved');
			const list = page.getByTestId('saved-list');
			await list.getByText('Stored first').waitFor();
			assert.equal(await list.getByText('Never stored').count(), 0);

			assert.deepEqual(s.consoleErrors, [], 'no console errors');
		} finally {
			await s.close();
		}
	},
);
