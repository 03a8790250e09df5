// A worker that crashes is restarted, the user is told, and the numbers keep coming.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoBadNumbers, openApp, showTab, waitForApp } from './browser';

test('a crashed engine worker is restarted and the user told', { timeout: 120_000 }, async () => {
	const s = await openApp();
	try {
		const { page } = s;
		await page.goto(s.url);
		await waitForApp(page);
		await showTab(page, 'What-if');
		const combined = page.getByTestId('whatif-combined');
		await combined.waitFor();
		const [worker] = page.workers();
		assert.ok(worker, 'the engine runs in a worker');
		// An uncaught error inside the worker: the page sees it as the worker's 'error' event.
		await worker.evaluate('setTimeout(() => { throw new Error("crash test"); }, 0)');
		const notice = page
			.getByRole('status')
			.filter({ hasText: /calculation engine stopped .* and was restarted/ });
		await notice.waitFor();
		const before = await combined.textContent();
		await page.getByRole('textbox', { name: 'SPX move', exact: true }).fill('-12');
		await page.waitForFunction(
			(old) => document.querySelector('[data-testid="whatif-combined"]')?.textContent !== old,
			before,
		);
		await assertNoBadNumbers(page, 'after the restart');
		assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
	} finally {
		await s.close();
	}
});
