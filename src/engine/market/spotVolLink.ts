// The SPX → VIX → curve link for what-ifs (DESIGN §4.4): ln(VIX'/VIX) = −ε·ln(S'/S) with ε for falls and rises,
// and each future's response F'(T) = F(T)·(VIX'/VIX)^{e^{−κT}} (the tenor beta).
import type { SpotVolLinkInput } from './snapshot';

/**
 * VIX after an SPX move. Stays positive by construction.
 * @param vix VIX now (points). @param spxRatio S'/S (> 0). @param link ε for SPX falls (epsDown) and rises (epsUp).
 * @example shockVix(15, 0.9, { preset: 'regression', epsDown: 4.8, epsUp: 4.8 }) // 15·0.9^−4.8 ≈ 24.9
 */
export function shockVix(
	vix: number,
	spxRatio: number,
	link: Pick<SpotVolLinkInput, 'epsDown' | 'epsUp'>,
): number {
	if (!(spxRatio > 0)) throw new RangeError(`spxRatio must be > 0 (got ${spxRatio})`);
	const eps = spxRatio < 1 ? link.epsDown : link.epsUp;
	return vix * Math.exp(-eps * Math.log(spxRatio));
}

/** How much of a spot-VIX move a future T years out takes: e^{−κT} (≈ 0.66 at 30 days, 0.29 at 90 days for κ = 5). */
export function tenorBeta(kappa: number, T: number): number {
	return Math.exp(-kappa * T);
}

/**
 * A future after spot VIX moves by `vixRatio`: F·vixRatio^{e^{−κT}}.
 * @param future F(T) now (points). @param vixRatio VIX'/VIX (> 0). @param kappa κ per year. @param T years.
 */
export function shockFuture(future: number, vixRatio: number, kappa: number, T: number): number {
	return future * Math.pow(vixRatio, tenorBeta(kappa, T));
}
