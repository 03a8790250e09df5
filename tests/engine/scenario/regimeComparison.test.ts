import { describe, expect, it } from 'vitest';
import { classifyCurve, compareRegimes, defaultMarket, flipCurve } from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { market, positions: held, model, costs } = defaultBook();

describe('flipCurve', () => {
	it('mirrors the curve around VX1: contango of +x % becomes backwardation of −x % in logs', () => {
		const m = defaultMarket();
		const f = flipCurve(m);
		expect(f.futures[0].price).toBe(m.futures[0].price);
		for (let i = 1; i < m.futures.length; i++)
			expect(Math.log(f.futures[i].price / f.futures[0].price)).toBeCloseTo(
				-Math.log(m.futures[i].price / m.futures[0].price),
				12,
			);
		expect(classifyCurve(f).regime).toBe('backwardation');
		expect(f.vix).toBeGreaterThan(f.futures[0].price);
	});
});

describe('compareRegimes', () => {
	const expiry = model.condorExpiry;
	const { a, b } = compareRegimes(market, held, expiry, costs);
	it('labels the two sides contango and backwardation at the same VX1', () => {
		expect(a.regime).toBe('contango');
		expect(b.regime).toBe('backwardation');
		expect(a.vx1).toBe(b.vx1);
	});
	it('starts each side at zero P&L (each enters at its own market’s mids)', () => {
		expect(a.grid.combined[0][100]).toBeCloseTo(0, 6);
		expect(b.grid.combined[0][100]).toBeCloseTo(0, 6);
	});
	it('reports a stress table whose parts add up, with a carry that differs between regimes', () => {
		expect(a.stress.map((s) => s.spxMovePct)).toEqual([-5, -10, -20, 3]);
		for (const side of [a, b])
			for (const s of side.stress) {
				expect(Number.isFinite(s.combinedUsd)).toBe(true);
				expect(s.combinedUsd).toBeCloseTo(s.condorUsd + s.hedgeUsd, 9);
			}
		// Higher spot VIX with the same VX1: the near future sits lower relative to spot, carry differs.
		expect(b.hedgeCarryUsdPerDay).not.toBeCloseTo(a.hedgeCarryUsdPerDay, 3);
		expect(a.stress[2].hedgeUsd).toBeGreaterThan(a.stress[0].hedgeUsd);
	});
});
