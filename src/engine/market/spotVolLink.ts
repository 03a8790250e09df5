// The SPX → VIX → curve link for what-ifs (DESIGN §4.4): ln(VIX'/VIX) = −ε·ln(S'/S) with ε for falls and rises,
// each future's response F'(T) = F(T)·(VIX'/VIX)^{e^{−κT}} (the tenor beta), and the direct "curve flip" controls
// (a new spot VIX and/or a new long-run level). Pure functions of numbers and curves.
import type { SpotVolLinkInput } from './snapshot';
import type { VixCurve } from './vixCurve';

/**
 * VIX after an SPX move. Stays positive by construction.
 * @param vix VIX now (points, > 0). @param spxRatio S'/S (> 0). @param link ε for SPX falls (epsDown) and rises (epsUp).
 * @example shockVix(15, 0.9, { epsDown: 4.8, epsUp: 4.8 }) // 15·0.9^−4.8 ≈ 24.9
 * @example shockVix(15, 0, { epsDown: 4.8, epsUp: 4.8 }) // throws RangeError: spxRatio must be > 0 (got 0)
 */
export function shockVix(
	vix: number,
	spxRatio: number,
	link: Pick<SpotVolLinkInput, 'epsDown' | 'epsUp'>,
): number {
	if (!(spxRatio > 0) || spxRatio === Infinity)
		throw new RangeError(`spxRatio must be > 0 (got ${spxRatio})`);
	const eps = spxRatio < 1 ? link.epsDown : link.epsUp;
	return vix * Math.exp(-eps * Math.log(spxRatio));
}

/**
 * How much of a log move in spot VIX a future T years out takes: e^{−κT} (≈ 0.66 at 30 days, 0.29 at 90 days for κ = 5).
 * @param kappa κ per year. @param T years (≥ 0).
 */
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

/**
 * The whole curve after spot VIX moves by `vixRatio`: every contract (and every interpolated tenor) moves by
 * F'(T) = F(T)·vixRatio^{e^{−κT}}, which is the log-OU future at the new spot with the residuals kept.
 * @param curve the curve now. @param vixRatio VIX'/VIX (> 0).
 * @example shockCurve(curve, 2) // spot doubles, a 30-day future rises by 2^0.66 ≈ 1.58 (κ = 5)
 */
export function shockCurve(curve: VixCurve, vixRatio: number): VixCurve {
	if (!(vixRatio > 0) || vixRatio === Infinity)
		throw new RangeError(`vixRatio must be > 0 (got ${vixRatio})`);
	return {
		...curve,
		vix: curve.vix * vixRatio,
		points: curve.points.map((p) => ({ ...p, price: shockFuture(p.price, vixRatio, curve.kappa, p.T) })),
	};
}

/**
 * Direct "curve flip" controls: a new spot VIX and/or a new long-run level e^θ, each contract keeping its log residual.
 * A future then moves by (VIX'/VIX)^{e^{−κT}}·e^{(1 − e^{−κT})(θ' − θ)}, so spot moves the front and the long-run
 * level the back: spot 30 with e^θ 18 inverts a calm curve.
 * @param curve the curve now.
 * @param change `vix`: new spot VIX (points, > 0); `longRunLevel`: new e^θ (points, > 0). Omitted → unchanged.
 */
export function moveCurve(curve: VixCurve, change: { vix?: number; longRunLevel?: number }): VixCurve {
	const vix = change.vix ?? curve.vix;
	const level = change.longRunLevel ?? Math.exp(curve.theta);
	if (!(vix > 0) || vix === Infinity) throw new RangeError(`vix must be > 0 (got ${vix})`);
	if (!(level > 0) || level === Infinity) throw new RangeError(`longRunLevel must be > 0 (got ${level})`);
	const theta = change.longRunLevel === undefined ? curve.theta : Math.log(level);
	const lnRatio = Math.log(vix / curve.vix);
	return {
		...curve,
		vix,
		theta,
		points: curve.points.map((p) => {
			const beta = tenorBeta(curve.kappa, p.T);
			return { ...p, price: p.price * Math.exp(beta * lnRatio + (1 - beta) * (theta - curve.theta)) };
		}),
	};
}
