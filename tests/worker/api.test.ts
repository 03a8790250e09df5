// The worker API called directly (as the main-thread fallback does).
import { describe, expect, it } from 'vitest';
import { api } from '../../src/worker/api';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_REGIME_LAB_SETTINGS,
	MARKET_PRESETS,
	NO_SHOCK,
	defaultMarket,
} from '../../src/engine';

/** Every number reachable in a result, so a test can insist none is NaN or infinite. */
function numbers(v: unknown): number[] {
	if (typeof v === 'number') return [v];
	if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
	if (Array.isArray(v)) return v.flatMap(numbers);
	if (v && typeof v === 'object') return Object.values(v).flatMap(numbers);
	return [];
}

describe('worker api', () => {
	it.each(MARKET_PRESETS)('book() on the $id preset gives finite read-outs', (preset) => {
		const r = api.book(preset.market, DEFAULT_BOOK_SPEC);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
		expect(r.playbook.title.length).toBeGreaterThan(0);
	});
	it('whatIf() returns the P&L and 201-point grids, all finite', () => {
		const market = defaultMarket();
		const r = api.whatIf(market, DEFAULT_BOOK_SPEC, { ...NO_SHOCK, spxMovePct: -10, daysForward: 5 });
		expect(r.grid.x).toHaveLength(201);
		expect(r.pnl.hedgeUsd).toBeGreaterThan(0);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
	});
	it('heatmap() spans SPX moves × VIX levels and ignores the shock’s own SPX move and VIX', () => {
		const axes = () => ({ xs: Float64Array.of(-20, -10, 0, 5), ys: Float64Array.of(12, 20, 40) });
		const market = defaultMarket();
		const shock = { ...NO_SHOCK, daysForward: 5 };
		const h = api.heatmap(market, DEFAULT_BOOK_SPEC, shock, axes());
		expect(h.combined).toHaveLength(12);
		expect(Array.from(h.combined).every(Number.isFinite)).toBe(true);
		h.combined.forEach((v, i) => expect(v).toBeCloseTo(h.condor[i] + h.hedge[i], 9));
		const moved = api.heatmap(
			market,
			DEFAULT_BOOK_SPEC,
			{ ...shock, spxMovePct: -10, vix: { mode: 'typed', level: 30 } },
			axes(),
		);
		expect(Array.from(moved.combined)).toEqual(Array.from(h.combined));
		// The cell at SPX −10 %, VIX 20 is the what-if at that move with VIX typed at 20.
		const cell = api.whatIf(market, DEFAULT_BOOK_SPEC, {
			...shock,
			spxMovePct: -10,
			vix: { mode: 'typed', level: 20 },
		});
		expect(h.combined[1 * 4 + 1]).toBeCloseTo(cell.pnl.combinedUsd, 6);
		expect(h.hedge[1 * 4 + 1]).toBeCloseTo(cell.pnl.hedgeUsd, 6);
	});
	it('compare() prices the book in contango and in its backwardation counterpart, the same positions held', () => {
		const { a, b, reentered } = api.compare(defaultMarket(), DEFAULT_BOOK_SPEC);
		expect([a.regime, b.regime]).toEqual(['contango', 'backwardation']);
		expect(reentered).toBe(false);
	});
	it('compare() with a market on a later date enters the book there by the same rules', () => {
		// A condor entered on 2018-02-05 expired in March 2018: it cannot be held into the 2026 market.
		const market = MARKET_PRESETS.find((p) => p.id === 'volmageddon-2018')!.market;
		const r = api.compare(market, DEFAULT_BOOK_SPEC, defaultMarket());
		expect(r.reentered).toBe(true);
		expect(r.b.regime).toBe('contango');
		expect(numbers(r).every(Number.isFinite)).toBe(true);
		expect(r.b.condorCreditUsd).toBeGreaterThan(0);
	});
	it('regimeLab() reports progress, returns finite results, and returns null when the callback says stop', async () => {
		const settings = { ...DEFAULT_REGIME_LAB_SETTINGS, paths: 100, chunkPaths: 50 };
		const fractions: number[] = [];
		const r = await api.regimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, settings, async (f) => {
			fractions.push(f);
			return true;
		});
		expect(fractions.at(-1)).toBe(1);
		expect(r!.starts.map((s) => s.regime)).toEqual(['contango', 'contango', 'backwardation']);
		expect(numbers(r).every(Number.isFinite)).toBe(true);
		// Structured-clone friendly: what crosses the worker boundary survives a clone unchanged.
		expect(structuredClone(r)).toEqual(r);
		expect(await api.regimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, settings, () => false)).toBeNull();
	});
});
