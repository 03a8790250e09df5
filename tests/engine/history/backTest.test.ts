import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	NO_COSTS,
	Xoshiro128,
	blockBootstrapSe,
	sortedCopy,
	quantileSorted,
	type BookSpec,
} from '../../../src/engine';
import {
	DEFAULT_BACK_TEST_SETTINGS,
	backTestPart,
	backTestResult,
	backTestStarts,
	embeddedHistoryTable,
	largestEpisode,
	historyDays,
	mergeBackTestSeries,
	replay,
	runBackTest,
	type BackTestSettings,
} from '../../../src/engine/history';

const table = embeddedHistoryTable();
const days = historyDays(table);
const settings: BackTestSettings = {
	...DEFAULT_BACK_TEST_SETTINGS,
	every: 3,
	bootstrap: { ...DEFAULT_BACK_TEST_SETTINGS.bootstrap, replicates: 50 },
};
const spec = DEFAULT_BOOK_SPEC;
const starts = backTestStarts(days, spec, settings);
const whole = backTestPart(days, spec, settings, starts, 0, starts.length);

describe('backTestStarts', () => {
	it('takes every k-th day whose condor expiry lies in the same episode, reached day by day', () => {
		const all = backTestStarts(days, spec, { ...settings, every: 1 });
		// Each 91-day episode can hold a 45-day condor from its first ~60 days.
		expect(all.length).toBeGreaterThan(4 * 55);
		expect(all.length).toBeLessThan(4 * 65);
		expect(Array.from(starts)).toEqual(Array.from(all).filter((_, k) => k % 3 === 0));
		expect(
			backTestStarts(days, spec, { ...settings, from: '2020-01-01', to: '2020-12-31' }).every((i) =>
				table.dates[i].startsWith('2020'),
			),
		).toBe(true);
	});
});

describe('backTestPart and mergeBackTestSeries', () => {
	it('give the same series and report whatever the chunks (a pool’s parts merge bit-identically)', () => {
		const parts = [0, 7, 30, 55].map((from, k, a) =>
			backTestPart(days, spec, settings, starts, from, (a[k + 1] ?? starts.length) - from),
		);
		const merged = mergeBackTestSeries(parts);
		expect(merged).toEqual(whole);
		expect(backTestResult(table, spec, settings, merged)).toEqual(
			backTestResult(table, spec, settings, whole),
		);
	});
	it('holds each start to its condor’s expiry: the steward’s outcome is the replay’s', () => {
		for (const k of [0, 20, 50]) {
			const r = replay(days, spec, settings.policies[0], table.dates[whole.rows[k]]);
			expect(r.complete).toBe(true);
			expect(whole.policies[0].hedgeUsd[k]).toBeCloseTo(r.outcome.hedgeUsd, 9);
			expect(whole.policies[0].condorNetUsd[k]).toBeCloseTo(r.outcome.afterCosts.condorUsd, 9);
			expect(whole.endDays[k]).toBe(table.days[table.dates.indexOf(r.condorExpiry)]);
		}
	});
});

describe('backTestResult', () => {
	const result = backTestResult(table, spec, settings, whole);
	it('is plain JSON of finite numbers (it is saved with the scenario)', () => {
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
		const numbers: number[] = [];
		JSON.stringify(result, (_, v) => (typeof v === 'number' ? (numbers.push(v), v) : v));
		expect(numbers.every(Number.isFinite)).toBe(true);
	});
	it('groups starts by regime at the start, with and without the episode, per policy', () => {
		const n = (regime: string, without: boolean) =>
			result.groups.find(
				(g) => g.regime === regime && g.withoutEpisode === without && g.policyId === 'steward',
			)!.n;
		expect(n('contango', false) + n('backwardation', false)).toBe(n('all', false));
		expect(n('all', false)).toBe(whole.rows.length);
		expect(n('all', true)).toBeLessThan(n('all', false));
		expect(result.policies.map((p) => p.id)).toEqual(['steward', 'promoter', 'monetize', 'playbook']);
		// The history's own largest episode: VIX above VIX3M around its highest close (82.69, 2020-03-16).
		expect(result.episode).toEqual({ label: 'March 2020', from: '2020-02-24', to: '2020-04-23' });
	});
	it('reports the plain mean, median and share of profits of each group (all counts 1)', () => {
		const g = result.groups.find((x) => x.regime === 'all' && !x.withoutEpisode && x.policyId === 'steward')!;
		const hedged = Float64Array.from(
			whole.policies[0].condorNetUsd,
			(c, i) => c + whole.policies[0].hedgeNetUsd[i],
		);
		const sorted = sortedCopy(hedged);
		expect(g.afterCosts.hedged.mean.value).toBeCloseTo(hedged.reduce((a, b) => a + b, 0) / hedged.length, 6);
		expect(g.afterCosts.hedged.median.value).toBeCloseTo(quantileSorted(sorted, 0.5), 9);
		expect(g.afterCosts.hedged.pProfit.value).toBeCloseTo(
			hedged.filter((x) => x > 0).length / hedged.length,
			12,
		);
		expect(g.premiumUsd.value).toBeCloseTo(
			whole.policies[0].premiumUsd.reduce((a, b) => a + b, 0) / whole.rows.length,
			6,
		);
		expect(g.afterCosts.hedged.mean.se).toBeGreaterThan(0);
	});
	it('costs the hedge more in backwardation than in contango on the episodes (VIX is higher there)', () => {
		const prem = (regime: string) =>
			result.groups.find((g) => g.regime === regime && !g.withoutEpisode && g.policyId === 'steward')!
				.premiumUsd.value;
		expect(prem('backwardation')).toBeGreaterThan(prem('contango'));
	});
});

