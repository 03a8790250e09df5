import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_COSTS,
	NO_COSTS,
	NO_FILLS,
	NO_SHOCK,
	REFERENCE_STRESS_VIX,
	applyFills,
	entryUsd,
	fillProblems,
	legsCreditPts,
	priceBook,
	referenceShock,
	referenceStress,
	stressShock,
	validateBook,
	whatIfPnl,
	type Fills,
	type ValuedBook,
} from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const priced = defaultBook();
const { market, positions } = priced;
const atMid: ValuedBook = { ...priced, costs: NO_COSTS };
const condor = positions.condor!;
const midCredit = condor.creditPts;

function filled(fills: Fills, costs = NO_COSTS): ValuedBook {
	return { ...priced, positions: applyFills(positions, fills), costs };
}

describe('legsCreditPts', () => {
	it('is what the two shorts bring in less what the two wings cost', () => {
		expect(legsCreditPts([1.2, 3.5, 2.75, 0.8])).toBeCloseTo(3.5 + 2.75 - 1.2 - 0.8, 12);
	});
});

describe('applyFills', () => {
	it('without fills keeps every position at the mid', () => {
		expect(applyFills(positions, NO_FILLS)).toEqual(positions);
		expect(priceBook(market, DEFAULT_BOOK_SPEC).positions.condor?.filled).toBe(false);
	});

	it('a condor sold for a net credit 0.50 above mid makes $50 × qty at once, marked at mid', () => {
		const book = filled({ ...NO_FILLS, condor: { mode: 'credit', creditPts: midCredit + 0.5 } });
		const p = whatIfPnl(book, NO_SHOCK);
		expect(p.condorUsd).toBeCloseTo(0.5 * 100 * condor.qty, 4);
		// The legs are marked against their mids; the fill's edge is its own line, and the two add up.
		const legs = p.condorLegs.reduce((s, l) => s + l.pnlUsd, 0);
		expect(legs + p.creditFillVsMidUsd).toBeCloseTo(p.condorUsd, 6);
		expect(p.creditFillVsMidUsd).toBeCloseTo(50 * condor.qty, 6);
	});

	it('fills per leg set the credit and each leg is marked against its own fill', () => {
		const mids = condor.legMidsPts;
		const legsPts: [number, number, number, number] = [mids[0] + 0.1, mids[1] - 0.1, mids[2], mids[3]];
		const book = filled({ ...NO_FILLS, condor: { mode: 'legs', legsPts } });
		expect(book.positions.condor?.creditPts).toBeCloseTo(midCredit - 0.2, 10);
		const p = whatIfPnl(book, NO_SHOCK);
		// Long put bought 0.10 above mid, short put sold 0.10 below: each loses $10 per contract against its mid.
		expect(p.condorLegs[0].pnlUsd).toBeCloseTo(-10 * condor.qty, 4);
		expect(p.condorLegs[1].pnlUsd).toBeCloseTo(-10 * condor.qty, 4);
		expect(p.condorUsd).toBeCloseTo(-20 * condor.qty, 4);
		expect(p.creditFillVsMidUsd).toBeCloseTo(0, 9);
	});

	it('a layer bought below mid shows its edge as P&L at once; the others stay at mid', () => {
		const near = positions.layers[0];
		const book = filled({ ...NO_FILLS, layers: { near: near.entryPts - 0.05, mid: null, long: null } });
		const p = whatIfPnl(book, NO_SHOCK);
		expect(p.layersUsd[0]).toBeCloseTo(0.05 * 100 * near.contracts, 6);
		expect(p.layersUsd.slice(1).every((v) => v === 0)).toBe(true);
		expect(entryUsd(book.positions).premiumUsd).toBeCloseTo(
			entryUsd(positions).premiumUsd - 0.05 * 100 * near.contracts,
			6,
		);
	});

	it('charges a typed fill only the commission on entry (its spread is in its price)', () => {
		const layers = { near: positions.layers[0].entryPts, mid: null, long: null };
		const atMidCost = whatIfPnl({ ...priced, costs: DEFAULT_COSTS }, NO_SHOCK).afterCosts.hedgeUsd;
		const filledCost = whatIfPnl(filled({ ...NO_FILLS, layers }, DEFAULT_COSTS), NO_SHOCK).afterCosts
			.hedgeUsd;
		const near = positions.layers[0];
		const spread = Math.max(
			DEFAULT_COSTS.vixHalfSpreadMinPts,
			DEFAULT_COSTS.vixHalfSpreadFraction * near.midPts,
		);
		expect(filledCost - atMidCost).toBeCloseTo(spread * 100 * near.contracts, 6);
	});
});

describe('fillProblems', () => {
	it('names the field of each bad fill, and refuses legs that make a debit', () => {
		expect(fillProblems(NO_FILLS)).toEqual([]);
		expect(fillProblems({ ...NO_FILLS, condor: { mode: 'credit', creditPts: 0 } })[0].field).toBe(
			'fills.condor.creditPts',
		);
		const debit = fillProblems({ ...NO_FILLS, condor: { mode: 'legs', legsPts: [3, 1, 1, 3] } });
		expect(debit).toEqual([
			{
				field: 'fills.condor.legsPts',
				message: 'These fills make a debit of 4.00: a short condor is sold for a credit.',
			},
		]);
		const layer = fillProblems({ ...NO_FILLS, layers: { near: -1, mid: null, long: null } });
		expect(layer[0]).toMatchObject({ field: 'fills.layers.near' });
		expect(
			validateBook({
				...DEFAULT_BOOK_SPEC,
				fills: { ...NO_FILLS, layers: { near: 0, mid: null, long: null } },
			}),
		).toHaveLength(1);
	});
});

describe('referenceStress', () => {
	it('is the what-if of SPX −10 % over 5 days, by the link and with VIX typed at 40', () => {
		const r = referenceStress(atMid);
		const link = whatIfPnl(atMid, stressShock());
		expect(r.link.combinedUsd).toBe(link.combinedUsd);
		expect(r.link.spx).toBeCloseTo(market.spx * 0.9, 8);
		expect(r.typed.vix).toBe(REFERENCE_STRESS_VIX);
		expect(r.typed.shock).toEqual({ ...stressShock(), vix: { mode: 'typed', level: 40 } });
		expect(r.typed.condorUsd + r.typed.hedgeUsd).toBeCloseTo(r.typed.combinedUsd, 8);
		expect(referenceShock()).toEqual(stressShock());
	});
});
