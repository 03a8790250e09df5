import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	MARKET_PRESETS,
	MOVE_BUCKETS,
	defaultMarket,
	labResult,
	labStarts,
	mergeStartSeries,
	regimeStarts,
	runLabPart,
	runRegimeLab,
	type RegimeLabSettings,
} from '../../../src/engine';

const small: RegimeLabSettings = { ...DEFAULT_REGIME_LAB_SETTINGS, paths: 200, chunkPaths: 60, seed: 7 };
const preset = (id: string) => MARKET_PRESETS.find((p) => p.id === id)!.market;

function numbers(v: unknown): number[] {
	if (typeof v === 'number') return [v];
	if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
	if (Array.isArray(v)) return v.flatMap(numbers);
	if (v && typeof v === 'object') return Object.values(v).flatMap(numbers);
	return [];
}

describe('regimeStarts', () => {
	it('gives the user market, its contango self and a backwardation counterpart from history', () => {
		const s = regimeStarts(defaultMarket(), { mode: 'counterparts' });
		expect(s.map((x) => [x.id, x.regime, x.sameAs])).toEqual([
			['user', 'contango', null],
			['contango', 'contango', 'user'],
			['backwardation', 'backwardation', null],
		]);
		expect(s[2].source).toMatch(/typical backwardation at VIX/);
	});
	it('never mirrors: every counterpart of every preset keeps SPX, stays in VIX 9–90, and is the regime it claims', () => {
		for (const p of MARKET_PRESETS) {
			for (const s of regimeStarts(p.market, { mode: 'counterparts' }).filter(
				(x) => x.sameAs === null && x.id !== 'user',
			)) {
				expect(s.market.spx).toBe(p.market.spx);
				expect(s.regime).toBe(s.id);
				for (const v of [s.market.vix, ...s.market.futures.map((f) => f.price)]) {
					expect(v).toBeGreaterThanOrEqual(9);
					expect(v).toBeLessThanOrEqual(90);
				}
			}
		}
	});
});

describe('runRegimeLab', () => {
	it('refuses a condor that expires on the valuation day with a message a trader can act on', async () => {
		const market = { ...defaultMarket(), valuationMinutesEt: 600 };
		const spec = { ...DEFAULT_BOOK_SPEC, condorDteDays: 0 };
		await expect(runRegimeLab(market, spec, small)).rejects.toThrow(/1 DTE or more/);
	});
	it('reports every start × policy with finite figures at mid and after costs, by SPX move, on shared edges', async () => {
		const r = (await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small))!;
		expect(r.starts).toHaveLength(3);
		expect(r.starts[1].policies).toBe(r.starts[0].policies);
		for (const s of r.starts)
			for (const p of s.policies) {
				for (const f of [p.mid, p.afterCosts]) {
					expect(f.alone.n).toBe(200);
					const total = (h: typeof f.histogram.alone) =>
						h.below + h.above + h.counts.reduce((a, b) => a + b, 0);
					expect(total(f.histogram.alone)).toBe(200);
					expect(f.byMove.map((b) => b.id)).toEqual(MOVE_BUCKETS.map((b) => b.id));
					expect(f.byMove.reduce((a, b) => a + b.probability, 0)).toBeCloseTo(1, 12);
				}
				// Costs only take away.
				expect(p.afterCosts.hedged.mean).toBeLessThan(p.mid.hedged.mean);
				expect(p.mid.alone.worst).toBeGreaterThanOrEqual(-p.entry.maxLossUsd - 1e-6);
			}
		expect(r.histogramEdges).toHaveLength(DEFAULT_REGIME_LAB_SETTINGS.histogramBins + 1);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
	});
	it('is deterministic by seed and independent of the chunk size', async () => {
		const a = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small);
		const b = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, chunkPaths: 200 });
		expect(numbers(b)).toEqual(numbers(a));
		const d = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, seed: 8 });
		expect(numbers(d)).not.toEqual(numbers(a));
	});
	it('a pool’s ranges, merged in pair order, report bit-identically to one worker', async () => {
		const m = defaultMarket();
		const whole = (await runRegimeLab(m, DEFAULT_BOOK_SPEC, small))!;
		const series = new Map();
		for (const s of labStarts(m, small).filter((x) => x.sameAs === null)) {
			const parts = [];
			for (const [first, pairs] of [
				[0, 30],
				[30, 45],
				[75, 25],
			])
				parts.push((await runLabPart(m, DEFAULT_BOOK_SPEC, small, s.id, first, pairs))!);
			series.set(s.id, mergeStartSeries(parts));
		}
		expect(numbers(labResult(m, DEFAULT_BOOK_SPEC, small, series))).toEqual(numbers(whole));
	});
	it('cancels between chunks, and refuses settings the screen does not offer', async () => {
		let calls = 0;
		expect(await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small, async () => ++calls < 2)).toBeNull();
		expect(calls).toBe(2);
		await expect(
			runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, paths: 1_000_000 }),
		).rejects.toThrow(/paths/);
		await expect(
			runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, {
				...small,
				policies: [DEFAULT_POLICIES[0], DEFAULT_POLICIES[0]],
			}),
		).rejects.toThrow(/used twice/);
	});
});

// The model must not make long VIX calls free money (docs/simulation.md, "Sanity"): a 1-unit 130 % ladder held 45 days,
// steward. At mid its mean is near 0 from calm starts, as in 2009–2026 (where March 2020 pays for the rest); the
// default trading costs take it to a loss of 5–45 % of the premium.
describe('the real-world model’s sanity on the presets', () => {
	const oneUnit = {
		...DEFAULT_BOOK_SPEC,
		ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units' as const, units: 1 } },
	};
	const steward = DEFAULT_POLICIES.filter((p) => p.id === 'steward');
	const run = async (id: string) => {
		const settings = {
			...DEFAULT_REGIME_LAB_SETTINGS,
			paths: 20_000,
			horizonDays: 45,
			policies: steward,
			starts: { mode: 'markets' as const, markets: [{ label: id, market: preset(id) }] },
		};
		const p = (await runRegimeLab(preset(id), oneUnit, settings))!.starts[0].policies[0];
		return {
			ofPremium: p.afterCosts.hedge.mean / p.hedgeCostUsd,
			midOfPremium: p.mid.hedge.mean / p.hedgeCostUsd,
			pProfit: p.mid.hedge.pProfit,
		};
	};
	it.each(['calm-2017', 'calm-2026'])(
		'%s (contango): after costs it loses 5 to 45 percent of its premium; at mid P(profit) is 10 to 35 percent',
		async (id) => {
			const { ofPremium, midOfPremium, pProfit } = await run(id);
			expect(ofPremium).toBeLessThan(-0.05);
			expect(ofPremium).toBeGreaterThan(-0.45);
			expect(midOfPremium).toBeLessThan(0.05);
			expect(pProfit).toBeGreaterThanOrEqual(0.1);
			expect(pProfit).toBeLessThanOrEqual(0.35);
		},
	);
	it.each([
		'pre-volmageddon-2018',
		'volmageddon-2018',
		'covid-2020-03-13',
		'yen-carry-2024',
		'tariff-shock-2025',
	])('%s (backwardation): mean below +25 percent of the premium', async (id) => {
		expect((await run(id)).ofPremium).toBeLessThan(0.25);
	});
});
