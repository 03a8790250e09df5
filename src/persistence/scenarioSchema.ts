// The valibot schema of a saved scenario at the current schema version: the envelope { schemaVersion, name, data }
// and its data — market snapshot, book spec, what-if shock, Monte Carlo seed, regime lab. Objects are strict (an
// unknown key is an error), modes a closed list, and every typed number bounded by the same field spec the form and
// the engine's validation use (MARKET_FIELDS, BOOK_FIELDS, SHOCK_FIELDS). The type checks at the end make this file
// fail to compile when an engine type it mirrors changes; the meaning of the values (expiries in order, a fit-able
// smile…) is checked afterwards by the engine's own validation.
import * as v from 'valibot';
import {
	BOOK_FIELDS as B,
	MARKET_FIELDS as M,
	MAX_FUTURES,
	MAX_RECENT_CLOSES,
	SHOCK_FIELDS as S,
	type BookSpec,
	type MarketSnapshot,
	type Shock,
} from '../engine';
import { SCHEMA_VERSION } from './migrations';
import { labSchema } from './labRecord';
import { historySchema } from './historyRecord';
import { displayName, fromSpec, integerIn, isoDate, numberIn, positiveUpTo } from './schemaParts';

const sviSchema = v.strictObject({
	a: numberIn(-10, 10),
	b: numberIn(0, 10),
	rho: numberIn(-1, 1),
	m: numberIn(-10, 10),
	sigma: positiveUpTo(10),
});

export const marketSchema = v.strictObject({
	valuationDate: isoDate(),
	valuationMinutesEt: fromSpec(M.valuationMinutesEt),
	spx: fromSpec(M.spx),
	rate: fromSpec(M.rate),
	dividendYield: fromSpec(M.dividendYield),
	forward: v.variant('mode', [
		v.strictObject({ mode: v.literal('carry') }),
		v.strictObject({ mode: v.literal('typed'), forward: fromSpec(M.forward) }),
		v.strictObject({
			mode: v.literal('parity'),
			strike: fromSpec(M.parityStrike),
			call: fromSpec(M.parityCall),
			put: fromSpec(M.parityPut),
		}),
	]),
	smile: v.variant('mode', [
		v.strictObject({
			mode: v.literal('linked'),
			put25OverAtm: fromSpec(M.put25OverAtm),
			call25OverAtm: fromSpec(M.call25OverAtm),
		}),
		v.strictObject({
			mode: v.literal('quotes'),
			atmVol: v.nullable(fromSpec(M.atmVol)),
			put25Vol: fromSpec(M.put25Vol),
			call25Vol: fromSpec(M.call25Vol),
		}),
		v.strictObject({ mode: v.literal('raw'), svi: sviSchema }),
	]),
	vix: fromSpec(M.vix),
	vix3m: v.nullable(fromSpec(M.vix3m)),
	futures: v.pipe(
		v.array(v.strictObject({ expiry: isoDate(), price: fromSpec(M.vxPrice) })),
		v.maxLength(MAX_FUTURES),
	),
	volOfVol: v.variant('mode', [
		v.strictObject({
			mode: v.literal('model'),
			kappa: fromSpec(M.volOfVolKappa),
			eta: fromSpec(M.volOfVolEta),
		}),
		v.strictObject({
			mode: v.literal('typed'),
			byExpiry: v.pipe(
				v.array(v.strictObject({ expiry: isoDate(), vol: fromSpec(M.vixOptionVol) })),
				v.maxLength(MAX_FUTURES),
			),
		}),
	]),
	vixCallSkew: fromSpec(M.vixCallSkew),
	spotVolLink: v.strictObject({
		preset: v.picklist(['measured', 'regression', 'ruleOfThumb', 'crash', 'custom']),
		epsDown: fromSpec(M.epsDown),
		epsUp: fromSpec(M.epsUp),
		convexity: fromSpec(M.convexity),
		capVix: fromSpec(M.capVix),
		tenorBetaKappa: fromSpec(M.tenorBetaKappa),
	}),
	recentVixCloses: v.pipe(v.array(fromSpec(M.recentVixClose)), v.maxLength(MAX_RECENT_CLOSES)),
});

const condorSchema = v.strictObject({
	shorts: v.variant('mode', [
		v.strictObject({
			mode: v.literal('delta'),
			putDelta: fromSpec(B.shortPutDelta),
			callDelta: fromSpec(B.shortCallDelta),
		}),
		v.strictObject({ mode: v.literal('strike'), put: fromSpec(B.strike), call: fromSpec(B.strike) }),
	]),
	wings: v.variant('mode', [
		v.strictObject({ mode: v.literal('width'), width: fromSpec(B.wingWidth) }),
		v.strictObject({
			mode: v.literal('delta'),
			putDelta: fromSpec(B.longPutDelta),
			callDelta: fromSpec(B.longCallDelta),
		}),
	]),
	qty: fromSpec(B.qty),
});

