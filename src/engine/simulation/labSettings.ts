// The regime lab's settings (docs/simulation.md): paths, seed, horizon, the real-world model, the policies and the
// starts, and their checks. The limits are the ones the Regimes screen offers.
import { numberProblem } from '../fields';
import { HORIZON_FIELD } from './labFields';
import { DEFAULT_PATH_MODEL, checkPathModel, type PathModel } from './pathModel';
import { DEFAULT_POLICIES, checkPolicy, type PolicySpec } from './policySpec';
import type { StartSpec } from './startStates';

export interface RegimeLabSettings {
	/** PRNG seed (32-bit integer), saved with the scenario. */
	seed: number;
	/** Paths per start state (rounded up to even: antithetic pairs). */
	paths: number;
	/** Calendar days to the horizon (capped at the condor's expiry); null: the condor's expiry. */
	horizonDays: number | null;
	model: PathModel;
	policies: PolicySpec[];
	starts: StartSpec;
	/** Paths per chunk between progress reports (rounded up to even). */
	chunkPaths: number;
	histogramBins: number;
}

/** The path counts the Regimes screen offers; anything else is refused. */
export const LAB_PATH_CHOICES = [2_000, 5_000, 20_000, 50_000, 100_000] as const;
export const MAX_LAB_PATHS = 100_000;

export const DEFAULT_REGIME_LAB_SETTINGS: RegimeLabSettings = {
	seed: 20260109,
	paths: 20_000,
	horizonDays: null,
	model: DEFAULT_PATH_MODEL,
	policies: DEFAULT_POLICIES,
	starts: { mode: 'counterparts' },
	chunkPaths: 2_000,
	histogramBins: 40,
};

/** Throws a RangeError naming the first setting that cannot run. */
export function checkRegimeLabSettings(s: RegimeLabSettings): void {
	if (!Number.isInteger(s.seed)) throw new RangeError(`seed must be a whole number (got ${s.seed})`);
	if (!(Number.isInteger(s.paths) && s.paths >= 2 && s.paths <= MAX_LAB_PATHS))
		throw new RangeError(
			`paths must be a whole number 2–${MAX_LAB_PATHS.toLocaleString('en-US')} (got ${s.paths})`,
		);
	if (!(Number.isInteger(s.chunkPaths) && s.chunkPaths >= 2))
		throw new RangeError(`chunkPaths must be a whole number ≥ 2 (got ${s.chunkPaths})`);
	if (!(Number.isInteger(s.histogramBins) && s.histogramBins >= 1 && s.histogramBins <= 500))
		throw new RangeError(`histogramBins must be a whole number 1–500 (got ${s.histogramBins})`);
	if (s.horizonDays !== null) {
		const problem = numberProblem(HORIZON_FIELD, s.horizonDays);
		if (problem) throw new RangeError(`horizonDays: ${problem}`);
	}
	checkPathModel(s.model);
	if (s.policies.length === 0) throw new RangeError('policies: at least one policy is required');
	const ids = new Set<string>();
	s.policies.forEach((p, i) => {
		checkPolicy(p, `policies[${i}]`);
		if (ids.has(p.id)) throw new RangeError(`policies[${i}].id '${p.id}' is used twice`);
		ids.add(p.id);
	});
}

/** n rounded up to even (antithetic pairs). */
export const even = (n: number) => n + (n % 2);
