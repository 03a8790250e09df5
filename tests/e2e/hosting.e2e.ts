// The app renders at a deep path, online and then offline from the service worker; the server's headers reach the
// browser (Brotli where it is offered, framing refused).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, showTab, waitForApp, waitForServiceWorker, SCREENSHOTS } from './browser';

test('a deep path renders the app, online and offline', { timeout: 120_000 }, async () => {
	const s = await openApp();
	try {
		const { page, context } = s;
		const tabs = page.getByRole('navigation', { name: 'Screens' });
		const response = await page.goto(`${s.url}some/deep/path`);
		assert.equal(response?.status(), 200);
		const headers = (await response?.allHeaders()) ?? {};
		assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
		assert.equal(headers['x-frame-options'], 'DENY');
		await waitForApp(page);
		await tabs.waitFor();
		await showTab(page, 'Book');
		await page.screenshot({ path: `${SCREENSHOTS}deep-path.png` });
		await waitForServiceWorker(page);

		await context.setOffline(true);
		await page.goto(`${s.url}another/deep/path?from=offline`);
		await waitForApp(page);
		await tabs.waitFor();
		assert.match((await page.getByTestId('regime-label').textContent()) ?? '', /contango/i);
		await page.screenshot({ path: `${SCREENSHOTS}deep-path-offline.png` });
		await context.setOffline(false);

		assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
		assert.deepEqual(s.consoleErrors, [], 'no console errors');
	} finally {
		await s.close();
	}
});

test(
	'the server answers Chromium with compressed files and refuses to be framed',
	{ timeout: 60_000 },
	async () => {
		const s = await openApp();
		try {
			const { page, context } = s;
			const encodings = new Map<string, string>();
			page.on('response', async (r) =>
				encodings.set(new URL(r.url()).pathname, (await r.allHeaders())['content-encoding'] ?? ''),
			);
			await page.goto(s.url);
			await waitForApp(page);
			const script = [...encodings].find(([path]) => /^\/assets\/index-.*\.js$/.test(path));
			assert.ok(script, 'the app script was fetched');
			assert.match(
				script[1],
				/^(br|gzip)$/,
				`the app script is sent compressed (${script[1] || 'identity'})`,
			);

			// Another document (about:blank, an opaque origin) tries to frame the app: the frame stays empty.
			const framer = await context.newPage();
			await framer.setContent(`<iframe src="${s.url}" width="300" height="300"></iframe>`);
			await framer.waitForTimeout(1_000);
			const framed = framer.frames().find((f) => f !== framer.mainFrame());
			const framedText = framed
				? await framed.evaluate(() => document.body?.innerText ?? '').catch(() => '')
				: '';
			assert.doesNotMatch(framedText, /ALVH Lab/, 'the app must not render inside a frame');
		} finally {
			await s.close();
		}
	},
);
