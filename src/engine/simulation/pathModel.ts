// The real-world model the regime lab's paths follow (docs/simulation.md, "Model"): its parameters, the measured
// defaults and their checks. Apart from the path generator (paths.ts) so that settings, storage and forms can read
// the defaults without loading the simulation.
import { REAL_WORLD_VIX } from '../measured/realWorldVix.generated';

export interface JumpParams {
	enabled: boolean;
	/** Common jumps per year. */
	ratePerYear: number;
	/** Mean of the exponential ln VIX move in a jump. */
	vixMeanLogSize: number;
	/** ln SPX move per unit of ln VIX move in a jump (negative: SPX falls). */
	spxPerVixLog: number;
}

export interface PathModel {
	/** κ_P, mean-reversion speed of ln VIX toward its target, per year. */
	kappa: number;
	/** η_P, vol of ln VIX's diffusion, per √year. */
	eta: number;
	/** c in σ_S = c·VIX/100 (realized SPX vol runs below VIX). */
	spxVolScale: number;
	/** Correlation of the SPX and VIX diffusions. */
	rho: number;
	/** μ − r, the equity premium in the SPX drift, decimal per year. */
	equityPremium: number;
	/** Multiplies the measured futures risk premium λ(t) (1: as measured; 0: VIX expected at the futures). */
	riskPremiumScale: number;
	jumps: JumpParams;
}

/** The measured real-world model (docs/measured/real-world-vix.md), jumps on. */
export const DEFAULT_PATH_MODEL: PathModel = {
	kappa: REAL_WORLD_VIX.kappaPerYear,
	eta: REAL_WORLD_VIX.etaPerSqrtYear,
	spxVolScale: REAL_WORLD_VIX.spxVolScale,
	rho: REAL_WORLD_VIX.rho,
	equityPremium: 0.04,
	riskPremiumScale: 1,
	jumps: {
		enabled: true,
		ratePerYear: REAL_WORLD_VIX.jumpRatePerYear,
		vixMeanLogSize: REAL_WORLD_VIX.vixJump.meanLogSize,
		spxPerVixLog: REAL_WORLD_VIX.spxPerVixJumpLog,
	},
};

/** Throws a RangeError naming the first parameter of the model that cannot drive paths. */
export function checkPathModel(m: PathModel): void {
	const positive = { kappa: m.kappa, spxVolScale: m.spxVolScale } as const;
	for (const [k, v] of Object.entries(positive))
		if (!(v > 0 && Number.isFinite(v)))
			throw new RangeError(`model.${k} must be a finite number > 0 (got ${v})`);
	if (!(m.eta >= 0 && Number.isFinite(m.eta)))
		throw new RangeError(`model.eta must be a finite number ≥ 0 (got ${m.eta})`);
	if (!(Math.abs(m.rho) <= 1)) throw new RangeError(`model.rho must be in [−1, 1] (got ${m.rho})`);
	if (!Number.isFinite(m.equityPremium))
		throw new RangeError(`model.equityPremium must be a finite number (got ${m.equityPremium})`);
	if (!(m.riskPremiumScale >= 0 && Number.isFinite(m.riskPremiumScale)))
		throw new RangeError(`model.riskPremiumScale must be a finite number ≥ 0 (got ${m.riskPremiumScale})`);
	const j = m.jumps;
	if (j.enabled) {
		if (!(j.ratePerYear >= 0 && Number.isFinite(j.ratePerYear)))
			throw new RangeError(`model.jumps.ratePerYear must be ≥ 0 (got ${j.ratePerYear})`);
		if (!(j.vixMeanLogSize >= 0 && j.vixMeanLogSize < 1))
			throw new RangeError(`model.jumps.vixMeanLogSize must be in [0, 1) (got ${j.vixMeanLogSize})`);
		if (!(j.spxPerVixLog <= 0 && j.spxPerVixLog > -1))
			throw new RangeError(`model.jumps.spxPerVixLog must be in (−1, 0] (got ${j.spxPerVixLog})`);
	}
}
