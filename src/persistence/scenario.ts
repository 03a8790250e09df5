// A saved scenario: everything needed to reproduce a screen — market, book rules, what-if settings, the Monte Carlo
// seed, the regime lab's settings and last run, the back-test's settings and last result — inside an envelope with a
// name and a schema version, so older records can be migrated when the shape changes. `scenarioCodec` ties the envelope's migrations, schema and the engine's checks into the generic pipeline
// of untrusted.ts; every way in (storage, an imported file, a share link) goes through it.
import {
	DEFAULT_BOOK_SPEC,
	NO_SHOCK,
	compareRegimes,
	defaultMarket,
	priceBook,
	validateBook,
	validateMarket,
	type BookSpec,
	type MarketSnapshot,
	type Shock,
} from '../engine';
import { SCHEMA_VERSION, migrate } from './migrations';
import type { Issue } from './issues';
import { labResultIdIssues, reconcileLab } from './labChecks';
import { defaultLab, type LabRecord } from './labRecord';
import { defaultHistoryRecord, type HistoryScenarioRecord } from './historyRecord';
import { scenarioEnvelopeSchema, type ScenarioEnvelope } from './scenarioSchema';
import {
	safeParseJson,
	safeParseValue,
	type Codec,
	type Origin,
	type ParseOptions,
	type Validated,
} from './untrusted';

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
	/** Counts the writes of this record (1 for the first): a save based on an older one is refused. */
	revision: number;
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

/**
 * Meaning checks the schema cannot express, with paths as the schema writes them: ids used once in the lab's result,
 * and for a file or link (not the app's own storage, which may hold unfinished work) the engine's own validation of
 * the market and the book, then a pricing of the book, so whatever is accepted can be shown on every screen.
 */
function checkScenario(envelope: ScenarioEnvelope, origin: Origin): Issue[] {
	const { data } = envelope;
	const issues = data.lab.result ? labResultIdIssues(data.lab.result) : [];
	if (origin === 'storage') return issues;
	const at = (prefix: string) => (p: { field: string; message: string }) => ({
		path: p.field ? `${prefix}.${p.field}` : prefix,
		message: p.message,
	});
	issues.push(
		...validateMarket(data.market).map(at('data.market')),
		...validateBook(data.book, data.market.valuationMinutesEt, data.market.valuationDate).map(
			at('data.book'),
		),
	);
	if (issues.length > 0) return issues;
	// What only pricing can tell — a wing by delta wider than the chain, a smile that fits no tenor, a book the Regimes
	// screen's comparison cannot price — the screens would say; a file or a link is refused with the same words.
	try {
		const { positions, model } = priceBook(data.market, data.book);
		compareRegimes(data.market, model, positions, data.book.costs);
	} catch (e) {
		return [{ path: 'data.book', message: e instanceof Error ? e.message.replace(/\.$/, '') : String(e) }];
	}
	return [];
}

function repairScenario(envelope: ScenarioEnvelope, origin: Origin) {
	const { data, note } = reconcileLab(envelope.data, origin);
	return { value: note ? { ...envelope, data } : envelope, notes: note ? [note] : [] };
}

export const scenarioCodec: Codec<ScenarioEnvelope> = {
	noun: 'scenario',
	migrate,
	schema: scenarioEnvelopeSchema,
	check: checkScenario,
	repair: repairScenario,
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
