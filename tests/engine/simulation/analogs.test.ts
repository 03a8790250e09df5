import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_REGIME_LAB_SETTINGS,
	MARKET_PRESETS,
	epochDayOf,
	isBusinessDay,
	isoDateOfEpochDay,
	labResult,
	labStarts,
	mergeStartSeries,
	pathBlock,
	runLabPart,
	runRegimeLab,
	type IndexSeries,
	type RegimeLabSettings,
	Xoshiro128,
} from '../../../src/engine';
import { embeddedHistoryTable, importedHistoryTable } from '../../../src/engine/history';
import {
	ANALOG_RATIO_EDGES,
	MIN_ANALOG_WINDOWS,
	analogPairs,
	analogSource,
	analogWindows,
	ratioBucket,
} from '../../../src/engine/simulation/analogs';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';

const preset = (id: string) => MARKET_PRESETS.find((p) => p.id === id)!.market;
const calm = preset('calm-2026');

/** A made-up history of `n` business days from 2019-01-02: VIX drawn in 12–30, VIX/VIX3M in 0.78–1.08 (seeded). */
function randomHistory(n: number) {
	const rng = new Xoshiro128(3);
	const days: number[] = [];
	for (let d = epochDayOf('2019-01-02'); days.length < n; d++)
		if (isBusinessDay(isoDateOfEpochDay(d))) days.push(d);
	const vix = days.map(() => 12 + 18 * rng.uniform());
	const ratio = days.map(() => 0.78 + 0.3 * rng.uniform());
	const s = (id: IndexSeries['id'], close: number[]): IndexSeries => ({
		id,
		days: Int32Array.from(days),
		close: Float64Array.from(close),
	});
	return importedHistoryTable({
		vix: s('VIX', vix),
		vix3m: s(
			'VIX3M',
			vix.map((v, i) => v / ratio[i]),
		),
		spx: s(
			'SPX',
			days.map((_, i) => 3000 * (1 + 0.001 * i)),
		),
		contracts: [],
	});
}

describe('analogWindows(table, market, steps)', () => {
	const table = randomHistory(1500);
	it('takes the windows that started in today’s VIX and VIX/VIX3M cell and ended before today', () => {
		const w = analogWindows(table, calm, 30);
		expect(w.rows.length).toBeGreaterThanOrEqual(MIN_ANALOG_WINDOWS);
		expect(w.sameCell).toBe(true);
		const rb = ratioBucket(calm.vix / calm.vix3m!);
		for (const first of w.rows) {
			expect(ratioBucket(table.vix[first] / table.vix3m[first])).toBe(rb);
			expect(table.vix[first] >= 13 && table.vix[first] < 16).toBe(true); // calm-2026: VIX 14.49
			expect(table.dates[first + 30] < calm.valuationDate).toBe(true);
		}
	});
	it('uses only windows that ended before the market’s date (none are in the future)', () => {
		const early = { ...calm, valuationDate: table.dates[900] };
		const w = analogWindows(table, early, 30);
		expect(Math.max(...Array.from(w.rows)) + 30).toBeLessThan(900);
	});
	it('moves to the nearest cell with enough windows, and says so', () => {
		const stressed = { ...calm, vix: 70, vix3m: 55 };
		const w = analogWindows(table, stressed, 30);
		expect(w.sameCell).toBe(false);
		expect(analogSource(w)).toMatch(/nearest cell/);
		expect(() => analogWindows(randomHistory(40), calm, 30)).toThrow(RangeError);
	});
	it('has three VIX/VIX3M edges, the top one the curve shapes’ split at 1', () => {
		expect(ANALOG_RATIO_EDGES.at(-1)).toBe(1);
		expect([0.8, 0.9, 0.95, 1.05].map(ratioBucket)).toEqual([0, 1, 2, 3]);
	});
});

