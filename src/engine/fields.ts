// Field specs: each number the trader can type is described once — label, unit, bounds, step — and that one spec
// drives the engine's validation message, the storage schema's bounds and the input's limits in the UI.

export interface NumberSpec {
	/** What the field is called in messages and labels. */
	label: string;
	/** Shown after the number ('pts', '/yr', 'd', '$', '%', 'Δ'). */
	unit?: string;
	/** Bounds in stored units (a fraction for percent fields). */
	min: number;
	max: number;
	/** The bound itself is not allowed. */
	minOpen?: boolean;
	maxOpen?: boolean;
	integer?: boolean;
	/** Stored as a fraction, typed and shown ×`scale` (100 for percent, 100 for delta points). */
	scale?: number;
	/** Arrow-key step in shown units. */
	step?: number;
	/** Decimals when shown. */
	digits?: number;
}

/** A fraction typed and shown as a percent: bounds are fractions, the field shows ×100 with a '%'. */
export const percentSpec = (
	label: string,
	min: number,
	max: number,
	extra: Partial<NumberSpec> = {},
): NumberSpec => ({ label, unit: '%', min, max, scale: 100, ...extra });

/** The value as the user sees it (×scale, without binary noise). */
export const shownValue = (spec: NumberSpec, v: number) => Number((v * (spec.scale ?? 1)).toPrecision(12));
/** A shown value back to stored units. */
export const storedValue = (spec: NumberSpec, shown: number) =>
	Number((shown / (spec.scale ?? 1)).toPrecision(12));

/** A short, safe description of a bad value for a message (never the words NaN or undefined). */
export function describeValue(v: unknown): string {
	if (typeof v === 'number')
		return Number.isNaN(v) ? 'not a number' : Number.isFinite(v) ? String(v) : 'an infinite number';
	if (typeof v === 'string') return `"${v.slice(0, 20)}"`;
	if (v === undefined || v === null) return 'nothing';
	return Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}

/** A number with its unit for a message: '$5', '30 %', '45 d'; points go without a unit. */
const withUnit = (spec: NumberSpec, x: number) =>
	!spec.unit || spec.unit === 'pts' ? String(x) : spec.unit === '$' ? `$${x}` : `${x} ${spec.unit}`;

/**
 * Why `v` does not fit the spec, in the units the user typed, or null when it does.
 * @example numberProblem({ label: 'Spot VIX', unit: 'pts', min: 1, max: 200 }, 0.5) // 'Spot VIX must be at least 1 (got 0.5).'
 */
export function numberProblem(spec: NumberSpec, v: unknown): string | null {
	if (typeof v !== 'number' || !Number.isFinite(v))
		return `${spec.label} must be a number (got ${describeValue(v)}).`;
	const got = `(got ${withUnit(spec, shownValue(spec, v))})`;
	if (spec.integer && !Number.isInteger(v)) return `${spec.label} must be a whole number ${got}.`;
	const [lo, hi] = [shownValue(spec, spec.min), shownValue(spec, spec.max)];
	if (spec.minOpen ? v <= spec.min : v < spec.min)
		return `${spec.label} must be ${spec.minOpen ? 'above' : 'at least'} ${withUnit(spec, lo)} ${got}.`;
	if (spec.maxOpen ? v >= spec.max : v > spec.max)
		return `${spec.label} must be ${spec.maxOpen ? 'below' : 'at most'} ${withUnit(spec, hi)} ${got}.`;
	return null;
}
