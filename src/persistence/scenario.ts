// A saved scenario: everything needed to reproduce a screen — market, book rules, what-if settings and the Monte
// Carlo seed — under a schema version, so older records can be migrated when the shape changes.
import {
	DEFAULT_BOOK_SPEC,
	NO_SHOCK,
	defaultMarket,
	type BookSpec,
	type MarketSnapshot,
	type Shock,
} from '../engine';

export const SCHEMA_VERSION = 1;

export interface Scenario {
	schemaVersion: typeof SCHEMA_VERSION;
	name: string;
	market: MarketSnapshot;
	book: BookSpec;
	whatIf: Shock;
	/** Seed of the regime lab's Monte Carlo: the same seed reproduces the same paths. */
	mcSeed: number;
}

export function defaultScenario(name = 'Untitled'): Scenario {
	return {
		schemaVersion: SCHEMA_VERSION,
		name,
		market: defaultMarket(),
		book: DEFAULT_BOOK_SPEC,
		whatIf: NO_SHOCK,
		mcSeed: 1,
	};
}
