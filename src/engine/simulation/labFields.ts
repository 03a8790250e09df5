// The regime lab's number fields (the real-world model and the horizon), each described once (see fields.ts): the
// Regimes screen's inputs, the storage schema and the engine's model check all read these bounds.
import { percentSpec, type NumberSpec } from '../fields';

export const PATH_MODEL_FIELDS = {
	kappa: { label: 'κ_P', unit: '/yr', min: 0.1, max: 50, step: 0.1 },
	eta: { label: 'η_P', min: 0, max: 3, step: 0.05 },
	riskPremiumScale: { label: 'λ × (risk premium)', min: 0, max: 5, step: 0.1 },
	spxVolScale: { label: 'c (SPX vol ÷ VIX)', min: 0.1, max: 2, step: 0.05 },
	rho: { label: 'ρ', min: -1, max: 1, step: 0.05 },
	equityPremium: percentSpec('μ − r', -0.2, 0.2, { step: 0.5 }),
} satisfies Record<string, NumberSpec>;

export const JUMP_FIELDS = {
	ratePerYear: { label: 'Jumps', unit: '/yr', min: 0, max: 20, step: 0.5 },
	vixMeanLogSize: { label: 'Mean VIX jump (ln)', min: 0, max: 0.9, step: 0.05 },
	spxPerVixLog: { label: 'SPX per VIX jump (ln)', min: -0.9, max: 0, step: 0.01 },
} satisfies Record<string, NumberSpec>;

/** Calendar days to the lab's horizon when it is not the condor's expiry. */
export const HORIZON_FIELD = {
	label: 'Horizon',
	unit: 'd',
	min: 1,
	max: 400,
	integer: true,
	step: 1,
} satisfies NumberSpec;
