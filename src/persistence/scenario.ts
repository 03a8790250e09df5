// A saved scenario: everything needed to reproduce a screen — market, book rules, what-if settings, the Monte Carlo
// seed, the regime lab's settings and last run, the back-test's settings and last result — inside an envelope with a
// name and a schema version, so older records can be migrated when the shape changes. `scenarioCodec` ties the envelope's migrations, schema and the engine's checks into the generic pipeline
// of validate.ts; every way in (storage, an imported file, a share link) goes through it.
import {
	DEFAULT_BOOK_SPEC,
	NO_SHOCK,
	defaultMarket,
	validateMarket,
	type BookSpec,
	type MarketSnapshot,
	type Shock,
} from '../engine';
import { SCHEMA_VERSION, migrate } from './migrations';
import { defaultLab, type LabRecord } from './labRecord';
import { defaultHistoryRecord, type HistoryScenarioRecord } from './historyRecord';
import { scenarioEnvelopeSchema, type ScenarioEnvelope } from './scenarioSchema';
import {
	safeParseJson,
	safeParseValue,
	type Codec,
	type Issue,
	type ParseOptions,
	type Validated,
} from './validate';

export { SCHEMA_VERSION };

/** The scenario itself (the envelope's `data`). */
export interface Scenario {
	market: MarketSnapshot;
	book: BookSpec;
	whatIf: Shock;
	/** Seed of the regime lab's Monte Carlo. */
	mcSeed: number;
	/** The regime lab's settings and its last run. */
	lab: LabRecord;
	/** The back-test's settings and its last result. */
	history: HistoryScenarioRecord;
}

/** A scenario as exported to a file or carried in a share link. */
export interface ScenarioFile {
	schemaVersion: typeof SCHEMA_VERSION;
	name: string;
	data: Scenario;
}

/** A scenario as stored in IndexedDB. */
export interface ScenarioRecord extends ScenarioFile {
	id: string;
	/** Milliseconds since the epoch of the last save or rename. */
	updatedAt: number;
}

/** A fresh scenario: today's default market and the default book, no shock, seed 1. */
export function defaultScenario(): Scenario {
	return {
		market: defaultMarket(),
		book: structuredClone(DEFAULT_BOOK_SPEC),
		whatIf: structuredClone(NO_SHOCK),
		mcSeed: 1,
		lab: defaultLab(),
		history: defaultHistoryRecord(),
	};
}

/** Meaning checks the schema cannot express, with paths as the schema writes them. */
function checkScenario(envelope: ScenarioEnvelope): Issue[] {
	return validateMarket(envelope.data.market).map((p) => ({
		path: p.field ? `data.market.${p.field}` : 'data.market',
		message: p.message,
	}));
}

export const scenarioCodec: Codec<ScenarioEnvelope> = {
	noun: 'scenario',
	migrate,
	schema: scenarioEnvelopeSchema,
	check: checkScenario,
	hidePathPrefix: 'data.',
};

/** A scenario from untrusted JSON text (an imported file). */
export function parseScenarioText(text: string, opts?: ParseOptions): Validated<ScenarioEnvelope> {
	return safeParseJson(text, scenarioCodec, opts);
}

/** A scenario from an already-parsed value (a stored record, a decoded share link). */
export function parseScenarioValue(value: unknown, opts?: ParseOptions): Validated<ScenarioEnvelope> {
	return safeParseValue(value, scenarioCodec, opts);
}