describe('largestEpisode', () => {
	it('is the run of closes with VIX above VIX3M around the highest VIX close, ends included', () => {
		const ep = largestEpisode(table)!;
		const row = (d: string) => table.dates.indexOf(d);
		const [from, to] = [row(ep.from), row(ep.to)];
		expect(table.vix.slice(from, to + 1).every((v, k) => v > table.vix3m[from + k])).toBe(true);
		expect(table.vix[from - 1]).toBeLessThanOrEqual(table.vix3m[from - 1]);
		expect(table.vix[to + 1]).toBeLessThanOrEqual(table.vix3m[to + 1]);
		expect(Math.max(...table.vix)).toBe(82.69);
		expect(
			table.dates[table.vix.indexOf(82.69)] >= ep.from && table.dates[table.vix.indexOf(82.69)] <= ep.to,
		).toBe(true);
	});
	it('is the peak day alone when VIX was not above VIX3M then', () => {
		const flat = { ...table, vix3m: table.vix3m.map(() => 1000) };
		const day = table.dates[table.vix.indexOf(82.69)];
		expect(largestEpisode(flat)).toEqual({ label: 'March 2020', from: day, to: day });
	});
});

describe('runBackTest', () => {
	it('runs in chunks, reporting progress, and gives the parts’ report', async () => {
		const fractions: number[] = [];
		const r = await runBackTest(days, spec, { ...settings, chunkStarts: 20 }, (f) => void fractions.push(f));
		expect(r).toEqual(backTestResult(table, spec, settings, whole));
		expect(fractions.at(-1)).toBe(1);
		expect(fractions.length).toBe(Math.ceil(starts.length / 20));
	});
	it('stops when told (null)', async () => {
		expect(await runBackTest(days, spec, { ...settings, chunkStarts: 20 }, () => false)).toBeNull();
	});
	it('pays trading costs: without them every policy does better after costs', () => {
		const free: BookSpec = { ...spec, costs: NO_COSTS };
		const paid = whole.policies[0];
		const none = backTestPart(days, free, settings, starts, 0, 10).policies[0];
		for (let k = 0; k < 10; k++) expect(none.hedgeNetUsd[k]).toBeGreaterThan(paid.hedgeNetUsd[k]);
	});
});

describe('blockBootstrapSe', () => {
	const mean = (xs: ArrayLike<number>, idx: Int32Array) => {
		let s = 0;
		for (const i of idx) s += xs[i];
		return s / idx.length;
	};
	it('gives σ/√n for the mean of independent draws with blocks of 1', () => {
		const rng = new Xoshiro128(5);
		const xs = Array.from({ length: 2000 }, () => rng.normal());
		const m = xs.reduce((a, b) => a + b, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
		const [se] = blockBootstrapSe(xs.length, (idx) => [mean(xs, idx)], 1, 2000, 9);
		expect(se / (sd / Math.sqrt(xs.length))).toBeGreaterThan(0.93);
		expect(se / (sd / Math.sqrt(xs.length))).toBeLessThan(1.07);
	});
	it('widens for a persistent series when the blocks keep neighbours together', () => {
		const rng = new Xoshiro128(6);
		const xs: number[] = [0];
		for (let i = 1; i < 4000; i++) xs.push(0.95 * xs[i - 1] + rng.normal());
		const [iid] = blockBootstrapSe(xs.length, (idx) => [mean(xs, idx)], 1, 400, 1);
		const [blocks] = blockBootstrapSe(xs.length, (idx) => [mean(xs, idx)], 100, 400, 1);
		// An AR(1) with b = 0.95 has a long-run sd √((1 + b)/(1 − b)) ≈ 6.2 times the iid one.
		expect(blocks / iid).toBeGreaterThan(4);
	});
	it('is reproducible for a seed and leaves a non-finite figure out of its spread', () => {
		const f = (idx: Int32Array) => [idx[0], NaN];
		expect(blockBootstrapSe(50, f, 5, 20, 3)).toEqual(blockBootstrapSe(50, f, 5, 20, 3));
		expect(blockBootstrapSe(50, f, 5, 20, 3)[1]).toBe(0);
		expect(() => blockBootstrapSe(50, f, 0, 20, 3)).toThrow(RangeError);
	});
});
