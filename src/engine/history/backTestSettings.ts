// The back-test's settings (docs/history.md, "Back-test"): which starts, which policies, the bootstrap, the episode
// left out, and the chunk size between progress reports. Plain JSON: saved with the scenario.
import type { IsoDate } from '../types';
import { epochDayOf } from '../market/isoDate';
import type { Episode } from './largestEpisode';
import { checkPolicy, DEFAULT_POLICIES, type PolicySpec } from '../simulation/policySpec';

export interface BackTestSettings {
	/** A start every `every`-th day of the history (1: every day). */
	every: number;
	/** Starts from / to these dates (inclusive; null: the history's first / last day). */
	from: IsoDate | null;
	to: IsoDate | null;
	policies: PolicySpec[];
	/**
	 * The episode the "without" rows leave out (starts whose holding window overlaps it): 'largest', the history's own
	 * (largestEpisode.ts); a given one; or null: none.
	 */
	episode: 'largest' | Episode | null;
	/** Block bootstrap: blocks of about `blockDays` history days of starts, `replicates` resamples, `seed`. */
	bootstrap: { blockDays: number; replicates: number; seed: number };
	/** Starts per chunk between progress reports. */
	chunkStarts: number;
}

/** Whether a holding window [start, end] (dates) overlaps an episode. */
export const overlapsEpisode = (
	episode: { from: IsoDate; to: IsoDate },
	start: IsoDate,
	end: IsoDate,
): boolean => start <= episode.to && end >= episode.from;

/** The four policies the History screen compares: steward, promoter, monetize and the playbook. */
export const BACK_TEST_POLICIES: PolicySpec[] = DEFAULT_POLICIES.filter((p) =>
	['steward', 'promoter', 'monetize', 'playbook'].includes(p.id),
);

export const DEFAULT_BACK_TEST_SETTINGS: BackTestSettings = {
	every: 1,
	from: null,
	to: null,
	policies: BACK_TEST_POLICIES,
	episode: 'largest',
	// About one holding period of starts per block (a 45-day condor is ~31 business days; 45 rows ≈ two months).
	bootstrap: { blockDays: 45, replicates: 100, seed: 20260227 },
	chunkStarts: 250,
};

/** Throws a RangeError naming the first setting that cannot run. */
export function checkBackTestSettings(s: BackTestSettings): void {
	const bad = (field: string, v: unknown, rule: string) => {
		throw new RangeError(`${field} must be ${rule} (got ${String(v)})`);
	};
	if (!(Number.isInteger(s.every) && s.every >= 1 && s.every <= 250))
		bad('every', s.every, 'a whole number 1–250');
	for (const key of ['from', 'to'] as const) if (s[key] !== null) epochDayOf(s[key]!, key);
	if (s.policies.length === 0) throw new RangeError('policies: at least one policy is required');
	s.policies.forEach((p, i) => checkPolicy(p, `policies[${i}]`));
	if (s.episode && s.episode !== 'largest') {
		epochDayOf(s.episode.from, 'episode.from');
		epochDayOf(s.episode.to, 'episode.to');
		if (s.episode.to < s.episode.from) bad('episode.to', s.episode.to, `on or after ${s.episode.from}`);
	}
	const b = s.bootstrap;
	if (!(Number.isInteger(b.blockDays) && b.blockDays >= 1))
		bad('bootstrap.blockDays', b.blockDays, 'a whole number ≥ 1');
	if (!(Number.isInteger(b.replicates) && b.replicates >= 2 && b.replicates <= 10_000))
		bad('bootstrap.replicates', b.replicates, 'a whole number 2–10,000');
	if (!Number.isInteger(b.seed)) bad('bootstrap.seed', b.seed, 'a whole number');
	if (!(Number.isInteger(s.chunkStarts) && s.chunkStarts >= 1))
		bad('chunkStarts', s.chunkStarts, 'a whole number ≥ 1');
}