describe('analogPairs', () => {
	const table = randomHistory(1500);
	const w = analogWindows(table, calm, 20);
	const opens = { steps: Int32Array.of(5, 12), fraction: Float64Array.of(0.7, 0.7) };
	const fill = (first: number, pairs: number) =>
		analogPairs(w, { spx: 6000, vix: 15 }, 9, first, pairs, opens, pathBlock(pairs, 20, 2));
	it('applies a window’s SPX and VIX ratios to today’s levels, the SOQ at the close before the open', () => {
		const b = fill(0, 4);
		for (let row = 0; row < 8; row++) {
			const o = row * 21;
			expect(b.spx[o]).toBeCloseTo(6000, 9);
			expect(b.vix[o]).toBeCloseTo(15, 9);
			const first = w.rows.find((r) => Math.abs(table.vix[r + 7] / table.vix[r] - b.vix[o + 7] / 15) < 1e-12);
			expect(first).toBeDefined();
			expect(b.spx[o + 20] / 6000).toBeCloseTo(table.spx[first! + 20] / table.spx[first!], 12);
			expect(b.vixOpen[row * 2]).toBeCloseTo(b.vix[o + 4], 12);
		}
	});
	it('draws each pair from its own stream: a range gives the pairs of the whole', () => {
		const whole = fill(0, 6);
		const part = fill(2, 3);
		expect(Array.from(part.vix.subarray(0, 3 * 21))).toEqual(Array.from(whole.vix.subarray(2 * 21, 5 * 21)));
	});
});

describe('the regime lab with analog starts', () => {
	const history = embeddedHistoryTable();
	const settings: RegimeLabSettings = {
		...DEFAULT_REGIME_LAB_SETTINGS,
		paths: 200,
		chunkPaths: 60,
		seed: 11,
		starts: { mode: 'analogs', history },
	};
	it('runs the model’s start and the history’s side by side, with finite results and the windows named', async () => {
		const r = (await runRegimeLab(calm, DEFAULT_BOOK_SPEC, settings))!;
		expect(r.starts.map((s) => s.id)).toEqual(['user', 'analogs']);
		expect(r.starts[1].source).toMatch(/real windows of 20\d\d–20\d\d starting at VIX/);
		expect(r.starts[1].policies[0].mid.hedge.n).toBe(200);
		expect(Number.isFinite(r.starts[1].policies[0].mid.hedged.mean)).toBe(true);
		expect(r.starts[1].policies[0].mid.hedged.mean).not.toBe(r.starts[0].policies[0].mid.hedged.mean);
	});
	it('a pool’s ranges merge bit-identically to one worker', async () => {
		const whole = (await runRegimeLab(calm, DEFAULT_BOOK_SPEC, settings))!;
		const series = new Map();
		for (const s of labStarts(calm, settings)) {
			const parts = [];
			for (const [first, pairs] of [
				[0, 40],
				[40, 35],
				[75, 25],
			])
				parts.push((await runLabPart(calm, DEFAULT_BOOK_SPEC, settings, s.id, first, pairs))!);
			series.set(s.id, mergeStartSeries(parts));
		}
		expect(labResult(calm, DEFAULT_BOOK_SPEC, settings, series)).toEqual(whole);
	});
});

describe.skipIf(!haveHistoryFiles())(
	'analogs on the real history (skipped: ../shared/data is absent)',
	() => {
		it('finds hundreds of calm-contango windows like 2026-01-09 and reports them beside the model', async () => {
			const history = importedHistoryTable(loadHistoryFiles().series);
			const settings: RegimeLabSettings = {
				...DEFAULT_REGIME_LAB_SETTINGS,
				paths: 2000,
				starts: { mode: 'analogs', history },
			};
			const r = (await runRegimeLab(calm, DEFAULT_BOOK_SPEC, settings))!;
			const [model, analogs] = r.starts.map((s) => s.policies.find((p) => p.policyId === 'steward')!);
			console.log(`2026-01-09 analogs: ${r.starts[1].source}`);
			console.log(
				`steward hedge per $ of premium at mid — model ${(model.mid.hedge.mean / model.hedgeCostUsd).toFixed(3)}, ` +
					`history ${(analogs.mid.hedge.mean / analogs.hedgeCostUsd).toFixed(3)}; P(profit) of the hedge ` +
					`${model.mid.hedge.pProfit.toFixed(3)} vs ${analogs.mid.hedge.pProfit.toFixed(3)}`,
			);
			expect(Number(r.starts[1].source!.split(' ')[0])).toBeGreaterThan(200);
			expect(analogs.mid.hedge.pProfit).toBeLessThan(0.5);
		}, 60_000);
	},
);
