// `npm run lighthouse [-- runs [applied]]`: Lighthouse's mobile performance audit of the built app as `npm start`
// serves it (compressed, cached), in Debian's Chromium (chrome-launcher with the flags of scripts/chromium.ts; no
// browser is downloaded). Lighthouse's default mobile profile: a mid-range phone on a slow 4G link with a 4× slower
// CPU — simulated from an unthrottled load by default, or applied for real to the load with `applied` (slower, and
// closer to what a phone sees: layout shifts that only happen on a slow load show up).
// Prints the median of several runs against the targets (docs/bench.md, "Load") and fails when one is missed. Not part
// of `npm test`: each run takes tens of seconds.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve';
import { CHROME_FLAGS, chromePath } from './chromium';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** The targets: a score and milliseconds, CLS unitless. */
export const TARGETS = { score: 90, lcpMs: 2500, tbtMs: 150, cls: 0.05 } as const;

interface Figures {
	score: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	siMs: number;
	ttiMs: number;
}

async function audit(url: string, port: number, applied: boolean): Promise<Figures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
		throttlingMethod: applied ? 'devtools' : 'simulate',
	});
	if (!result) throw new Error('Lighthouse returned nothing');
	const a = result.lhr.audits;
	const num = (id: string) => a[id]?.numericValue ?? NaN;
	return {
		score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
		fcpMs: num('first-contentful-paint'),
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		siMs: num('speed-index'),
		ttiMs: num('interactive'),
	};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
	if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
	const runs = Math.max(1, Number(process.argv[2] ?? 3));
	const applied = process.argv[3] === 'applied';
	const { server, url } = await serveDist(DIST);
	const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
	const all: Figures[] = [];
	try {
		for (let i = 0; i < runs; i++) all.push(await audit(url, chrome.port, applied));
	} finally {
		await chrome.kill();
		server.close();
	}
	const m = Object.fromEntries(
		(Object.keys(all[0]) as (keyof Figures)[]).map((k) => [k, median(all.map((f) => f[k]))]),
	) as unknown as Figures;
	const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	console.log(
		`Lighthouse mobile (${applied ? 'applied' : 'simulated'} throttling), median of ${runs} run(s):`,
	);
	console.log(`  runs: ${all.map((f) => f.score).join(', ')}`);
	const rows: [string, string, boolean | null][] = [
		['Performance', `${m.score}`, m.score >= TARGETS.score],
		['FCP', s(m.fcpMs), null],
		['LCP', s(m.lcpMs), m.lcpMs <= TARGETS.lcpMs],
		['TBT', `${Math.round(m.tbtMs)} ms`, m.tbtMs <= TARGETS.tbtMs],
		['CLS', m.cls.toFixed(3), m.cls <= TARGETS.cls],
		['Speed Index', s(m.siMs), null],
		['TTI', s(m.ttiMs), null],
	];
	for (const [name, value, ok] of rows)
		console.log(`  ${name.padEnd(12)} ${value.padStart(8)}  ${ok === null ? '' : ok ? 'PASS' : 'FAIL'}`);
	process.exitCode = rows.every(([, , ok]) => ok !== false) ? 0 : 1;
}

await main();
