import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	MARKET_PRESETS,
	defaultMarket,
	regimeStarts,
	runRegimeLab,
	type RegimeLabSettings,
} from '../../../src/engine';

const small: RegimeLabSettings = { ...DEFAULT_REGIME_LAB_SETTINGS, paths: 200, chunkPaths: 60, seed: 7 };

function numbers(v: unknown): number[] {
	if (typeof v === 'number') return [v];
	if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
	if (Array.isArray(v)) return v.flatMap(numbers);
	if (v && typeof v === 'object') return Object.values(v).flatMap(numbers);
	return [];
}

describe('regimeStarts', () => {
	it('gives the user market, its contango self and its flipped backwardation', () => {
		const s = regimeStarts(defaultMarket(), 45, { mode: 'counterparts' });
		expect(s.map((x) => [x.id, x.regime, x.sameAs])).toEqual([
			['user', 'contango', null],
			['contango', 'contango', 'user'],
			['backwardation', 'backwardation', null],
		]);
	});
	it('builds a contango counterpart for a backwardated or a flat market', () => {
		for (const id of ['2018-02-05', '2024-08-02']) {
			const preset = MARKET_PRESETS.find((p) => p.id === id || p.market.valuationDate === id)!;
			const s = regimeStarts(preset.market, 45, { mode: 'counterparts' });
			expect(s[1].regime).toBe('contango');
			expect(s[2].regime).toBe('backwardation');
			expect(s[1].market.futures[0].price).toBe(preset.market.futures[0].price);
		}
	});
});

describe('runRegimeLab', () => {
	it('reports every start × policy with finite statistics, shared histogram edges and a summary line', async () => {
		const r = (await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small))!;
		expect(r.starts).toHaveLength(3);
		expect(r.starts[1].policies).toBe(r.starts[0].policies);
		for (const s of r.starts) {
			expect(s.policies.map((p) => p.policyId)).toEqual(DEFAULT_POLICIES.map((p) => p.id));
			for (const p of s.policies) {
				expect(p.alone.n).toBe(200);
				const total = (h: typeof p.histogram.alone) =>
					h.below + h.above + h.counts.reduce((a, b) => a + b, 0);
				expect(total(p.histogram.alone)).toBe(200);
				expect(total(p.histogram.hedged)).toBe(200);
				expect(p.summary.text.length).toBeGreaterThan(10);
				expect(p.alone.worst).toBeGreaterThanOrEqual(-p.entry.maxLossUsd - 1e-6);
			}
		}
		expect(r.histogramEdges).toHaveLength(DEFAULT_REGIME_LAB_SETTINGS.histogramBins + 1);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
		expect(r.condorExpiry).toBe(r.horizonDate);
	});
	it('is deterministic by seed and independent of the chunk size', async () => {
		const a = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small);
		const b = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, chunkPaths: 200 });
		const c = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, chunkPaths: 2 });
		expect(b).toEqual(a);
		expect(c).toEqual(a);
		const d = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, seed: 8 });
		expect(d!.starts[0].policies[0].alone.mean).not.toBe(a!.starts[0].policies[0].alone.mean);
	});
	it('reports increasing progress to 1, and returns null when the callback cancels', async () => {
		const seen: number[] = [];
		await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small, (f) => {
			seen.push(f);
		});
		expect(seen.at(-1)).toBe(1);
		expect(seen.every((f, i) => i === 0 || f > seen[i - 1])).toBe(true);
		let calls = 0;
		const r = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, small, async () => ++calls < 2);
		expect(r).toBeNull();
		expect(calls).toBe(2);
	});
	it('runs chosen markets with a horizon shorter than the condor', async () => {
		const r = (await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, {
			...small,
			horizonDays: 10,
			policies: DEFAULT_POLICIES.slice(0, 2),
			starts: {
				mode: 'markets',
				markets: MARKET_PRESETS.slice(0, 2).map((p) => ({ label: p.id, market: p.market })),
			},
		}))!;
		expect(r.starts.map((s) => s.id)).toEqual(['market1', 'market2']);
		expect(r.horizonDays).toBeLessThanOrEqual(10);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
	});
	it('rejects bad settings with the field named', async () => {
		await expect(runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, { ...small, paths: 0 })).rejects.toThrow(
			/paths/,
		);
		await expect(
			runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, {
				...small,
				policies: [DEFAULT_POLICIES[0], DEFAULT_POLICIES[0]],
			}),
		).rejects.toThrow(/used twice/);
	});
});
