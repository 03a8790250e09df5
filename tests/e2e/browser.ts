// Shared end-to-end harness: serves dist/ on 127.0.0.1, launches Debian's Chromium through playwright-core with a
// phone profile, and records every request to another origin and every console error so a test can fail on them.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { serveDist } from '../../scripts/serve';
import { CHROME_FLAGS, chromePath } from '../../scripts/chromium';

export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface Session {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	url: string;
	/** Requests that left the app's origin, and console errors: both must stay empty. */
	foreignRequests: string[];
	consoleErrors: string[];
	close(): Promise<void>;
}

/** Opens the built app on a fresh profile at phone size (390×844, touch). */
export async function openApp(): Promise<Session> {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	mkdirSync(SCREENSHOTS, { recursive: true });
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'allow',
	});
	const origin = new URL(url).origin;
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (req) => {
		const u = req.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
	});
	const page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(String(err)));
	return {
		browser,
		context,
		page,
		url,
		foreignRequests,
		consoleErrors,
		async close() {
			await browser.close();
			await new Promise<void>((ok) => (server as Server).close(() => ok()));
		},
	};
}

/** Waits until a service worker controls the page (reloading once if the first load was uncontrolled). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
		await page.reload();
		await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	}
}

/** Switches screens with the bottom tab bar. */
export async function showTab(
	page: Page,
	name: 'Market' | 'Book' | 'What-if' | 'Regimes' | 'History' | 'Saved',
) {
	await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true }).click();
}

/** Waits until the app has restored its draft (or link) and the engine has labelled the curve. */
export async function waitForApp(page: Page): Promise<void> {
	await page.locator('.shell[data-ready]').waitFor();
	await page.getByTestId('regime-label').waitFor();
}

/** The text of the elements that describe a form control (its message beside the field). */
export async function describedText(page: Page, control: ReturnType<Page['getByRole']>): Promise<string> {
	const ids = (await control.getAttribute('aria-describedby')) ?? '';
	const parts = await Promise.all(
		ids
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => page.locator(`[id="${id}"]`).textContent()),
	);
	return parts.join(' ');
}

/** Fails when NaN, Infinity or undefined is shown anywhere in the app. */
export async function assertNoBadNumbers(page: Page, where: string): Promise<void> {
	const text = (await page.locator('.shell').innerText()) ?? '';
	const bad = /.{0,30}\b(NaN|Infinity|undefined)\b.{0,30}/.exec(text);
	if (bad) throw new Error(`${where}: "${bad[0]}" is on screen`);
}

/** Whether the element was brought to the top of the screen (its top within the first quarter, below the edge). */
export function scrolledToTop(locator: ReturnType<Page['locator']>): Promise<boolean> {
	return locator.evaluate((el) => {
		const { top } = el.getBoundingClientRect();
		return top >= 0 && top < innerHeight / 4;
	});
}
