// Typed field paths: the names validation gives its problems ('futures[1].price', 'ladder.sizing.coverage') as types
// derived from the data they point into. A renamed or moved field is then a compile error wherever its path is
// written — in the validators, the read-out notes and the form that shows each message beside its field.
import type { BookSpec } from './book/bookSpec';
import type { MarketSnapshot } from './market/snapshot';

type Index = `[${number}]`;

/** A value with no fields inside (a branded number is a number: its brand is not a field). */
type Leaf = number | string | boolean | null | undefined;

/** The rest of a path below a value of type T: '.key…' into an object, '[n]…' into a list, nothing for a leaf. */
type Below<T> = T extends Leaf
	? never
	: T extends readonly unknown[]
		? FieldPath<T>
		: T extends object
			? `.${FieldPath<T>}`
			: never;

/**
 * Every path into T: 'a', 'a.b', 'list[2]', 'list[2].c'; for a union, the paths of each member.
 * @example const p: FieldPath<MarketSnapshot> = 'futures[1].price'; // 'futures[1].prise' does not compile
 */
export type FieldPath<T> = T extends Leaf
	? never
	: T extends readonly (infer U)[]
		? Index | `${Index}${Below<U>}`
		: T extends object
			? { [K in keyof T & string]: K | `${K}${Below<T[K]>}` }[keyof T & string]
			: never;

/** A field of the market ('' for the market as a whole). */
export type MarketField = FieldPath<MarketSnapshot> | '';
/** A field of the book spec. */
export type BookField = FieldPath<BookSpec>;
