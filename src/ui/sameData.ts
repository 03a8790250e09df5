// Plain data compared by value: key order does not matter (a scenario read back through the storage schema has its
// keys in the schema's order), numbers compare exactly. For "is this market still the preset?" and "is this what-if
// one of the picks?".

/** JSON of `x` with every object's keys sorted. */
export function canonicalJson(x: unknown): string {
	return JSON.stringify(x, (_key, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: value,
	);
}

/** True when `a` and `b` hold the same plain data. */
export function sameData(a: unknown, b: unknown): boolean {
	return canonicalJson(a) === canonicalJson(b);
}
