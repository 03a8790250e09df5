// Schema building blocks shared by the record schemas, so every number is finite and bounded and every message reads
// the same way.
import * as v from 'valibot';
import { numberProblem, type NumberSpec } from '../engine';

/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));

/** A finite number in (0, max]: prices, levels, vols. */
export const positiveUpTo = (max: number) => v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(max));

/** A whole number in [min, max]. */
export const integerIn = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.integer(), v.minValue(min), v.maxValue(max));

/** A finite number within a field spec's bounds, in stored units (the spec is the one the form and the engine use). */
export const fromSpec = (s: NumberSpec) =>
	v.pipe(
		v.number(),
		v.finite(),
		v.check(
			(x) => numberProblem(s, x) === null,
			`expected ${s.integer ? 'a whole number' : 'a number'} ${s.minOpen ? '>' : '≥'} ${s.min} and ${s.maxOpen ? '<' : '≤'} ${s.max}`,
		),
	);

/** A calendar date 'YYYY-MM-DD' (whether it is a real date is left to the meaning checks). */
export const isoDate = () => v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

/** A name shown in lists: trimmed, 1–120 characters. */
export const displayName = () => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));