const ladderSchema = v.strictObject({
	layers: v.pipe(
		v.array(
			v.strictObject({
				id: v.picklist(['near', 'mid', 'long']),
				targetDteDays: fromSpec(B.layerTargetDte),
				countPerUnit: fromSpec(B.layerCount),
			}),
		),
		v.maxLength(3),
		v.check(
			(layers) => new Set(layers.map((l) => l.id)).size === layers.length,
			'expected each layer id once',
		),
	),
	expiryRule: v.picklist(['coverCondor', 'targetDte']),
	strikeRule: v.variant('mode', [
		v.strictObject({
			mode: v.literal('pctOfFuture'),
			fractionOfFuture: fromSpec(B.strikeFractionOfFuture),
		}),
		v.strictObject({ mode: v.literal('delta'), delta: fromSpec(B.strikeCallDelta) }),
		v.strictObject({ mode: v.literal('strike'), strike: fromSpec(B.vixStrike) }),
	]),
	halfPointStrikes: v.boolean(),
	fractionalUnits: v.boolean(),
	sizing: v.variant('mode', [
		v.strictObject({ mode: v.literal('units'), units: fromSpec(B.units) }),
		v.strictObject({ mode: v.literal('coverage'), coverage: fromSpec(B.coverage) }),
		v.strictObject({ mode: v.literal('budget'), fractionOfCredit: fromSpec(B.budgetFractionOfCredit) }),
	]),
	condorsProtected: fromSpec(B.condorsProtected),
});

const costsSchema = v.strictObject({
	vixHalfSpreadMinPts: fromSpec(B.vixHalfSpreadMinPts),
	vixHalfSpreadFraction: fromSpec(B.vixHalfSpreadFraction),
	spxHalfSpreadMinPts: fromSpec(B.spxHalfSpreadMinPts),
	spxHalfSpreadFraction: fromSpec(B.spxHalfSpreadFraction),
	commissionUsd: fromSpec(B.commissionUsd),
});

const fillsSchema = v.strictObject({
	condor: v.variant('mode', [
		v.strictObject({ mode: v.literal('mid') }),
		v.strictObject({ mode: v.literal('credit'), creditPts: fromSpec(B.condorCreditFill) }),
		v.strictObject({
			mode: v.literal('legs'),
			legsPts: v.tuple([fromSpec(B.legFill), fromSpec(B.legFill), fromSpec(B.legFill), fromSpec(B.legFill)]),
		}),
	]),
	layers: v.strictObject({
		near: v.nullable(fromSpec(B.layerFill)),
		mid: v.nullable(fromSpec(B.layerFill)),
		long: v.nullable(fromSpec(B.layerFill)),
	}),
});

export const bookSchema = v.strictObject({
	condor: condorSchema,
	ladder: ladderSchema,
	condorDteDays: fromSpec(B.condorDteDays),
	costs: costsSchema,
	fills: fillsSchema,
});

export const whatIfSchema = v.strictObject({
	spxMovePct: fromSpec(S.spxMovePct),
	vix: v.variant('mode', [
		v.strictObject({ mode: v.literal('link') }),
		v.strictObject({ mode: v.literal('typed'), level: fromSpec(S.vixLevel) }),
	]),
	longRunLevel: v.nullable(fromSpec(S.longRunLevel)),
	daysForward: fromSpec(S.daysForward),
	spxVolShiftPts: fromSpec(S.spxVolShiftPts),
	volOfVolShiftPts: fromSpec(S.volOfVolShiftPts),
	vixSkewScale: fromSpec(S.vixSkewScale),
});

/** The scenario itself. Extend here (and in Scenario, and with a migration) as the book and what-ifs grow. */
export const scenarioDataSchema = v.strictObject({
	market: marketSchema,
	book: bookSchema,
	whatIf: whatIfSchema,
	/** Seed of the regime lab's Monte Carlo: the same seed reproduces the same paths. */
	mcSeed: integerIn(0, 2 ** 32 - 1),
	lab: labSchema,
	/** The back-test's settings and its last result. */
	history: historySchema,
});

/**
 * A scenario as saved, exported or shared. The store's own fields — `id`, `updatedAt` and `revision` — are present in
 * storage and optional in files; they are not part of the scenario's data, so they need no schema version.
 */
export const scenarioEnvelopeSchema = v.strictObject({
	schemaVersion: v.literal(SCHEMA_VERSION),
	name: displayName(),
	data: scenarioDataSchema,
	id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
	updatedAt: v.optional(integerIn(0, 8.64e15)),
	revision: v.optional(integerIn(1, Number.MAX_SAFE_INTEGER)),
});

export type ScenarioData = v.InferOutput<typeof scenarioDataSchema>;
export type ScenarioEnvelope = v.InferOutput<typeof scenarioEnvelopeSchema>;

// Compile-time guards: the schema's output and the engine's types must stay the same shape in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const marketMatches: Same<v.InferOutput<typeof marketSchema>, MarketSnapshot> = true;
const bookMatches: Same<v.InferOutput<typeof bookSchema>, BookSpec> = true;
const whatIfMatches: Same<v.InferOutput<typeof whatIfSchema>, Shock> = true;
void [marketMatches, bookMatches, whatIfMatches];
