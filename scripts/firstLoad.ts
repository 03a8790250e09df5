// `npx tsx scripts/firstLoad.ts`: what a first visit downloads before the first screen is ready, measured in Debian's
// Chromium on the built app at 390×844 — every file requested until the Market screen shows its regime, with its
// gzip and Brotli sizes (the .gz/.br copies the build writes) — against the 150 KB gzip budget (docs/bench.md, "Load").
import { chromium } from 'playwright-core';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const FIRST_LOAD_BUDGET_KB = 150;

const size = (file: string) => (existsSync(file) ? statSync(file).size : null);

/** The files a first visit fetches before the first screen is ready, with their sizes on disk. */
export async function firstLoad(): Promise<{ path: string; identity: number; gzip: number; br: number }[]> {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	try {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			serviceWorkers: 'block',
		});
		const page = await context.newPage();
		const paths = new Set<string>();
		let open = true;
		context.on('request', (r) => {
			if (open) paths.add(new URL(r.url()).pathname);
		});
		await page.goto(url);
		await page.locator('.shell[data-ready]').waitFor();
		await page.getByTestId('regime-label').waitFor();
		open = false;
		return [...paths].map((p) => {
			const file = join(DIST, p === '/' ? 'index.html' : p);
			const identity = size(file) ?? 0;
			return { path: p, identity, gzip: size(`${file}.gz`) ?? identity, br: size(`${file}.br`) ?? identity };
		});
	} finally {
		await browser.close();
		server.close();
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const files = await firstLoad();
	const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
	for (const f of files.sort((a, b) => b.gzip - a.gzip))
		console.log(`${kb(f.identity)} ${kb(f.gzip)} ${kb(f.br)}  ${f.path}`);
	const sum = (k: 'identity' | 'gzip' | 'br') => files.reduce((s, f) => s + f[k], 0);
	console.log(`${kb(sum('identity'))} ${kb(sum('gzip'))} ${kb(sum('br'))}  total (kB: file, gzip, br)`);
	const ok = sum('gzip') / 1024 <= FIRST_LOAD_BUDGET_KB;
	console.log(
		`first load ${ok ? 'PASS' : 'FAIL'}: ${kb(sum('gzip'))} kB gzip (budget ${FIRST_LOAD_BUDGET_KB} kB)`,
	);
	process.exitCode = ok ? 0 : 1;
}
