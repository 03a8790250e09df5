// Looking up the message for a field by its typed path, relative to the slice an editor edits: an editor of the
// spot-vol link asks for 'epsDown', not 'spotVolLink.epsDown', and a misspelt or renamed field fails to compile.
import type { FieldPath, Problem } from '../engine';

/** The message for a field of T (or for T as a whole, with ''), or null. */
export type ProblemLookup<T> = (path: FieldPath<T> | '') => string | null;

/** The path `inner` below `prefix`: 'a' + 'b' → 'a.b', 'a' + '[1].b' → 'a[1].b', '' + 'b' → 'b'. */
export function joinPath(prefix: string, inner: string): string {
	if (!prefix) return inner;
	if (!inner) return prefix;
	return inner.startsWith('[') ? prefix + inner : `${prefix}.${inner}`;
}

/**
 * A lookup into the problems `list()` gives (read at each call, so a component calling it in its markup follows
 * every change of the list), for the slice at `prefix`.
 */
export function problemLookup<T>(list: () => readonly Problem[], prefix = ''): ProblemLookup<T> {
	return (path) => {
		const field = joinPath(prefix, path);
		return list().find((p) => p.field === field)?.message ?? null;
	};
}

/** The lookup for the slice at `key` of T, from T's lookup (an editor handing a part of its slice to a sub-editor). */
export function below<T, K extends keyof T & string>(lookup: ProblemLookup<T>, key: K): ProblemLookup<T[K]> {
	// joinPath(key, a path of T[K]) is a path of T by construction; the type system cannot follow the join.
	return (path) => lookup(joinPath(key, path) as FieldPath<T>);
}
