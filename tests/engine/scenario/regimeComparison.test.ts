import { describe, expect, it } from 'vitest';
import { compareRegimes } from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { market, positions: held, model, costs } = defaultBook();

describe('compareRegimes', () => {
	const expiry = model.condorExpiry;
	const { a, b } = compareRegimes(market, held, expiry, costs);
	it('compares contango with its backwardation counterpart from history, and says where it comes from', () => {
		const r = compareRegimes(market, held, expiry, costs);
		expect(a.regime).toBe('contango');
		expect(b.regime).toBe('backwardation');
		expect(r.counterpart).toMatchObject({ regime: 'backwardation' });
		expect(r.counterpart!.bucket).toMatch(/\d/);
	});
	it('starts each side at zero P&L (each enters at its own market’s mids)', () => {
		// Zero to a thousandth of a cent (the kernels' N(x) is within 5.4e-12 of the exact one).
		expect(Math.abs(a.grid.combined[0][100])).toBeLessThan(1e-5);
		expect(Math.abs(b.grid.combined[0][100])).toBeLessThan(1e-5);
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
