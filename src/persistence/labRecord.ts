// The regime lab as saved with a scenario: its settings (labSettingsRecord.ts), and the last run's results as plain
// JSON (typed arrays become number arrays). The schema is strict and bounded like the rest of a scenario, so a hostile file cannot
// smuggle in NaN, huge arrays or extra keys through the results either.
import * as v from 'valibot';
import {
	LAB_PATH_CHOICES,
	MOVE_BUCKETS,
	type PnlStats,
	type PolicyFigures,
	type RegimeLabResult,
} from '../engine';
import { integerIn, isoDate, numberIn } from './schemaParts';
import {
	defaultLabSettings,
	labSettingsSchema,
	pathModelSchema,
	type LabSettings,
} from './labSettingsRecord';
import { digest } from './digest';

const MAX_USD = 1e12;
const usd = () => numberIn(-MAX_USD, MAX_USD);
const share = () => numberIn(0, 1);
const label = () => v.pipe(v.string(), v.maxLength(200));
const id = () => v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const MAX_PATHS = Math.max(...LAB_PATH_CHOICES);
const MAX_BINS = 400;
const MAX_POLICIES = 16;
const MAX_STARTS = 6;

const statsSchema = v.strictObject({
	n: integerIn(0, MAX_PATHS),
	mean: usd(),
	median: usd(),
	stdev: numberIn(0, MAX_USD),
	stdError: numberIn(0, MAX_USD),
	pProfit: share(),
	var95: usd(),
	cvar95: usd(),
	worst: usd(),
	best: usd(),
	annualizedReturnOnRisk: v.nullable(numberIn(-1e6, 1e6)),
	sortino: v.nullable(numberIn(-1e6, 1e6)),
});

const histogramSchema = v.strictObject({
	counts: v.pipe(v.array(integerIn(0, MAX_PATHS)), v.maxLength(MAX_BINS)),
	below: integerIn(0, MAX_PATHS),
	above: integerIn(0, MAX_PATHS),
});

const strike = () => numberIn(0, 1e6);

const moveSchema = v.strictObject({
	id: v.picklist(MOVE_BUCKETS.map((b) => b.id)),
	probability: share(),
	condorUsd: usd(),
	hedgeUsd: usd(),
	combinedUsd: usd(),
});

const figuresSchema = v.strictObject({
	alone: statsSchema,
	hedged: statsSchema,
	hedge: statsSchema,
	tailLossReductionPerHedgeUsd: v.nullable(numberIn(-1e6, 1e6)),
	histogram: v.strictObject({ alone: histogramSchema, hedged: histogramSchema }),
	byMove: v.pipe(v.array(moveSchema), v.length(MOVE_BUCKETS.length)),
	hedgeGainPerPremiumWhenDown5: v.nullable(numberIn(-1e6, 1e6)),
});

const policyResultSchema = v.strictObject({
	policyId: id(),
	label: label(),
	entry: v.strictObject({
		strikes: v.strictObject({
			longPut: strike(),
			shortPut: strike(),
			shortCall: strike(),
			longCall: strike(),
		}),
		qty: integerIn(0, 1e6),
		creditUsd: usd(),
		maxLossUsd: usd(),
		units: numberIn(0, 1e6),
		contracts: v.pipe(v.array(integerIn(0, 1e9)), v.maxLength(12)),
		hedgePremiumUsd: usd(),
		hedgeCarryUsdPer30Days: usd(),
	}),
	hedgeCostUsd: usd(),
	mid: figuresSchema,
	afterCosts: figuresSchema,
	events: v.strictObject({
		monetized: share(),
		rolled: share(),
		promoted: share(),
		takeProfit: share(),
		stop: share(),
		dteClose: share(),
	}),
});

export const labResultSchema = v.strictObject({
	/** A digest of the market, book and lab settings the run used: a different one marks the result stale. */
	inputsKey: v.pipe(v.string(), v.maxLength(64)),
	seed: integerIn(0, 2 ** 32 - 1),
	paths: integerIn(2, MAX_PATHS),
	steps: integerIn(0, 3650),
	horizonDate: isoDate(),
	horizonDays: integerIn(0, 3650),
	condorExpiry: isoDate(),
	model: pathModelSchema,
	histogramEdges: v.pipe(v.array(usd()), v.maxLength(MAX_BINS + 1)),
	starts: v.pipe(
		v.array(
			v.strictObject({
				id: id(),
				label: label(),
				regime: v.picklist(['contango', 'backwardation', 'flat', 'mixed']),
				sameAs: v.nullable(id()),
				source: v.nullable(v.pipe(v.string(), v.maxLength(200))),
				spx: numberIn(0, 1e6),
				vix: numberIn(0, 1000),
				vx1: numberIn(0, 1000),
				policies: v.pipe(v.array(policyResultSchema), v.maxLength(MAX_POLICIES)),
			}),
		),
		v.maxLength(MAX_STARTS),
	),
});

export const labSchema = v.strictObject({
	settings: labSettingsSchema,
	result: v.nullable(labResultSchema),
	/** Why an earlier run was set aside (e.g. it used a model this version replaced), shown until the next run. */
	note: v.nullable(v.pipe(v.string(), v.maxLength(300))),
});

export type LabResultRecord = v.InferOutput<typeof labResultSchema>;
export type LabRecord = v.InferOutput<typeof labSchema>;

export const defaultLab = (): LabRecord => ({ settings: defaultLabSettings(), result: null, note: null });

/** Plain-array copies of a set of figures' histograms (for JSON). */
const plainFigures = (f: PolicyFigures) => ({
	...structuredClone({ ...f, histogram: null }),
	histogram: {
		alone: { ...f.histogram.alone, counts: Array.from(f.histogram.alone.counts) },
		hedged: { ...f.histogram.hedged, counts: Array.from(f.histogram.hedged.counts) },
	},
});

/** The engine's result as storable JSON: typed arrays to number arrays, nothing else changed. */
export function labResultRecord(result: RegimeLabResult, inputsKey: string): LabResultRecord {
	return {
		inputsKey,
		seed: result.seed,
		paths: result.paths,
		steps: result.steps,
		horizonDate: result.horizonDate,
		horizonDays: result.horizonDays,
		condorExpiry: result.condorExpiry,
		model: structuredClone(result.model),
		histogramEdges: Array.from(result.histogramEdges),
		starts: result.starts.map((s) => ({
			id: s.id,
			label: s.label,
			regime: s.regime,
			sameAs: s.sameAs,
			source: s.source,
			spx: s.spx,
			vix: s.vix,
			vx1: s.vx1,
			policies: s.policies.map((p) => ({
				...structuredClone({ ...p, mid: null, afterCosts: null }),
				mid: plainFigures(p.mid),
				afterCosts: plainFigures(p.afterCosts),
			})),
		})),
	};
}

/** The digest of everything a regime-lab run depends on: a result whose `inputsKey` differs is stale. */
export function labInputsKey(input: {
	market: unknown;
	book: unknown;
	mcSeed: number;
	settings: LabSettings;
	/** The imported history an analog run drew from (its reference), when the settings ask for analog starts. */
	history?: unknown;
}): string {
	const { market, book, mcSeed: seed, settings, history } = input;
	return digest(
		history === undefined ? { market, book, seed, settings } : { market, book, seed, settings, history },
	);
}

// Compile-time guard: the stored statistics follow the engine's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statsMatch: Same<v.InferOutput<typeof statsSchema>, PnlStats> = true;
void statsMatch;
