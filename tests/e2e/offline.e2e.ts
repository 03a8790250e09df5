// The built app installs its service worker, computes the regime in the worker, and still does so offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitForServiceWorker, SCREENSHOTS } from './browser';

test(
	'the app computes the regime in the worker, online and offline after a reload',
	{ timeout: 120_000 },
	async () => {
		const s = await openApp();
		try {
			const { page, context } = s;
			await page.goto(s.url);
			const label = page.getByTestId('regime-label');
			await label.waitFor();
			assert.match((await label.textContent()) ?? '', /contango/i);
			await waitForServiceWorker(page);

			await context.setOffline(true);
			await page.reload();
			await label.waitFor();
			assert.match((await label.textContent()) ?? '', /contango/i);
			assert.match((await page.getByTestId('front-contango').textContent()) ?? '', /10\.\d+ ?%/);
			await page.screenshot({ path: `${SCREENSHOTS}market-offline.png`, fullPage: true });

			const body = (await page.textContent('body')) ?? '';
			assert.doesNotMatch(body, /NaN|Infinity|undefined/);
			assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
			assert.deepEqual(s.consoleErrors, [], 'no console errors');
		} finally {
			await s.close();
		}
	},
);
