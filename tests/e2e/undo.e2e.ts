// Nothing a tap replaces is lost, at phone size: Delete → Undo brings the scenario back (and it survives a reload); a
// share link opened over unsaved work keeps that work and Undo restores it; a link whose lab result repeats an id is
// refused with a message and changes nothing; the playbook's numbers are undone; a long name never pushes a notice's
// buttons off the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultScenario, encodeShareFragment, exportText } from '../../src/persistence';
import { labResultFor } from '../fixtures/labResult';
import { SCREENSHOTS, assertNoBadNumbers, openApp, showTab, waitForApp } from './browser';

test(
	'delete, link and import are undone; a link with repeated ids is refused',
	{ timeout: 180_000 },
	async () => {
		const s = await openApp();
		try {
			const { page } = s;
			await page.goto(s.url);
			await waitForApp(page);
			const notice = (text: RegExp) => page.getByTestId('toast').filter({ hasText: text });
			const name = page.getByLabel('Name', { exact: true });
			const list = page.getByTestId('saved-list');

			// Save, delete, undo: the scenario is back, also after a reload.
			await showTab(page, 'Saved');
			await name.fill('Precious');
			await page.getByRole('button', { name: 'Save to this device' }).click();
			await list.getByText('Precious').waitFor();
			await page.getByRole('button', { name: 'Delete Precious' }).click();
			await notice(/Deleted “Precious”/).waitFor();
			assert.equal(await list.count(), 0, 'the list is empty after the delete');
			await notice(/Deleted “Precious”/)
				.getByRole('button', { name: 'Undo' })
				.click();
			await notice(/Restored “Precious”/).waitFor();
			await list.getByText('Precious').waitFor();
			await page.reload();
			await waitForApp(page);
			await showTab(page, 'Saved');
			await list.getByText('Precious').waitFor();

			// Unsaved work, then a share link opened over it: kept under Saved, and Undo brings it back.
			await name.fill('My unsaved work');
			await showTab(page, 'Market');
			await page.getByRole('textbox', { name: 'SPX', exact: true }).fill('6500');
			const shared = { ...defaultScenario(), mcSeed: 4242 };
			const fragment = await encodeShareFragment({ name: 'From a colleague', data: shared });
			await page.evaluate((h) => (location.hash = h), fragment);
			await notice(
				/Opened the shared scenario “From a colleague”\. Your unsaved “My unsaved work” is kept/,
			).waitFor();
			await showTab(page, 'Saved');
			assert.equal(await name.inputValue(), 'From a colleague');
			await page.getByTestId('other-drafts').getByText('My unsaved work').waitFor();
			await page.screenshot({ path: `${SCREENSHOTS}saved-link-over-work.png`, fullPage: true });
			await notice(/Opened the shared scenario/)
				.getByRole('button', { name: 'Undo' })
				.click();
			await notice(/Back to “My unsaved work”/).waitFor();
			assert.equal(await name.inputValue(), 'My unsaved work');
			await showTab(page, 'Market');
			assert.equal(await page.getByRole('textbox', { name: 'SPX', exact: true }).inputValue(), '6500.00');

			// A file imported over the same unsaved work: it joins Saved and opens; Undo brings the work back.
			await showTab(page, 'Saved');
			await page.getByTestId('import-file').setInputFiles({
				name: 'colleague.json',
				mimeType: 'application/json',
				buffer: Buffer.from(
					exportText({ name: 'Imported book', data: { ...defaultScenario(), mcSeed: 99 } }),
				),
			});
			await notice(/Imported “Imported book” and saved it/).waitFor();
			assert.equal(await name.inputValue(), 'Imported book');
			await list.getByText('Imported book').waitFor();
			await notice(/Imported “Imported book”/)
				.getByRole('button', { name: 'Undo' })
				.click();
			await notice(/Back to “My unsaved work”/).waitFor();
			assert.equal(await name.inputValue(), 'My unsaved work');

			// A link whose lab result names a policy twice (which once made Regimes impossible to open): refused.
			const data = defaultScenario();
			const result = labResultFor(data);
			result.starts[0].policies[1].policyId = result.starts[0].policies[0].policyId;
			const bad = await encodeShareFragment({
				name: 'Repeated ids',
				data: { ...data, lab: { ...data.lab, result } },
			});
			await page.evaluate((h) => (location.hash = h), bad);
			await notice(/The shared link was not opened: .*appears twice/).waitFor();
			await showTab(page, 'Saved');
			assert.equal(await name.inputValue(), 'My unsaved work');
			await showTab(page, 'Regimes');
			await page.getByTestId('lab-run').waitFor();
			await assertNoBadNumbers(page, 'Regimes after the refused link');

			// Applying the playbook's numbers is undone in one tap.
			await showTab(page, 'Book');
			const strikes = page.getByTestId('condor-strikes');
			await strikes.waitFor();
			const before = await strikes.textContent();
			await page.getByTestId('apply-playbook').click();
			await notice(/Applied: short strikes/).waitFor();
			await notice(/Applied: short strikes/)
				.getByRole('button', { name: 'Undo' })
				.click();
			await page.waitForFunction(
				(old) => document.querySelector('[data-testid="condor-strikes"]')?.textContent === old,
				before,
			);

			// A long unbroken name: the notice wraps, its close button stays on screen.
			await showTab(page, 'Saved');
			await name.fill('W'.repeat(120));
			await page.getByRole('button', { name: 'Save as new' }).click();
			const long = notice(/Saved “W+…”/);
			await long.waitFor();
			const close = await long.getByRole('button', { name: 'Dismiss' }).boundingBox();
			assert.ok(
				close && close.x >= 0 && close.x + close.width <= 390,
				`close button at ${JSON.stringify(close)}`,
			);
			await page.screenshot({ path: `${SCREENSHOTS}saved-long-name.png` });

			assert.deepEqual(s.consoleErrors, [], 'no console errors');
			assert.deepEqual(s.foreignRequests, [], 'no request may leave the app origin');
		} finally {
			await s.close();
		}
	},
);
