// The touch-and-text audit of scripts/touchAudit.ts in the suite: on every screen (the regime lab run) and the
// glossary, at 390 × 844 and 360 × 640, every visible tap target is at least 44 × 44 px and every text at least 12 px;
// and on a phone on its side, the tab bar moves to the left edge and the charts keep within the screen's height.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_VIEWPORTS, EXCEPTIONS, auditApp } from '../../scripts/touchAudit';
import { SCREENSHOTS, openApp, showTab, waitForApp } from './browser';

test('touch and text: 44 px targets, 12 px text at 390×844 and 360×640', { timeout: 300_000 }, async () => {
	const s = await openApp();
	try {
		const lines: string[] = [];
		for (const v of AUDIT_VIEWPORTS) {
			await s.page.setViewportSize(v);
			for (const f of await auditApp(s.page, s.url))
				lines.push(
					`${v.width}×${v.height} ${f.where} ${f.kind} ${f.width}×${f.height}${f.fontPx ? ` ${f.fontPx}px` : ''} ${f.what}`,
				);
		}
		console.log(`touch audit: ${lines.length} finding(s); ${EXCEPTIONS.length} reasoned exception(s)`);
		assert.deepEqual(lines, []);
	} finally {
		await s.close();
	}
});

test(
	'a phone on its side (844×390): the tabs are a rail on the left, the charts fit the height',
	{ timeout: 120_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			await page.setViewportSize({ width: 844, height: 390 });
			await page.goto(s.url);
			await waitForApp(page);
			const rail = await page.getByRole('navigation', { name: 'Screens' }).boundingBox();
			assert.ok(
				rail && rail.x === 0 && rail.width < 120 && rail.height >= 380,
				`tab bar at ${JSON.stringify(rail)}`,
			);
			for (const tab of ['Market', 'What-if', 'History'] as const) {
				await showTab(page, tab);
				const chart = page.locator('.pane figure.chart .plot').first();
				await chart.waitFor({ timeout: 30_000 });
				const box = await chart.boundingBox();
				assert.ok(box && box.height <= 390, `${tab}: a chart ${box?.height} px tall on a 390 px screen`);
				assert.ok(box && box.x >= rail!.width, `${tab}: the chart starts right of the rail`);
			}
			await page.screenshot({ path: `${SCREENSHOTS}landscape-history.png` });
			assert.deepEqual(s.consoleErrors, []);
		} finally {
			await s.close();
		}
	},
);
