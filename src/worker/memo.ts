// Remembers a pure function's last answer. A slider drag sends the same market and book with every new shock, so the
// worker re-prices the book (model build, smile fit, strike search, ladder sizing) only when they change.

/**
 * `fn` with a one-entry cache keyed by its arguments' JSON (the arguments are plain data from postMessage).
 * @example const priced = memoLast(priceBook); priced(m, spec) === priced(m, spec) // true
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let key: string | null = null;
	let value: R;
	return (...args: A) => {
		const k = JSON.stringify(args);
		if (k !== key) {
			value = fn(...args);
			key = k; // only after fn returned: a throw leaves the cache as it was
		}
		return value;
	};
}
