// `npm run bench:ui`: input-to-paint latency of the What-if SPX slider in Chromium, dragged with the mouse, with and
// without 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). For each drag step the page records the input
// event's time and the time after the next frame that shows the new value (payoff chart, P&L and heatmap repainted
// from the engine worker's answer). Steps are taken one at a time, so each figure is one full round trip.
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TARGETS = { unthrottled: 16, throttled: 50 };

/**
 * Installs the probe: each slider input is timed until the frame after the P&L shows its value. `floor` times the
 * next paint after the input instead, with no work awaited: the part of the figure no app can remove.
 */
async function installProbe(page: Page, floor = false) {
	await page.evaluate((floor) => {
		const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
		const pnl = document.querySelector<HTMLElement>('[data-testid="whatif-pnl"]')!;
		const w = window as unknown as { latencies: number[]; pending: { v: number; t: number } | null };
		w.latencies = [];
		w.pending = null;
		slider.addEventListener(
			'input',
			(e) => {
				const t = e.timeStamp;
				if (floor) requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - t), 0));
				else w.pending = { v: Number(slider.value), t };
			},
			true,
		);
		new MutationObserver(() => {
			const p = w.pending;
			if (!p || Number(pnl.dataset.spxMove) !== p.v) return;
			w.pending = null;
			// The frame that paints this DOM: rAF runs before its rendering, the task after it runs once it is done.
			requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - p.t), 0));
		}).observe(pnl, { attributes: true, attributeFilter: ['data-spx-move'] });
	}, floor);
}

async function drag(page: Page, steps: number): Promise<number[]> {
	const box = (await page.locator('input[type="range"]').first().boundingBox())!;
	const y = box.y + box.height / 2;
	const start = box.x + box.width * 0.66; // 0 % on the −30…+15 scale
	await page.evaluate(() => ((window as unknown as { latencies: number[] }).latencies = []));
	await page.mouse.move(start, y);
	await page.mouse.down();
	for (let i = 1; i <= steps; i++) {
		const before = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies.length);
		await page.mouse.move(start - (i * box.width * 0.6) / steps, y);
		// Wait for this step's paint (a move that does not change the value records nothing).
		await page
			.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length > n, before, {
				timeout: 2000,
			})
			.catch(() => undefined);
	}
	await page.mouse.up();
	return page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
}

function summary(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

async function main() {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	const { server, url } = await serveDist(DIST);
	const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
	try {
		console.log('What-if SPX slider, input → painted payoff chart, P&L and shocked curve (ms)');
		for (const [screen, viewport] of [
			['desktop 1280×900 (two panes)', { width: 1280, height: 900 }],
			['phone 390×844', { width: 390, height: 844 }],
		] as const) {
			const page = await browser.newPage({ viewport });
			await page.goto(url);
			await page.locator('.shell[data-ready]').waitFor();
			await page
				.getByRole('navigation', { name: 'Screens' })
				.getByRole('button', { name: 'What-if' })
				.click();
			await page.getByTestId('whatif-combined').waitFor();
			const cdp = await page.context().newCDPSession(page);
			await installProbe(page, true);
			const floor = summary(await drag(page, 40));
			await page.reload();
			await page.locator('.shell[data-ready]').waitFor();
			await page
				.getByRole('navigation', { name: 'Screens' })
				.getByRole('button', { name: 'What-if' })
				.click();
			await page.getByTestId('whatif-combined').waitFor();
			await installProbe(page);
			await drag(page, 20); // warm-up: JIT, worker, fonts
			console.log(`  ${screen} (input → next paint with no work awaited: median ${floor.median.toFixed(1)})`);
			for (const [label, rate] of [
				['unthrottled', 1],
				['throttled', 4],
			] as const) {
				await cdp.send('Emulation.setCPUThrottlingRate', { rate });
				const r = summary(await drag(page, 80));
				const ok = r.median <= TARGETS[label] ? 'meets' : 'MISSES';
				console.log(
					`    ${label.padEnd(12)} ${rate}× CPU: median ${r.median.toFixed(1)}  p95 ${r.p95.toFixed(1)}  max ${r.max.toFixed(1)}  (n = ${r.n})  target median ≤ ${TARGETS[label]} ms: ${ok}`,
				);
			}
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
