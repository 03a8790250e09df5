// Strike selection on the SPX grid: by target delta with the smile vol at the strike, and rounding to the grid.
import { normCdf } from '../math/normal';
import { bisectIncreasing } from '../math/roots';
import type { OptionKind } from '../types';
import type { ExpiryMarket } from './expiryMarket';

/** SPX strike spacing used for condors (index points). */
export const SPX_STRIKE_STEP = 5;

/**
 * Forward (undiscounted) Black delta of an option at strike K using the smile's own vol at K:
 * N(d1) for a call, N(d1) − 1 for a put.
 */
export function smileDelta(kind: OptionKind, m: ExpiryMarket, K: number): number {
	const s = m.volAt(K) * Math.sqrt(m.T);
	const d1 = Math.log(m.F / K) / s + 0.5 * s;
	return kind === 'call' ? normCdf(d1) : normCdf(d1) - 1;
}

/**
 * The strike whose smile delta has magnitude `targetDelta` (e.g. 0.16), solved by bisection in log-strike (delta is
 * monotone in K for an arbitrage-free smile), then snapped to the grid point whose delta is closest to the target.
 * @param kind 'call' (strike above the forward for small deltas) or 'put'.
 * @param targetDelta |delta| in (0, 1).
 */
export function strikeForDelta(
	kind: OptionKind,
	m: ExpiryMarket,
	targetDelta: number,
	step = SPX_STRIKE_STEP,
): number {
	if (!(targetDelta > 0 && targetDelta < 1))
		throw new RangeError(`targetDelta must be in (0, 1) (got ${targetDelta})`);
	const f = (lnK: number) => Math.abs(smileDelta(kind, m, Math.exp(lnK))) - targetDelta;
	// |delta| falls with K for calls and rises for puts; bracket ±12 total standard deviations around the forward.
	const width = 12 * Math.max(m.volAt(m.F) * Math.sqrt(m.T), 1e-3);
	const rising = (lnK: number) => (kind === 'call' ? -f(lnK) : f(lnK));
	const K = Math.exp(bisectIncreasing(rising, Math.log(m.F) - width, Math.log(m.F) + width));
	const a = Math.max(step, Math.floor(K / step) * step);
	const b = a + step;
	return Math.abs(f(Math.log(a))) <= Math.abs(f(Math.log(b))) ? a : b;
}
