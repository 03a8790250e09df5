// Two tabs of the app at phone size. Both edit the same saved scenario and save: the second save is refused, both
// versions are offered and kept, and neither edit is lost. An update arrives while both tabs hold unsaved edits: the
// prompt names them, reloading from one tab saves both drafts and reloads only that tab, and each tab gets its own
// edits back after its reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, openApp, showTab, waitForApp, waitForServiceWorker } from './browser';

const notice = (page: Page, text: RegExp) => page.getByTestId('toast').filter({ hasText: text });
const nameField = (page: Page) => page.getByLabel('Name', { exact: true });

async function marketField(page: Page, label: string): Promise<string> {
	await showTab(page, 'Market');
	return page.getByRole('textbox', { name: label, exact: true }).inputValue();
}

async function typeMarket(page: Page, label: string, value: string) {
	await showTab(page, 'Market');
	await page.getByRole('textbox', { name: label, exact: true }).fill(value);
}

test(
	'two tabs saving the same scenario: the conflict is offered and neither edit is lost',
	{ timeout: 180_000 },
	async () => {
		const s = await openApp();
		try {
			const a = s.page;
			await a.goto(s.url);
			await waitForApp(a);
			await showTab(a, 'Saved');
			await nameField(a).fill('Shared');
			await a.getByRole('button', { name: 'Save to this device' }).click();
			await a.getByTestId('saved-list').getByText('Shared').waitFor();

			const b = await s.context.newPage();
			await b.goto(s.url);
			await waitForApp(b);
			await showTab(b, 'Saved');
			await b.getByRole('button', { name: 'Open Shared' }).click();
			await notice(b, /Opened “Shared”/).waitFor();

			// Both edit before either saves: A the SPX, B the rate.
			await typeMarket(a, 'SPX', '7000');
			await typeMarket(b, 'Rate', '5');
			await showTab(a, 'Saved');
			await a.getByRole('button', { name: 'Save', exact: true }).click();
			await notice(a, /Saved “Shared”/).waitFor();
			// Tab B hears of the save and keeps its own edit.
			await notice(b, /“Shared” was changed in another tab\. Your edits here are kept/).waitFor();
			await showTab(b, 'Saved');
			await b.getByRole('button', { name: 'Save', exact: true }).click();
			await notice(b, /Not saved: “Shared” was changed in another tab/).waitFor();
			await b.getByTestId('conflict').waitFor();
			await b.screenshot({ path: `${SCREENSHOTS}saved-conflict.png`, fullPage: true });
			assert.equal(await marketField(b, 'Rate'), '5.00', 'tab B still has its edit');

			// Save mine as a copy: both versions are saved.
			await showTab(b, 'Saved');
			await b.getByTestId('conflict').getByRole('button', { name: 'Save mine as a copy' }).click();
			await notice(b, /Saved your version as “Shared \(copy\)”/).waitFor();
			await b.getByRole('button', { name: 'Open Shared', exact: true }).click();
			await notice(b, /Opened “Shared”/).waitFor();
			assert.deepEqual([await marketField(b, 'SPX'), await marketField(b, 'Rate')], ['7000.00', '3.60']);
			await showTab(b, 'Saved');
			await b.getByRole('button', { name: 'Open Shared (copy)' }).click();
			await notice(b, /Opened “Shared \(copy\)”/).waitFor();
			assert.equal(await marketField(b, 'Rate'), '5.00');
			// Tab A's list heard of the copy.
			await showTab(a, 'Saved');
			await a.getByTestId('saved-list').getByText('Shared (copy)').waitFor();
			assert.deepEqual(s.consoleErrors, [], 'no console errors');
		} finally {
			await s.close();
		}
	},
);

/** A server in front of `upstream` that can serve a changed service worker (an update of the app). */
async function updatableProxy(upstream: string): Promise<{ url: string; update(): void; server: Server }> {
	let version = 0;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', upstream);
		void fetch(url, { headers: { accept: req.headers.accept ?? '*/*', 'accept-encoding': 'identity' } }).then(
			async (r) => {
				let body = Buffer.from(await r.arrayBuffer());
				const headers = Object.fromEntries(r.headers);
				for (const h of ['content-length', 'content-encoding', 'etag', 'last-modified']) delete headers[h];
				if (url.pathname === '/sw.js' && version > 0) {
					body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
					headers['cache-control'] = 'no-cache';
				}
				res.writeHead(r.status, headers).end(body);
			},
			() => res.writeHead(502).end(),
		);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}/`, update: () => version++, server };
}

test(
	'an update with unsaved edits in two tabs loses nothing and reloads only the tab that asked',
	{ timeout: 180_000 },
	async () => {
		const s = await openApp();
		const proxy = await updatableProxy(s.url);
		try {
			const a = s.page;
			await a.goto(proxy.url);
			await waitForApp(a);
			await waitForServiceWorker(a);
			await waitForApp(a);
			const b = await s.context.newPage();
			await b.goto(proxy.url);
			await waitForApp(b);
			await b.waitForFunction(() => !!navigator.serviceWorker.controller);

			await showTab(a, 'Saved');
			await nameField(a).fill('Edit in A');
			await showTab(b, 'Saved');
			await nameField(b).fill('Edit in B');
			await typeMarket(b, 'SPX', '6500');
			await b.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

			proxy.update();
			await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			const prompt = notice(a, /An update is ready/);
			await prompt.filter({ hasText: /this tab \(“Edit in A”\) and another tab \(“Edit in B”\)/ }).waitFor();
			await a.screenshot({ path: `${SCREENSHOTS}update-prompt.png` });

			await prompt.getByRole('button', { name: 'Reload' }).click();
			await a.waitForEvent('load');
			await waitForApp(a);
			await showTab(a, 'Saved');
			assert.equal(await nameField(a).inputValue(), 'Edit in A', 'tab A got its draft back after its reload');

			// Tab B was not reloaded: its edits are still in the page, and it says so.
			await notice(b, /updated in another tab/).waitFor();
			assert.equal(await b.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true);
			await showTab(b, 'Saved');
			assert.equal(await nameField(b).inputValue(), 'Edit in B');
			await b.screenshot({ path: `${SCREENSHOTS}update-other-tab.png` });
			await notice(b, /updated in another tab/)
				.getByRole('button', { name: 'Reload' })
				.click();
			await b.waitForEvent('load');
			await waitForApp(b);
			assert.equal(await b.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), undefined);
			await showTab(b, 'Saved');
			assert.equal(await nameField(b).inputValue(), 'Edit in B');
			assert.equal(await marketField(b, 'SPX'), '6500.00');
		} finally {
			await new Promise<void>((ok) => proxy.server.close(() => ok()));
			await s.close();
		}
	},
);
