// Plain data compared and keyed by value: canonical JSON (object keys sorted at every level, so a scenario read back
// through the storage schema, which writes keys in its own order, gives the same text) and a short digest of it.

/** JSON text with object keys sorted at every level, so equal values give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const obj = value as Record<string, unknown>;
		const keys = Object.keys(obj)
			.filter((k) => obj[k] !== undefined)
			.sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * A short, stable digest of any JSON value (FNV-1a, 32 bits, hex, over its canonical JSON): equal values give equal
 * keys, whatever the order their keys were written in (a record read back through the schema has the schema's order).
 */
export function digest(value: unknown): string {
	const text = canonicalJson(value);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** True when `a` and `b` hold the same plain data (key order aside; numbers compared exactly). */
export function sameData(a: unknown, b: unknown): boolean {
	return canonicalJson(a) === canonicalJson(b);
}
