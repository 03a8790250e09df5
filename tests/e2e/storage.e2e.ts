// Storage that fails or holds what this version cannot read, at phone size. IndexedDB that throws: the app says the
// work is kept in a fallback, and an edit survives a reload. A draft written by a newer version: it is reported, kept
// exactly as it was (never written over), and can be exported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, openApp, showTab, waitForApp } from './browser';

const notice = (page: Page, text: RegExp) => page.getByTestId('toast').filter({ hasText: text });

/** Reads or writes one key of the app's IndexedDB store (as a string script: no helpers of the test runner). */
const idb = (page: Page, op: 'get' | 'put' | 'keys', key = '', value: unknown = null) =>
	page.evaluate(`new Promise((resolve, reject) => {
		const open = indexedDB.open('alvh-lab');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const store = open.result.transaction('scenarios', 'readwrite').objectStore('scenarios');
			const op = ${JSON.stringify(op)};
			const req = op === 'get' ? store.get(${JSON.stringify(key)})
				: op === 'keys' ? store.getAllKeys()
				: store.put(${JSON.stringify(value)}, ${JSON.stringify(key)});
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		};
	})`);

test(
	'IndexedDB that throws: the app says so, and an edit survives a reload',
	{ timeout: 120_000 },
	async () => {
		const s = await openApp();
		try {
			const { page, context } = s;
			await context.addInitScript(`IDBFactory.prototype.open = function () {
			throw new DOMException('IndexedDB is blocked in this test', 'UnknownError');
		};`);
			await page.goto(s.url);
			await waitForApp(page);
			await notice(page, /saved on this device only in a fallback/).waitFor();
			await showTab(page, 'Saved');
			await page.getByLabel('Name', { exact: true }).fill('Kept without IndexedDB');
			await showTab(page, 'Market');
			await page.getByRole('textbox', { name: 'SPX', exact: true }).fill('6600');
			await page.waitForFunction(() =>
				Object.keys(localStorage).some(
					(k) => k.startsWith('alvh-lab:draft:') && localStorage[k].includes('6600'),
				),
			);
			await page.screenshot({ path: `${SCREENSHOTS}storage-fallback.png` });
			await page.reload();
			await waitForApp(page);
			assert.equal(await page.getByRole('textbox', { name: 'SPX', exact: true }).inputValue(), '6600.00');
			await showTab(page, 'Saved');
			assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Kept without IndexedDB');
			await notice(page, /saved on this device only in a fallback/).waitFor();
		} finally {
			await s.close();
		}
	},
);

test('a draft from a newer version is kept untouched and can be exported', { timeout: 120_000 }, async () => {
	const s = await openApp();
	try {
		const { page } = s;
		await page.goto(s.url);
		await waitForApp(page);
		const tab = await page.evaluate(() => sessionStorage.getItem('alvh-lab:tab'));
		assert.ok(tab, 'the tab has an id');
		// What a newer version of the app would have left as this tab's draft (a reload after a downgrade).
		const newer = {
			tab,
			updatedAt: Date.now(),
			unsaved: true,
			base: null,
			scenario: { schemaVersion: 99, name: 'Written by the future', data: { market: { spx: 7777 } } },
		};
		await idb(page, 'put', `draft:${tab}`, newer);
		await page.reload();
		await waitForApp(page);
		const report = notice(page, /A draft \(“Written by the future”\) could not be opened: .*newer version/);
		await report.waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			report.getByRole('button', { name: 'Export it' }).click(),
		]);
		assert.deepEqual(JSON.parse(readFileSync((await download.path())!, 'utf8')), newer);

		// Edits and autosaves later, the newer draft is still there, exactly as it was.
		await showTab(page, 'Saved');
		await page.getByLabel('Name', { exact: true }).fill('Edited since');
		await new Promise((r) => setTimeout(r, 2500));
		const keys = (await idb(page, 'keys')) as string[];
		const aside = keys.find((k) => k.startsWith(`aside:draft:${tab}@`));
		assert.ok(aside, `kept aside (keys: ${keys.join(', ')})`);
		assert.deepEqual(await idb(page, 'get', aside), newer);
		await page.getByTestId('other-drafts').getByText('“Written by the future”').waitFor();
		await page.screenshot({ path: `${SCREENSHOTS}saved-unreadable-draft.png`, fullPage: true });

		// A fresh tab reports it too, and writes over nothing.
		const fresh = await s.context.newPage();
		await fresh.goto(s.url);
		await waitForApp(fresh);
		await notice(fresh, /could not be opened/).waitFor();
		assert.deepEqual(await idb(fresh, 'get', aside), newer);
		assert.deepEqual(s.consoleErrors, [], 'no console errors');
	} finally {
		await s.close();
	}
});

test(
	'a damaged record is named and can be deleted; a longer list gets a search box',
	{ timeout: 120_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			await page.goto(s.url);
			await waitForApp(page);
			await showTab(page, 'Saved');
			await page.getByLabel('Name', { exact: true }).fill('Calm week');
			await page.getByRole('button', { name: 'Save to this device' }).click();
			for (const name of ['Crash week', 'Flat week', 'Spike day', 'Roll day', 'Expiry week'])
				await page
					.getByLabel('Name', { exact: true })
					.fill(name)
					.then(() => page.getByRole('button', { name: 'Save as new' }).click());
			await page.getByTestId('saved-list').getByText('Expiry week').waitFor();
			const broken = {
				id: 'broken',
				updatedAt: 1,
				schemaVersion: 4,
				name: 'Broken one',
				data: { market: 'gone' },
			};
			await idb(page, 'put', 'scenario:broken', broken);
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'Saved');
			const damaged = page.getByTestId('damaged');
			await damaged.getByText('“Broken one”').waitFor();
			await page.getByLabel(/Search 6 saved scenarios/).fill('week');
			assert.equal(await page.getByTestId('saved-list').locator('li').count(), 4);
			await page.screenshot({ path: `${SCREENSHOTS}saved-search-damaged.png`, fullPage: true });
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				damaged.getByRole('button', { name: 'Export it' }).click(),
			]);
			assert.deepEqual(JSON.parse(readFileSync((await download.path())!, 'utf8')), broken);
			await damaged.getByRole('button', { name: 'Delete the damaged record Broken one' }).click();
			await damaged.waitFor({ state: 'detached' });
			assert.equal(await idb(page, 'get', 'scenario:broken'), undefined);
		} finally {
			await s.close();
		}
	},
);
