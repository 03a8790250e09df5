// The app's vocabulary (docs/screens.md, "Vocabulary", and the measures and risk terms the screens use), as data:
// the Glossary dialog renders it and <Term id="…"> links to an entry. Ids are a closed union, so a link to a missing
// entry does not compile. Definitions are short and practical; formulas are plain text with the app's own symbols.
// The entries live in four lists: the market's, the hedge's, the model's (symbols, statistics, positions) and
// History's.
import { HEDGE_TERMS } from './glossaryHedge';
import { HISTORY_TERMS } from './glossaryHistory';
import { MARKET_TERMS } from './glossaryMarket';
import { MODEL_TERMS } from './glossaryModel';

export interface GlossaryEntry {
	id: string;
	term: string;
	/** One sentence, shown first. */
	short: string;
	/** Further paragraphs. */
	body?: readonly string[];
	/** A formula in plain text. */
	formula?: string;
	/** Ids of related entries (checked by the glossary tests). */
	see?: readonly string[];
}

const ENTRIES = [...MARKET_TERMS, ...HEDGE_TERMS, ...MODEL_TERMS, ...HISTORY_TERMS] as const;

export type GlossaryId = (typeof ENTRIES)[number]['id'];

/** Every entry, in reading order. */
export const GLOSSARY: readonly GlossaryEntry[] = ENTRIES;

const byId = new Map<string, GlossaryEntry>(GLOSSARY.map((e) => [e.id, e]));

/** True when `id` names a glossary entry. */
export function isGlossaryId(id: unknown): id is GlossaryId {
	return typeof id === 'string' && byId.has(id);
}

/** The entry for `id`, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
	return byId.get(id);
}
