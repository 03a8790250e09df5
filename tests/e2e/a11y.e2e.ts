// axe-core on every screen (folded parts opened, the regime lab run) and every dialog — the glossary and the iPhone's
// install steps — at 390 × 844: no violation at any impact level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { fillHistory, openAllDetails } from '../../scripts/touchAudit';
import { describedText, openApp, showTab, waitForApp } from './browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** The violations axe finds on the page as it is now, as lines of text. */
async function axe(page: Page): Promise<string[]> {
	// Injected through the debugging protocol, which the page's Content-Security-Policy does not govern.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
	const violations = (await page.evaluate(async () => {
		const a = (window as unknown as { axe: { run(c: Document): Promise<{ violations: unknown[] }> } }).axe;
		return (await a.run(document)).violations;
	})) as AxeViolation[];
	return violations.map(
		(v) => `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

test('axe: every screen and dialog, no violation at any impact', { timeout: 240_000 }, async () => {
	const s = await openApp();
	try {
		const { page, browser } = s;
		const found: string[] = [];
		const check = async (where: string) => found.push(...(await axe(page)).map((v) => `${where}: ${v}`));

		await page.goto(s.url);
		await waitForApp(page);
		for (const tab of ['Market', 'Book', 'What-if', 'History', 'Saved'] as const) {
			await showTab(page, tab);
			await page.locator('.pane .card').first().waitFor();
			await page.waitForTimeout(500);
			await openAllDetails(page);
			await check(tab);
		}
		await showTab(page, 'What-if');
		await page.getByTestId('pick-vix40').click();
		await page.getByTestId('whatif-bar').filter({ hasText: 'VIX 40.0' }).waitFor();
		await check('What-if at the stress');

		// Regimes with a run: the lab's results, histograms and tables included.
		await showTab(page, 'Regimes');
		await page.getByLabel('Paths per start').selectOption('2000');
		await page.getByTestId('lab-run').click();
		await page.getByTestId('lab-results').waitFor({ timeout: 120_000 });
		await openAllDetails(page);
		await check('Regimes');
		// A number field's unit, shown beside the box, is part of its description.
		assert.match(await describedText(page, page.getByRole('textbox', { name: 'κ_P', exact: true })), /\/yr/);

		// History with a replay and a back-test: their charts, tables and outcome.
		await showTab(page, 'History');
		await fillHistory(page);
		await openAllDetails(page);
		await check('History with results');

		await page.getByRole('button', { name: 'Glossary', exact: true }).click();
		await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
		await check('Glossary dialog');
		await page.keyboard.press('Escape');

		// An iPhone: the Install button opens the Share → Add to Home Screen steps.
		const iphone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			userAgent: IPHONE,
		});
		const phone = await iphone.newPage();
		await phone.goto(s.url);
		await waitForApp(phone);
		await phone.getByRole('button', { name: 'Install' }).tap();
		await phone.getByRole('dialog', { name: 'Install ALVH Lab' }).waitFor();
		found.push(...(await axe(phone)).map((v) => `Install dialog: ${v}`));
		await iphone.close();

		assert.deepEqual(found, [], `axe found:\n${found.join('\n')}`);
		assert.deepEqual(s.consoleErrors, []);
	} finally {
		await s.close();
	}
});
