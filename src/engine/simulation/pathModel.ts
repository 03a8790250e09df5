// The real-world model the regime lab's paths follow (docs/simulation.md, "The model"): its parameters, the measured
// defaults and their checks. Apart from the path generator (paths.ts) so that settings, storage and forms can read
// the defaults without loading the simulation.
import { numberProblem, type NumberSpec } from '../fields';
import { REAL_WORLD_VIX } from '../measured/realWorldVix.generated';
import { JUMP_FIELDS, PATH_MODEL_FIELDS } from './labFields';

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

/** Throws a RangeError naming the first parameter outside the bounds the Regimes screen offers (labFields.ts). */
export function checkPathModel(m: PathModel): void {
	const check = (path: string, spec: NumberSpec, v: number) => {
		const problem = numberProblem(spec, v);
		if (problem) throw new RangeError(`${path}: ${problem}`);
	};
	for (const [k, spec] of Object.entries(PATH_MODEL_FIELDS))
		check(`model.${k}`, spec, m[k as keyof typeof PATH_MODEL_FIELDS]);
	if (m.jumps.enabled)
		for (const [k, spec] of Object.entries(JUMP_FIELDS))
			check(`model.jumps.${k}`, spec, m.jumps[k as keyof typeof JUMP_FIELDS]);
}
