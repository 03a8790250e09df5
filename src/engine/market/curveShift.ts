// How the VX curve answers a move of spot VIX and of the long-run level (docs/models.md, "Curve response"): a future
// T years out takes the share β(T) = e^{−κ_β T} of a log move in spot and 1 − β(T) of a move in the long-run level,
// F'(T) = F(T)·(VIX'/VIX)^{β(T)}·(L'/L)^{1 − β(T)}. κ_β is measured in real spikes (docs/measured/tenor-beta.md),
// never taken from the curve fit, whose κ is noise with three contracts.

/**
 * Share of a log move in spot VIX that a future T years out takes.
 * @param kappaBeta κ_β per year (> 0). @param T years (≥ 0).
 * @example tenorBeta(2.7, 30 / 365) // 0.80
 */
export function tenorBeta(kappaBeta: number, T: number): number {
	return Math.exp(-kappaBeta * Math.max(T, 0));
}

/** A move of the curve: spot VIX times `vixRatio`, the long-run level times `levelRatio`. */
export interface CurveMove {
	vixRatio: number;
	levelRatio: number;
	kappaBeta: number;
}

/**
 * The factor F'(T)/F(T) of a curve move.
 * @param move the move. @param T years to the future's settlement (≥ 0).
 * @example curveMoveFactor({ vixRatio: 2, levelRatio: 1, kappaBeta: 2.7 }, 0) // 2: at expiry a future is spot
 */
export function curveMoveFactor(move: CurveMove, T: number): number {
	const beta = tenorBeta(move.kappaBeta, T);
	return Math.pow(move.vixRatio, beta) * Math.pow(move.levelRatio, 1 - beta);
}
