// `npx tsx scripts/screenshots.ts [out-dir]`: every screen (and the glossary dialog) of the built app in Debian's
// Chromium at the three sizes the app is checked at — a phone (390×844), a small phone (360×640) and a phone on its
// side (844×390) — as full-page PNGs, for a person to look at before a UI change lands.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const OUT = process.argv[2] ?? fileURLToPath(new URL('../test-results/screens/', import.meta.url));
export const VIEWPORTS = [
	{ name: '390x844', width: 390, height: 844 },
	{ name: '360x640', width: 360, height: 640 },
	{ name: '844x390', width: 844, height: 390 },
] as const;
const TABS = ['Market', 'Book', 'What-if', 'Regimes', 'History', 'Saved'] as const;

async function main() {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	mkdirSync(OUT, { recursive: true });
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	try {
		for (const v of VIEWPORTS) {
			const context = await browser.newContext({
				viewport: { width: v.width, height: v.height },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
			});
			const page = await context.newPage();
			await page.goto(url);
			await page.locator('.shell[data-ready]').waitFor();
			await page.getByTestId('regime-label').waitFor();
			await page.waitForTimeout(400);
			await page.screenshot({ path: `${OUT}first-${v.name}.png` });
			// The one-time "Ready to work offline" message would cover every later picture.
			await page
				.getByRole('region', { name: 'Messages' })
				.getByRole('button', { name: 'Close' })
				.click({ timeout: 3000 })
				.catch(() => undefined);
			for (const tab of TABS) {
				await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: tab }).click();
				await page.waitForTimeout(900);
				// Screen by screen, as the phone shows it (at most six screenfuls): a full-page image is too tall to read.
				const name = tab.toLowerCase().replace('-', '');
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let i = 0; i * v.height < height && i < 6; i++) {
					await page.evaluate((y) => scrollTo(0, y), i * (v.height - 120));
					await page.waitForTimeout(150);
					await page.screenshot({ path: `${OUT}${name}-${v.name}-${i + 1}.png` });
				}
				await page.evaluate(() => scrollTo(0, 0));
			}
			await page.getByRole('button', { name: 'Glossary', exact: true }).first().click();
			await page.getByRole('dialog').waitFor();
			await page.waitForTimeout(300);
			await page.screenshot({ path: `${OUT}glossary-${v.name}.png` });
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(`screenshots in ${OUT}`);
}

await main();
