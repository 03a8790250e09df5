// The valibot schema of a saved scenario at the current schema version: the envelope { schemaVersion, name, data }
// and its data — market snapshot, book spec, what-if shock, Monte Carlo seed. Objects are strict (an unknown key is an
// error), numbers finite and bounded, modes a closed list. The type checks at the end make this file fail to compile
// when an engine type it mirrors changes, so the schema is extended together with the engine; the meaning of the
// values (expiries in order, a fit-able smile…) is checked afterwards by the engine's own validation.
import * as v from 'valibot';
import type { BookSpec, MarketSnapshot, Shock } from '../engine';
import { SCHEMA_VERSION } from './migrations';
import { labSchema } from './labRecord';
import { displayName, integerIn, isoDate, numberIn, positiveUpTo } from './validate';

/** Upper bounds that no real market reaches but that keep every number far from overflow. */
const MAX_SPX = 1e6;
const MAX_VIX = 200;
const MAX_VOL = 5; // 500 % as a decimal
const MAX_FUTURES = 12;

const sviSchema = v.strictObject({
	a: numberIn(-10, 10),
	b: numberIn(0, 10),
	rho: numberIn(-1, 1),
	m: numberIn(-10, 10),
	sigma: positiveUpTo(10),
});

export const marketSchema = v.strictObject({
	valuationDate: isoDate(),
	valuationMinutesEt: numberIn(0, 1439),
	spx: positiveUpTo(MAX_SPX),
	rate: numberIn(-0.5, 0.5),
	dividendYield: numberIn(-0.5, 0.5),
	forward: v.variant('mode', [
		v.strictObject({ mode: v.literal('carry') }),
		v.strictObject({ mode: v.literal('typed'), forward: positiveUpTo(MAX_SPX) }),
		v.strictObject({
			mode: v.literal('parity'),
			strike: positiveUpTo(MAX_SPX),
			call: positiveUpTo(MAX_SPX),
			put: positiveUpTo(MAX_SPX),
		}),
	]),
	smile: v.variant('mode', [
		v.strictObject({
			mode: v.literal('quotes'),
			atmVol: v.nullable(positiveUpTo(MAX_VOL)),
			put25Vol: positiveUpTo(MAX_VOL),
			call25Vol: positiveUpTo(MAX_VOL),
		}),
		v.strictObject({ mode: v.literal('raw'), svi: sviSchema }),
	]),
	vix: positiveUpTo(MAX_VIX),
	vix3m: v.nullable(positiveUpTo(MAX_VIX)),
	futures: v.pipe(
		v.array(v.strictObject({ expiry: isoDate(), price: positiveUpTo(MAX_VIX) })),
		v.maxLength(MAX_FUTURES),
	),
	volOfVol: v.variant('mode', [
		v.strictObject({ mode: v.literal('eta'), eta: positiveUpTo(MAX_VOL) }),
		v.strictObject({
			mode: v.literal('typed'),
			byExpiry: v.pipe(
				v.array(v.strictObject({ expiry: isoDate(), vol: positiveUpTo(MAX_VOL) })),
				v.maxLength(MAX_FUTURES),
			),
		}),
	]),
	vixCallSkew: numberIn(-5, 5),
	spotVolLink: v.strictObject({
		preset: v.picklist(['regression', 'ruleOfThumb', 'crash', 'custom']),
		epsDown: numberIn(0, 30),
		epsUp: numberIn(0, 30),
	}),
	recentVixCloses: v.pipe(v.array(positiveUpTo(1000)), v.maxLength(400)),
});

const condorSchema = v.strictObject({
	shorts: v.variant('mode', [
		v.strictObject({ mode: v.literal('delta'), putDelta: numberIn(0, 1), callDelta: numberIn(0, 1) }),
		v.strictObject({ mode: v.literal('strike'), put: positiveUpTo(MAX_SPX), call: positiveUpTo(MAX_SPX) }),
	]),
	wings: v.variant('mode', [
		v.strictObject({ mode: v.literal('width'), width: positiveUpTo(1e5) }),
		v.strictObject({ mode: v.literal('delta'), putDelta: numberIn(0, 1), callDelta: numberIn(0, 1) }),
	]),
	qty: integerIn(1, 10_000),
});

const ladderSchema = v.strictObject({
	layers: v.pipe(
		v.array(
			v.strictObject({
				id: v.picklist(['near', 'mid', 'long']),
				targetDteDays: numberIn(1, 3650),
				countPerUnit: numberIn(0, 1000),
			}),
		),
		v.maxLength(3),
	),
	strikeRule: v.variant('mode', [
		v.strictObject({ mode: v.literal('pctOfFuture'), pct: numberIn(0.1, 10) }),
		v.strictObject({ mode: v.literal('delta'), delta: numberIn(0, 1) }),
		v.strictObject({ mode: v.literal('strike'), strike: positiveUpTo(1000) }),
	]),
	halfPointStrikes: v.boolean(),
	fractionalUnits: v.boolean(),
	sizing: v.variant('mode', [
		v.strictObject({ mode: v.literal('units'), units: numberIn(0, 1000) }),
		v.strictObject({ mode: v.literal('coverage'), coverage: numberIn(0, 10) }),
		v.strictObject({ mode: v.literal('budget'), pctOfCredit: numberIn(0, 100) }),
	]),
});

export const bookSchema = v.strictObject({
	condor: condorSchema,
	ladder: ladderSchema,
	condorDteDays: numberIn(0, 3650),
});

export const whatIfSchema = v.strictObject({
	spxMovePct: numberIn(-99, 500),
	vix: v.variant('mode', [
		v.strictObject({ mode: v.literal('link') }),
		v.strictObject({ mode: v.literal('typed'), level: positiveUpTo(MAX_VIX) }),
	]),
	longRunLevel: v.nullable(positiveUpTo(MAX_VIX)),
	daysForward: numberIn(0, 3650),
	spxVolShiftPts: numberIn(-100, 500),
	volOfVolShiftPts: numberIn(-100, 500),
	vixSkewScale: numberIn(0, 10),
});

/** The scenario itself. Extend here (and in Scenario, and with a migration) as the book and what-ifs grow. */
export const scenarioDataSchema = v.strictObject({
	market: marketSchema,
	book: bookSchema,
	whatIf: whatIfSchema,
	/** Seed of the regime lab's Monte Carlo: the same seed reproduces the same paths. */
	mcSeed: integerIn(0, 2 ** 32 - 1),
	lab: labSchema,
});

/** A scenario as saved, exported or shared. `id` and `updatedAt` are present in storage, optional in files. */
export const scenarioEnvelopeSchema = v.strictObject({
	schemaVersion: v.literal(SCHEMA_VERSION),
	name: displayName(),
	data: scenarioDataSchema,
	id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
	updatedAt: v.optional(integerIn(0, 8.64e15)),
});

export type ScenarioData = v.InferOutput<typeof scenarioDataSchema>;
export type ScenarioEnvelope = v.InferOutput<typeof scenarioEnvelopeSchema>;

// Compile-time guards: the schema's output and the engine's types must stay the same shape in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const marketMatches: Same<v.InferOutput<typeof marketSchema>, MarketSnapshot> = true;
const bookMatches: Same<v.InferOutput<typeof bookSchema>, BookSpec> = true;
const whatIfMatches: Same<v.InferOutput<typeof whatIfSchema>, Shock> = true;
void [marketMatches, bookMatches, whatIfMatches];
