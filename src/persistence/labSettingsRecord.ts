// The regime lab's settings as saved with a scenario: paths, horizon, the real-world model, policies and starts,
// within the bounds the Regimes screen offers (the engine's field specs), strict like the rest of a scenario.
import * as v from 'valibot';
import {
	DEFAULT_PATH_MODEL,
	DEFAULT_POLICIES,
	HORIZON_FIELD,
	JUMP_FIELDS,
	LAB_PATH_CHOICES,
	MARKET_PRESETS,
	PATH_MODEL_FIELDS,
	type PathModel,
} from '../engine';
import { fromSpec } from './schemaParts';

/** More policies than the lab defines are never valid (each id at most once). */
const MAX_POLICIES = 16;

/** The model's bounds: the ranges the Regimes screen's model settings offer (the engine's field specs). */
export const pathModelSchema = v.strictObject({
	kappa: fromSpec(PATH_MODEL_FIELDS.kappa),
	eta: fromSpec(PATH_MODEL_FIELDS.eta),
	spxVolScale: fromSpec(PATH_MODEL_FIELDS.spxVolScale),
	rho: fromSpec(PATH_MODEL_FIELDS.rho),
	equityPremium: fromSpec(PATH_MODEL_FIELDS.equityPremium),
	riskPremiumScale: fromSpec(PATH_MODEL_FIELDS.riskPremiumScale),
	jumps: v.strictObject({
		enabled: v.boolean(),
		ratePerYear: fromSpec(JUMP_FIELDS.ratePerYear),
		vixMeanLogSize: fromSpec(JUMP_FIELDS.vixMeanLogSize),
		spxPerVixLog: fromSpec(JUMP_FIELDS.spxPerVixLog),
	}),
});

export const labSettingsSchema = v.strictObject({
	paths: v.pipe(
		v.number(),
		v.check(
			(n) => (LAB_PATH_CHOICES as readonly number[]).includes(n),
			`expected one of ${LAB_PATH_CHOICES.map((n) => n.toLocaleString('en-US')).join(', ')} paths`,
		),
	),
	/** Calendar days to the horizon; null: the condor's expiry. */
	horizonDays: v.nullable(fromSpec(HORIZON_FIELD)),
	model: pathModelSchema,
	/** Ids of DEFAULT_POLICIES to run, each once. */
	policyIds: v.pipe(
		v.array(v.picklist(DEFAULT_POLICIES.map((p) => p.id))),
		v.minLength(1),
		v.maxLength(MAX_POLICIES),
		v.check((ids) => new Set(ids).size === ids.length, 'expected each policy once'),
	),
	/** Two MARKET_PRESETS ids to start from instead of this market and its counterparts; null: the counterparts. */
	startPresetIds: v.nullable(v.pipe(v.array(v.picklist(MARKET_PRESETS.map((p) => p.id))), v.length(2))),
	/** This market on the model's paths beside it on real history windows that started like it (analogs). */
	startAnalogs: v.boolean(),
});

export type LabSettings = v.InferOutput<typeof labSettingsSchema>;

export function defaultLabSettings(): LabSettings {
	return {
		paths: 20_000,
		horizonDays: null,
		model: structuredClone(DEFAULT_PATH_MODEL),
		policyIds: DEFAULT_POLICIES.map((p) => p.id),
		startPresetIds: null,
		startAnalogs: false,
	};
}

// Compile-time guard: the stored model follows the engine's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelMatches: Same<v.InferOutput<typeof pathModelSchema>, PathModel> = true;
void modelMatches;
