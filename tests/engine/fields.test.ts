// Field specs: the message a bad value gets (in the units the user typed), and the shown ↔ stored conversion.
import { describe, expect, it } from 'vitest';
import {
	BOOK_FIELDS,
	MARKET_FIELDS,
	numberProblem,
	shownValue,
	storedValue,
	type NumberSpec,
} from '../../src/engine';

const days: NumberSpec = { label: 'Days', min: 0, max: 365, integer: true };

describe('numberProblem(spec, value)', () => {
	it('accepts values inside the bounds, the bounds themselves included', () => {
		expect(numberProblem(days, 45)).toBeNull();
		expect(numberProblem({ label: 'x', min: 0.01, max: 1 }, 0.01)).toBeNull();
		expect(numberProblem(days, 365)).toBeNull();
	});
	it('names the bound that is broken, with the value typed', () => {
		expect(numberProblem(days, 4.5)).toBe('Days must be a whole number (got 4.5).');
		expect(numberProblem({ label: 'x', min: 0.01, max: 1 }, 0)).toBe('x must be at least 0.01 (got 0).');
		expect(numberProblem({ label: 'x', min: -0.5, max: 1 }, -1)).toBe('x must be at least -0.5 (got -1).');
		expect(numberProblem({ label: 'x', min: 0, max: 200 }, 201)).toBe('x must be at most 200 (got 201).');
	});
	it('open bounds exclude the bound itself', () => {
		expect(numberProblem(BOOK_FIELDS.coverage, 0)).toBe(
			'Coverage of condor max loss must be above 0 % (got 0 %).',
		);
		expect(numberProblem(MARKET_FIELDS.tenorBetaKappa, 0)).toBe(
			'Tenor-beta decay κ_β must be above 0 /yr (got 0 /yr).',
		);
	});
	it('speaks in the units shown: percents as %, dollars with $, points bare', () => {
		expect(numberProblem(MARKET_FIELDS.rate, 0.8)).toBe('Rate must be at most 30 % (got 80 %).');
		expect(numberProblem(MARKET_FIELDS.volOfVolEta, 6)).toBe(
			'Vol-of-vol η_v must be at most 500 % (got 600 %).',
		);
		expect(numberProblem(BOOK_FIELDS.commissionUsd, -1)).toMatch(/at least \$0 \(got \$-1\)/);
		expect(numberProblem(MARKET_FIELDS.spx, 0)).toBe('SPX must be at least 100 (got 0).');
	});
	it('never echoes NaN, Infinity or undefined', () => {
		for (const v of [NaN, Infinity, undefined, null, 'abc', [], {}])
			expect(numberProblem(days, v)).toMatch(/^Days must be a number \(got (?!.*(NaN|Infinity|undefined))/);
	});
});

describe('shownValue / storedValue', () => {
	it('scale a percent field ×100 without binary noise, and back', () => {
		expect(shownValue(MARKET_FIELDS.rate, 0.036)).toBe(3.6); // 0.036 × 100 = 3.5999999999999996 in floats
		expect(storedValue(MARKET_FIELDS.rate, 3.6)).toBe(0.036);
		expect(shownValue(MARKET_FIELDS.spx, 6966.28)).toBe(6966.28);
	});
});
