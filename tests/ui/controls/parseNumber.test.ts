import { describe, expect, it } from 'vitest';
import {
	editableText,
	parseNumberInput,
	stepValue,
	type NumberRules,
} from '../../../src/ui/controls/parseNumber';

// Bounds and whole numbers are the field spec's (tests/engine/fields.test.ts); the parser reads syntax and units.
describe('parseNumberInput(text, rules) reads what people type', () => {
	const ok: [string, NumberRules, number][] = [
		['14.5', {}, 14.5],
		['−1,5', {}, -1.5],
		['-3', {}, -3],
		['–2', {}, -2], // en dash, as some keyboards give
		['+2.5', {}, 2.5],
		['0,25', {}, 0.25],
		['0,250', {}, 0.25],
		['12,345', {}, 12345],
		['12,3456', {}, 12.3456],
		['6,966.28', {}, 6966.28],
		['1,234,567', {}, 1234567],
		[' 1 000 ', {}, 1000],
		['.5', {}, 0.5],
		['1.', {}, 1], // mid-typing
		['1,', {}, 1],
		['1e3', {}, 1000],
		['14.2 %', { unit: '%' }, 14.2],
		['14.2%', {}, 14.2],
		['50 pts', { unit: 'pts' }, 50],
		['$1,500', {}, 1500],
		['−$250', {}, -250],
		['-0', {}, 0],
	];
	for (const [text, rules, want] of ok)
		it(`'${text}' ${JSON.stringify(rules)} → ${want}`, () => {
			const r = parseNumberInput(text, rules);
			expect(r).toEqual({ ok: true, value: want });
			if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
		});

	const bad: [string, NumberRules, RegExp][] = [
		['', {}, /^Enter a number\.$/],
		['−', {}, /^Enter a number\.$/],
		[',', {}, /^Enter a number\.$/],
		['abc', {}, /^Not a number: “abc”\.$/],
		['1.2.3', {}, /Not a number/],
		['12,34.5', {}, /Not a number/], // commas that do not group by three
		['1,2,3', {}, /Not a number/],
		['NaN', {}, /Not a number/],
		['Infinity', {}, /Not a number/],
		['1e999', {}, /too large/],
		['0x10', {}, /Not a number/],
		['x'.repeat(100), {}, /“x{24}…”/],
	];
	for (const [text, rules, message] of bad)
		it(`'${text.slice(0, 20)}' ${JSON.stringify(rules)} is refused with ${message}`, () => {
			const r = parseNumberInput(text, rules);
			expect(r.ok).toBe(false);
			if (!r.ok) {
				expect(r.message).toMatch(message);
				// Only the user's own text may echo such words back.
				if (!/NaN|Infinity/.test(text)) expect(r.message).not.toMatch(/NaN|undefined|Infinity/);
			}
		});
});

describe('editableText(value, digits)', () => {
	const cases: [number, number | undefined, string][] = [
		[-1.5, undefined, '−1.5'],
		[0.1 + 0.2, undefined, '0.3'],
		[16.1552, 2, '16.16'],
		[6966.28, undefined, '6966.28'],
		[-0.001, 2, '0.00'],
		[-0, undefined, '0'],
		[NaN, undefined, ''],
		[Infinity, 2, ''],
		[5, 1.5, '5'],
	];
	for (const [value, digits, want] of cases)
		it(`editableText(${value}, ${digits}) is '${want}'`, () =>
			expect(editableText(value, digits)).toBe(want));
	it('reads back through parseNumberInput to the same value', () => {
		for (const v of [-1234.5678, 0.07, 19, -0.5, 1e-7])
			expect(parseNumberInput(editableText(v))).toEqual({ ok: true, value: v });
	});
});

describe('stepValue(value, delta, step, min, max)', () => {
	const cases: [number, number, number, number | undefined, number | undefined, number][] = [
		[0.1, 0.2, 0.1, undefined, undefined, 0.3],
		[1, -1, 1, 0, undefined, 0],
		[0, -1, 1, 0, undefined, 0],
		[99.5, 1, 0.5, undefined, 100, 100],
		[0.25, 0.25, 0.25, undefined, undefined, 0.5],
		[1e-7, 1e-7, 1e-7, undefined, undefined, 2e-7],
		[45, 5, 5, 1, 365, 50],
	];
	for (const [value, delta, step, min, max, want] of cases)
		it(`stepValue(${value}, ${delta}, ${step}, ${min}, ${max}) is ${want}`, () =>
			expect(stepValue(value, delta, step, min, max)).toBe(want));
});
