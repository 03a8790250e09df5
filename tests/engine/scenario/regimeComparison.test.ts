import { describe, expect, it } from 'vitest';
import {
	compareRegimes,
	counterpart,
	defaultMarket,
	priceBook,
	DEFAULT_BOOK_SPEC,
} from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { market, positions: held, model, costs } = defaultBook();

describe('compareRegimes', () => {
	const { a, b } = compareRegimes(market, model, held, costs);
	it('compares contango with its backwardation counterpart from history, and says where it comes from', () => {
		const r = compareRegimes(market, model, held, costs);
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
	it('carries typed 25Δ wings around an ATM read from VIX as multiples of that ATM, so the counterpart still prices', () => {
		// Wings typed at 19 % / 11.5 % fit the calm day's ATM but not a backwardation ATM near 16 %: held fixed they
		// no longer form a smile; in proportion to the moved ATM they do.
		const typed = {
			...defaultMarket(),
			smile: { mode: 'quotes' as const, atmVol: null, put25Vol: 0.19, call25Vol: 0.115 },
		};
		const other = counterpart(typed, 'backwardation').market;
		expect(other.smile.mode).toBe('linked');
		expect(priceBook(typed, DEFAULT_BOOK_SPEC).condor.creditUsd).toBeGreaterThan(0);
		expect(priceBook(other, DEFAULT_BOOK_SPEC).condor.creditUsd).toBeGreaterThan(0);
		const typedAtm = { ...typed, smile: { ...typed.smile, atmVol: 0.15 } };
		expect(counterpart(typedAtm, 'backwardation').market.smile).toEqual(typedAtm.smile);
	});
});
