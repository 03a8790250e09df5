// `npm run bench:library`: a big library in Chromium at phone size. The built app is opened on an empty profile and on
// one holding 2,000 saved scenarios, each with a regime-lab result (stored as the app stores them: list entry, record
// and result apart). Printed for both: start-up (navigation to the library ready), the Saved list's render, and five
// deletes (tap to the "Deleted" notice painted, and the longest main-thread task meanwhile); with the JS heap after a
// garbage collection and the number of elements on the Saved screen. Targets: start ≤ 0.5 s, delete ≤ 100 ms.
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';
import { SCHEMA_VERSION, defaultScenario, indexEntryOf, type ScenarioRecord } from '../src/persistence';
import { labResultFor } from '../tests/fixtures/labResult';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const COUNT = 2_000;
const BATCH = 100;
const TARGET = { startMs: 500, deleteMs: 100 };

/** The keys and values the store writes for scenario i (its data varies so every digest differs). */
function stored(i: number): [string, unknown][] {
	const data = defaultScenario();
	data.market.spx = 6000 + i;
	data.mcSeed = i + 1;
	const full = { ...data, lab: { ...data.lab, result: labResultFor(data) } };
	const id = `bench-${String(i).padStart(4, '0')}`;
	const record: ScenarioRecord = {
		schemaVersion: SCHEMA_VERSION,
		id,
		name: `Scenario ${i + 1} (SPX ${data.market.spx})`,
		updatedAt: Date.UTC(2026, 0, 1) + i * 60_000,
		revision: 1,
		data: full,
	};
	return [
		[`scenario:${id}`, { ...record, data: { ...full, lab: { ...full.lab, result: null } } }],
		[`index:${id}`, indexEntryOf(record, true)],
		[`lab:${id}`, { id, result: full.lab.result }],
	];
}

/** Writes key/value pairs into the app's store in one transaction (the app has created the database). */
const seed = (page: Page, pairs: [string, unknown][]) =>
	page.evaluate(
		(pairs) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('alvh-lab');
				open.onsuccess = () => {
					const tx = open.result.transaction('scenarios', 'readwrite');
					for (const [key, value] of pairs) tx.objectStore('scenarios').put(value, key);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		pairs,
	);

/** Records when the library is ready (as the page's own clock, from navigation start) and every long task. */
const PROBE = `
	window.__bench = { ready: null, longTasks: [] };
	new MutationObserver((_, obs) => {
		if (document.querySelector('.shell[data-ready]')) { window.__bench.ready = performance.now(); obs.disconnect(); }
	}).observe(document, { subtree: true, attributes: true, childList: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, ms: e.duration });
	}).observe({ type: 'longtask', buffered: true });
`;

async function startUp(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.shell[data-ready]').waitFor();
	return page.evaluate(() => (window as unknown as { __bench: { ready: number } }).__bench.ready);
}

/** Taps Delete on the first row; ms from the tap to the frame after the notice appears, and the longest task. */
async function deleteFirst(page: Page): Promise<{ ms: number; longestTaskMs: number }> {
	const button = page
		.getByTestId('saved-list')
		.getByRole('button', { name: /^Delete / })
		.first();
	await button.waitFor();
	await page.evaluate(() => {
		const w = window as unknown as { __del: Promise<number>; __tap: number };
		w.__del = new Promise((resolve) => {
			new MutationObserver((_, obs) => {
				const toast = [...document.querySelectorAll('[data-testid="toast"]')].find((t) =>
					t.textContent?.startsWith('Deleted'),
				);
				if (!toast) return;
				obs.disconnect();
				requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__tap), 0));
			}).observe(document.body, { subtree: true, childList: true });
		});
		document.addEventListener('pointerdown', () => (w.__tap = performance.now()), {
			capture: true,
			once: true,
		});
	});
	await button.click();
	const ms = await page.evaluate(() => (window as unknown as { __del: Promise<number> }).__del);
	const longestTaskMs = await page.evaluate((ms) => {
		const b = (window as unknown as { __bench: { longTasks: { start: number; ms: number }[] } }).__bench;
		const since = performance.now() - ms - 50;
		return Math.max(0, ...b.longTasks.filter((t) => t.start >= since).map((t) => t.ms));
	}, ms);
	await page
		.getByTestId('toast')
		.filter({ hasText: /^Deleted/ })
		.getByRole('button', { name: 'Dismiss' })
		.click();
	return { ms, longestTaskMs };
}

async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1e6;
}

async function measure(page: Page, url: string, label: string) {
	await startUp(page, url); // warm the HTTP cache and the service worker
	const runs: number[] = [];
	for (let i = 0; i < 5; i++) runs.push(await startUp(page, url));
	const ready = [...runs].sort((a, b) => a - b)[2];
	await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Saved' }).click();
	const t0 = Date.now();
	await page.getByRole('heading', { name: 'Saved on this device' }).waitFor();
	const listMs = Date.now() - t0; // includes the test driver's round trip
	const elements = await page.evaluate(() => document.querySelectorAll('main *').length);
	const rows = await page.getByTestId('saved-list').locator('li').count();
	const heap = await heapMb(page);
	const deletes = [];
	for (let i = 0; i < (rows ? 5 : 0); i++) deletes.push(await deleteFirst(page));
	const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
	console.log(`  ${label}`);
	console.log(
		`    start-up (navigation → library ready), median of 5: ${ready.toFixed(0)} ms ` +
			`(${runs.map((r) => r.toFixed(0)).join(', ')})  ${pass(ready <= TARGET.startMs)} (≤ ${TARGET.startMs})`,
	);
	console.log(`    Saved screen shown: ${listMs} ms; ${rows} rows, ${elements} elements in the page`);
	console.log(`    JS heap after GC: ${heap.toFixed(1)} MB`);
	if (deletes.length === 0) return;
	const worst = Math.max(...deletes.map((d) => d.ms));
	const longest = Math.max(...deletes.map((d) => d.longestTaskMs));
	console.log(
		`    delete (tap → notice painted): ${deletes.map((d) => d.ms.toFixed(0)).join(', ')} ms; worst ` +
			`${worst.toFixed(0)}  ${pass(worst <= TARGET.deleteMs)} (≤ ${TARGET.deleteMs}); longest task ${longest.toFixed(0)} ms`,
	);
}

async function main() {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	try {
		console.log(`Saved library at phone size (390×844), Chromium; ${COUNT} scenarios each with a lab result`);
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		await context.addInitScript(PROBE);
		const page = await context.newPage();
		await measure(page, url, 'empty library');
		let bytes = 0;
		for (let i = 0; i < COUNT; i += BATCH) {
			const pairs = Array.from({ length: Math.min(BATCH, COUNT - i) }, (_, j) => stored(i + j)).flat();
			bytes += JSON.stringify(pairs).length;
			await seed(page, pairs);
		}
		console.log(`  (seeded ${COUNT} scenarios: ${(bytes / 1e6).toFixed(1)} MB as JSON)`);
		await measure(page, url, `${COUNT} scenarios with lab results`);
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
