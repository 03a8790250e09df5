// The back-test as saved with a scenario: its settings (start spacing, policies) and its last result, plain JSON.
// Strict and bounded like the rest of a scenario, so an imported file cannot smuggle NaN, huge arrays or extra keys in
// through the results. The imported history itself is not part of a scenario (it is the device's, historyStore.ts).
import * as v from 'valibot';
import { BACK_TEST_POLICIES, PNL_SERIES, type BackTestResult } from '../engine';
import { integerIn, isoDate, numberIn } from './schemaParts';

const MAX_USD = 1e12;
const MAX_STARTS = 100_000;
const id = () => v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** A figure and its standard error: dollars, or fractions (a share, the hedge's return on its premium). */
const figure = () => v.strictObject({ value: numberIn(-MAX_USD, MAX_USD), se: numberIn(0, MAX_USD) });
const pnlFigures = () => v.strictObject({ mean: figure(), median: figure(), pProfit: figure() });
const bySeries = () =>
	v.strictObject(
		Object.fromEntries(PNL_SERIES.map((s) => [s, pnlFigures()])) as Record<
			(typeof PNL_SERIES)[number],
			ReturnType<typeof pnlFigures>
		>,
	);

export const backTestSettingsSchema = v.strictObject({
	/** A start every `every`-th day of the history. */
	every: integerIn(1, 250),
	/** Ids of BACK_TEST_POLICIES to run. */
	policyIds: v.pipe(v.array(id()), v.minLength(1), v.maxLength(BACK_TEST_POLICIES.length)),
});

const groupSchema = v.strictObject({
	regime: v.picklist(['all', 'contango', 'backwardation']),
	withoutEpisode: v.boolean(),
	policyId: id(),
	n: integerIn(1, MAX_STARTS),
	premiumUsd: figure(),
	creditUsd: figure(),
	mid: bySeries(),
	afterCosts: bySeries(),
});

export const backTestResultSchema = v.strictObject({
	/** A digest of the book, the settings and the history the run used: a different one marks the result stale. */
	inputsKey: v.pipe(v.string(), v.maxLength(64)),
	source: v.picklist(['import', 'episodes']),
	firstStart: isoDate(),
	lastStart: isoDate(),
	every: integerIn(1, 250),
	starts: integerIn(1, MAX_STARTS),
	skipped: integerIn(0, MAX_STARTS),
	condorDteDays: integerIn(0, 3650),
	episode: v.nullable(
		v.strictObject({ label: v.pipe(v.string(), v.maxLength(60)), from: isoDate(), to: isoDate() }),
	),
	bootstrap: v.strictObject({
		blockStarts: integerIn(1, MAX_STARTS),
		replicates: integerIn(2, 10_000),
		seed: integerIn(-(2 ** 31), 2 ** 32 - 1),
	}),
	policies: v.pipe(
		v.array(v.strictObject({ id: id(), label: v.pipe(v.string(), v.maxLength(200)) })),
		v.maxLength(BACK_TEST_POLICIES.length),
	),
	groups: v.pipe(v.array(groupSchema), v.maxLength(6 * BACK_TEST_POLICIES.length)),
});

export const historySchema = v.strictObject({
	settings: backTestSettingsSchema,
	result: v.nullable(backTestResultSchema),
});

export type BackTestSettingsRecord = v.InferOutput<typeof backTestSettingsSchema>;
export type BackTestResultRecord = v.InferOutput<typeof backTestResultSchema>;
export type HistoryScenarioRecord = v.InferOutput<typeof historySchema>;

export const defaultBackTestSettings = (): BackTestSettingsRecord => ({
	every: 1,
	policyIds: BACK_TEST_POLICIES.map((p) => p.id),
});

export const defaultHistoryRecord = (): HistoryScenarioRecord => ({
	settings: defaultBackTestSettings(),
	result: null,
});

/** The engine's result as stored with the digest of its inputs (a copy: nothing shared with the engine's object). */
export const backTestResultRecord = (result: BackTestResult, inputsKey: string): BackTestResultRecord => ({
	inputsKey,
	...structuredClone(result),
});

// Compile-time guard: the stored result is the engine's, plus its inputs' digest.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultMatches: Same<Omit<BackTestResultRecord, 'inputsKey'>, BackTestResult> = true;
void resultMatches;
