// Placeholder until scripts/measure/tenorBeta.ts writes this module.

/** κ_β per year in the tenor beta β(T) = e^{−κ_β T} of a future's response to a spot-VIX move. */
export const TENOR_BETA_KAPPA = 2.7;
