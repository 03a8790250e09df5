// Argument checks shared by the pricing functions: one message style, naming the argument and the value.
import type { OptionKind } from '../types';

export function checkKind(kind: OptionKind): void {
	if (kind !== 'call' && kind !== 'put')
		throw new RangeError(`kind must be 'call' or 'put' (got ${String(kind)})`);
}

/** A price, forward or strike: finite and > 0. */
export function checkPositive(name: string, value: number): void {
	if (!(value > 0) || value === Infinity)
		throw new RangeError(`${name} must be a finite number > 0 (got ${value})`);
}

/** A time or volatility: finite and ≥ 0. */
export function checkNonNegative(name: string, value: number): void {
	if (!(value >= 0) || value === Infinity)
		throw new RangeError(`${name} must be a finite number ≥ 0 (got ${value})`);
}

/** A rate or yield: finite (may be negative). */
export function checkFinite(name: string, value: number): void {
	if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number (got ${value})`);
}
