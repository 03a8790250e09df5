// A new trader on a 390 × 844 phone with touch, every tap counted: from a cold open, today's market typed through the
// quick card (date by default, SPX, VIX, VIX3M and three futures) in at most 12 taps plus typing; then the hedge's
// cost and its P&L at SPX −10 % with VIX 40, split condor / hedge / combined, readable in at most 3 more taps; a
// negative move typed through the ± toggle (no minus key); and a row of futures pasted into one box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { latestCloseDate } from '../../src/engine';
import { todayInNewYork } from '../../src/ui/market/today';
import { SCREENSHOTS, assertNoBadNumbers, openApp, waitForApp } from './browser';

const MONEY = /^[+−]?\$[\d,]+$/;

test(
	'new trader: today’s market in ≤ 12 taps, the stress answer in ≤ 3 more',
	{ timeout: 120_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			let taps = 0;
			const tap = async (target: Locator) => {
				taps += 1;
				await target.tap();
			};
			const type = (text: string) => page.keyboard.type(text);

			await page.goto(s.url);
			await waitForApp(page);
			// Cold open: a sample, said so, with today's market as its first action.
			const quick = page.getByTestId('quick-market');
			await page.getByTestId('sample-note').waitFor();
			await tap(page.getByTestId('use-today'));
			const date = quick.getByLabel('Date (close)');
			assert.equal(await date.inputValue(), latestCloseDate(todayInNewYork()), 'the date is today’s close');
			// The SPX box is focused with its number selected: the digits replace it.
			await type('6850.5');
			await tap(quick.getByRole('textbox', { name: 'VIX', exact: true }));
			await type('16.8');
			await tap(quick.getByRole('textbox', { name: 'VIX3M', exact: true }));
			await type('18.9');
			const futures = quick.getByRole('list', { name: 'VX futures, nearest first' }).getByRole('textbox');
			for (const [i, price] of ['17.6', '18.45', '19.1'].entries()) {
				await tap(futures.nth(i));
				await type(price);
			}
			const marketTaps = taps;
			assert.ok(marketTaps <= 12, `today's market took ${marketTaps} taps`);
			await page
				.getByTestId('quick-status')
				.filter({ hasText: /contango/i })
				.waitFor();
			assert.equal(await quick.getByRole('textbox', { name: 'SPX', exact: true }).inputValue(), '6850.50');
			assert.match(await futures.nth(2).inputValue(), /^19\.10?$/);
			await page.screenshot({ path: `${SCREENSHOTS}new-trader-market.png` });

			// The hedge's cost is on the summary strip from the start; the stress answer is two taps away.
			const strip = page.getByTestId('summary-strip');
			assert.match((await strip.getByTestId('summary-hedge').innerText()) ?? '', /\$[\d,]+ · \d+ %/);
			await tap(strip.getByTestId('summary-stress'));
			await tap(page.getByTestId('pick-vix40'));
			const bar = page.getByTestId('whatif-bar');
			await bar.filter({ hasText: 'VIX 40.0' }).waitFor();
			const split = await Promise.all(
				['bar-condor', 'bar-hedge', 'bar-combined'].map(async (id) =>
					(await page.getByTestId(id).innerText()).trim(),
				),
			);
			for (const v of split) assert.match(v, MONEY);
			const stressTaps = taps - marketTaps;
			assert.ok(stressTaps <= 3, `the stress answer took ${stressTaps} taps`);
			assert.match(await bar.innerText(), /SPX −10\.0 % → [\d,]+ · VIX 40\.0 · \+5 d/);
			await assertNoBadNumbers(page, 'What-if');
			await page.screenshot({ path: `${SCREENSHOTS}new-trader-stress.png` });

			// A negative move without a minus key: tap the box, tap ±, type the digits.
			const move = page.getByRole('textbox', { name: 'SPX move', exact: true });
			await tap(move);
			await page.keyboard.press('Control+A');
			await page.keyboard.press('Backspace');
			await tap(page.getByRole('button', { name: 'Change the sign of SPX move' }));
			await type('7');
			await bar.filter({ hasText: 'SPX −7.0 %' }).waitFor();
			assert.equal(await move.inputValue(), '−7');
			assert.ok(await move.evaluate((el) => el === document.activeElement), 'the keyboard stays on the box');

			// A row pasted into VX1 fills VX1–VX3.
			await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Market' }).tap();
			await futures.first().tap();
			await futures.first().evaluate((el) => {
				const data = new DataTransfer();
				data.setData('text/plain', '16.15 17.87 18.95');
				el.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
				);
			});
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll<HTMLInputElement>('[aria-label="VX futures, nearest first"] input')]
						.map((i) => i.value)
						.join(' ') === '16.15 17.87 18.95',
			);
			console.log(
				`new trader: today's market in ${marketTaps} taps, the stress answer in ${stressTaps} more`,
			);
			assert.deepEqual(s.foreignRequests, []);
			assert.deepEqual(s.consoleErrors, []);
		} finally {
			await s.close();
		}
	},
);
