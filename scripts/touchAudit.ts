// The touch-and-text audit (docs/screens.md, "Touch and text"): every visible tap target at least 44 × 44 CSS px and
// every visible text at least 12 px, chart ticks included, on each screen and dialog of the built app in Debian's
// Chromium at 390 × 844 and 360 × 640. Run alone (`npx tsx scripts/touchAudit.ts`) it prints a table and fails on a
// finding; tests/e2e/touch.e2e.ts runs the same audit in the suite.
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';

export const MIN_TARGET_PX = 44;
export const MIN_TEXT_PX = 12;
export const AUDIT_VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 },
] as const;
export const AUDIT_SCREENS = ['Market', 'Book', 'What-if', 'Regimes', 'History', 'Saved'] as const;

/**
 * Targets and texts that may be smaller, each with its reason. A selector matches the element measured (for a target:
 * the control, or the label that stands for a check box or radio button).
 */
export const EXCEPTIONS: readonly { selector: string; reason: string }[] = [
	{
		selector: '.skip',
		reason: 'the skip link is off screen until focused by keyboard, and 44 px tall when shown',
	},
];

export interface Finding {
	/** A small target, a small text, or a page wider than the screen (a phone then zooms out and everything shrinks). */
	kind: 'target' | 'text' | 'width';
	what: string;
	width: number;
	height: number;
	fontPx?: number;
}

/** Measures every visible tap target and text on the page as it is now (open <details> first to include them). */
export async function auditPage(page: Page): Promise<Finding[]> {
	// tsx (esbuild) names inner functions with a `__name` helper the page does not have: give it a no-op one.
	await page.evaluate('globalThis.__name ??= (f) => f');
	return page.evaluate(
		({ minTarget, minText, exceptions }) => {
			const out: Finding[] = [];
			const pageWidth = document.documentElement.scrollWidth;
			if (pageWidth > screen.width + 0.5)
				out.push({ kind: 'width', what: 'the page is wider than the screen', width: pageWidth, height: 0 });
			const excepted = (el: Element) => exceptions.some((x) => el.closest(x.selector));
			const hidden = (el: Element) => {
				for (let e: Element | null = el; e; e = e.parentElement) {
					const s = getComputedStyle(e);
					if (s.display === 'none' || s.visibility === 'hidden') return true;
					if (e.classList.contains('visually-hidden')) return true;
					if (e.tagName === 'DIALOG' && !(e as HTMLDialogElement).open) return true;
					if (
						e.tagName === 'DETAILS' &&
						!(e as HTMLDetailsElement).open &&
						e.firstElementChild?.tagName === 'SUMMARY'
					) {
						if (!el.closest('summary')) return true;
					}
				}
				return false;
			};
			const name = (el: Element) => {
				const label =
					el.getAttribute('aria-label') ??
					(el as HTMLElement).innerText?.trim() ??
					(el as HTMLInputElement).labels?.[0]?.innerText ??
					'';
				return `${el.tagName.toLowerCase()} “${label.replace(/\s+/g, ' ').slice(0, 40)}”`;
			};
			// A modal dialog makes the page behind it inert: audit only the dialog then.
			const modal = [...document.querySelectorAll('dialog')].find((d) => d.open && d.matches(':modal'));
			const root: ParentNode = modal ?? document;
			const targets = root.querySelectorAll(
				'a[href], button, input, select, textarea, summary, [role="button"], [role="slider"], [tabindex]:not([tabindex="-1"])',
			);
			for (const el of targets) {
				if (hidden(el) || excepted(el)) continue;
				if ((el as HTMLButtonElement).disabled) continue;
				// A check box or radio button is tapped through its label.
				const input = el as HTMLInputElement;
				const box =
					el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')
						? (input.closest('label') ?? el)
						: el;
				// A target spread over its positioned ancestor by an absolutely placed ::after (a read-out cell) is that big.
				const after = getComputedStyle(box, '::after');
				const cover =
					after.content !== 'none' && after.position === 'absolute'
						? (box as HTMLElement).offsetParent
						: null;
				const r = (cover ?? box).getBoundingClientRect();
				if (r.width === 0 && r.height === 0) continue;
				if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5)
					out.push({
						kind: 'target',
						what: name(box),
						width: Math.round(r.width),
						height: Math.round(r.height),
					});
			}
			const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
			const seen = new Set<Element>();
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || seen.has(el) || !n.textContent?.trim()) continue;
				seen.add(el);
				if (['SCRIPT', 'STYLE', 'TITLE', 'OPTION'].includes(el.tagName) || hidden(el) || excepted(el))
					continue;
				const px = parseFloat(getComputedStyle(el).fontSize);
				if (px < minText - 0.01) {
					const r = el.getBoundingClientRect();
					out.push({
						kind: 'text',
						what: `${el.tagName.toLowerCase()} “${n.textContent.trim().slice(0, 40)}”`,
						width: Math.round(r.width),
						height: Math.round(r.height),
						fontPx: px,
					});
				}
			}
			return out;
		},
		{
			minTarget: MIN_TARGET_PX,
			minText: MIN_TEXT_PX,
			exceptions: EXCEPTIONS.map((x) => ({ selector: x.selector })),
		},
	);
}

/** Opens every <details> on the page, so the audit (and axe) see what is folded too. */
export async function openAllDetails(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** History with results: the February 2018 episode replayed and the back-test run (on the embedded episodes). */
export async function fillHistory(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Replay the flip of 2 Feb 2018' }).click();
	await page.getByTestId('replay-result').waitFor({ timeout: 60_000 });
	await page.getByTestId('backtest-run').click();
	await page.getByTestId('backtest-table').waitFor({ timeout: 120_000 });
}

/**
 * Audits every screen (details open; the regime lab run with 2,000 paths, History with a replay and a back-test, so
 * their results are measured too) and the glossary dialog at one viewport; findings carry where they were.
 */
export async function auditApp(page: Page, url: string): Promise<(Finding & { where: string })[]> {
	const found: (Finding & { where: string })[] = [];
	await page.goto(url);
	await page.locator('.shell[data-ready]').waitFor();
	await page.getByTestId('regime-label').waitFor();
	for (const tab of AUDIT_SCREENS) {
		await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: tab }).click();
		await page.locator(`.pane[data-screen] .card`).first().waitFor();
		await page.waitForTimeout(600);
		if (tab === 'Regimes') {
			await page.getByLabel('Paths per start').selectOption('2000');
			await page.getByTestId('lab-run').click();
			await page.getByTestId('lab-results').waitFor({ timeout: 120_000 });
		}
		if (tab === 'History') await fillHistory(page);
		await openAllDetails(page);
		await page.waitForTimeout(200);
		found.push(...(await auditPage(page)).map((f) => ({ ...f, where: tab })));
	}
	await page.getByRole('button', { name: 'Glossary', exact: true }).click();
	await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
	found.push(...(await auditPage(page)).map((f) => ({ ...f, where: 'Glossary' })));
	await page.keyboard.press('Escape');
	return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	let total = 0;
	try {
		for (const v of AUDIT_VIEWPORTS) {
			const context = await browser.newContext({ viewport: v, isMobile: true, hasTouch: true });
			const found = await auditApp(await context.newPage(), url);
			total += found.length;
			console.log(`${v.width}×${v.height}: ${found.length} finding(s)`);
			for (const f of found)
				console.log(
					`  ${f.where.padEnd(8)} ${f.kind.padEnd(6)} ${`${f.width}×${f.height}`.padEnd(8)} ${f.fontPx ? `${f.fontPx}px ` : ''}${f.what}`,
				);
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	process.exitCode = total === 0 ? 0 : 1;
}
