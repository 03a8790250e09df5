import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	buildMarketModel,
	defaultMarket,
	priceBook,
	spxExpiryForDte,
	validateBook,
	type BookSpec,
} from '../../../src/engine';

const edit = (f: (b: BookSpec) => void): BookSpec => {
	const b = structuredClone(DEFAULT_BOOK_SPEC);
	f(b);
	return b;
};
const fields = (b: BookSpec, minutes?: number) => validateBook(b, minutes).map((p) => p.field);

describe('validateBook', () => {
	it('passes the default book, which prices', () => {
		expect(validateBook(DEFAULT_BOOK_SPEC)).toEqual([]);
		expect(() => priceBook(defaultMarket(), DEFAULT_BOOK_SPEC)).not.toThrow();
	});
	it('DTE 0 is refused at the 16:00 close and allowed (and priceable) in the morning', () => {
		const zero = edit((b) => (b.condorDteDays = 0));
		expect(validateBook(zero, 960)[0].message).toMatch(/expiry day/);
		expect(validateBook(zero, 600)).toEqual([]);
		const morning = { ...defaultMarket(), valuationMinutesEt: 600 };
		expect(priceBook(morning, zero).condor.creditUsd).toBeGreaterThan(0);
	});
	it('DTE 0 on a weekend or a holiday is refused: no condor expires that day', () => {
		const zero = edit((b) => (b.condorDteDays = 0));
		for (const day of ['2026-01-10', '2026-01-19']) {
			expect(validateBook(zero, 600, day).map((p) => p.message)).toEqual([
				`DTE 0 is expiry day, but ${day} is not a trading day: no condor expires then. Pick 1 day or more.`,
			]);
			const market = { ...defaultMarket(), valuationDate: day, valuationMinutesEt: 600 };
			expect(() => priceBook(market, zero)).toThrow(/not after the valuation time/);
		}
		expect(validateBook(zero, 600, '2026-01-09')).toEqual([]);
	});

	it('1 DTE from a Friday is the next session, not today', () => {
		expect(spxExpiryForDte('2026-01-09', 1)).toBe('2026-01-12');
		expect(spxExpiryForDte('2026-01-09', 2)).toBe('2026-01-12');
		expect(spxExpiryForDte('2026-01-09', 0)).toBe('2026-01-09');
		const m = defaultMarket();
		expect(() => buildMarketModel(m, spxExpiryForDte(m.valuationDate, 1))).not.toThrow();
	});
	it('names strikes out of order and off the grid', () => {
		const b = edit((x) => (x.condor.shorts = { mode: 'strike', put: 7000, call: 6902.5 }));
		expect(fields(b)).toEqual(['condor.shorts.call']);
		expect(validateBook(b)[0].message).toMatch(/6902.5 is off the 5-point SPX grid/);
		const crossed = edit((x) => (x.condor.shorts = { mode: 'strike', put: 7000, call: 6900 }));
		expect(validateBook(crossed)[0]).toEqual({
			field: 'condor.shorts.call',
			message: 'Strikes out of order: the short call (6900) must be above the short put (7000).',
		});
	});
	it('names wings that are not further out than the shorts, and bad widths', () => {
		const b = edit((x) => (x.condor.wings = { mode: 'delta', putDelta: 0.2, callDelta: 0.05 }));
		expect(fields(b)).toEqual(['condor.wings.putDelta']);
		expect(fields(edit((x) => (x.condor.wings = { mode: 'width', width: 0 })))).toEqual([
			'condor.wings.width',
		]);
		expect(fields(edit((x) => (x.condor.wings = { mode: 'width', width: 12 })))).toEqual([
			'condor.wings.width',
		]);
	});
	it('names a wing wider than the chain when the short put is typed, with the message pricing gives', () => {
		const b = edit((x) => {
			x.condor.shorts = { mode: 'strike', put: 6500, call: 7300 };
			x.condor.wings = { mode: 'width', width: 7000 };
		});
		const problems = validateBook(b);
		expect(problems.map((p) => p.field)).toEqual(['condor.wings.width']);
		expect(() => priceBook(defaultMarket(), b)).toThrow(problems[0].message);
	});

	it('catches NaN, fractions and negatives without the word NaN', () => {
		const b = edit((x) => {
			x.condor.qty = 1.5;
			x.condorDteDays = NaN;
			x.ladder.layers[1].countPerUnit = -1;
			x.ladder.sizing = { mode: 'coverage', coverage: 0 };
		});
		const problems = validateBook(b);
		expect(problems.map((p) => p.field)).toEqual([
			'condorDteDays',
			'condor.qty',
			'ladder.layers[1].countPerUnit',
			'ladder.sizing.coverage',
		]);
		expect(problems.map((p) => p.message).join(' ')).not.toMatch(/NaN|undefined|Infinity/);
	});
	it('wants layers in DTE order and at least one call', () => {
		const b = edit((x) => {
			x.ladder.layers[1].targetDteDays = 20;
			for (const l of x.ladder.layers) l.countPerUnit = 0;
		});
		expect(fields(b)).toEqual(['ladder.layers[1].targetDteDays', 'ladder.layers']);
	});
});
