// A draft as stored: the working scenario of one tab, the saved record it started from (so a save can name the revision
// it was based on), whether it holds unsaved work, and when it was written. Read back through the same checks as any
// scenario; the single draft older versions kept (a plain stored record) reads as a closed tab's unsaved work.
import * as v from 'valibot';
import { SCHEMA_VERSION, parseScenarioValue, type Scenario } from './scenario';
import { integerIn } from './schemaParts';
import { findHostile } from './untrusted';

/** The saved record a draft started from, as it was then (null fields: a scenario never saved). */
export interface DraftBase {
	savedId: string | null;
	revision: number | null;
	name: string;
	/** Digest of the data as opened or saved; null when it counts as unsaved whatever happens (a link, an import). */
	digest: string | null;
}

export interface Draft {
	/** The tab it belongs to ('legacy' for the single draft of older versions). */
	tab: string;
	updatedAt: number;
	/** It holds edits that are not in any saved scenario. */
	unsaved: boolean;
	base: DraftBase | null;
	name: string;
	data: Scenario;
}

/** A stored draft that could not be read, where it is, and why. */
export interface UnreadableDraft {
	/** Its key: an IndexedDB key, or a Web Storage key when `inBackup`. */
	key: string;
	inBackup: boolean;
	name: string | null;
	message: string;
	raw: unknown;
}

export const LEGACY_TAB = 'legacy';
const id = () => v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const wrapperSchema = v.strictObject({
	tab: id(),
	updatedAt: integerIn(0, 8.64e15),
	unsaved: v.boolean(),
	base: v.nullable(
		v.strictObject({
			savedId: v.nullable(id()),
			revision: v.nullable(integerIn(1, Number.MAX_SAFE_INTEGER)),
			name: v.pipe(v.string(), v.maxLength(200)),
			digest: v.nullable(v.pipe(v.string(), v.maxLength(64))),
		}),
	),
	scenario: v.unknown(),
});

/** A stored draft (either format) checked like anything read; the message says why not. */
export function readDraft(
	value: unknown,
	tab: string,
): { ok: true; draft: Draft } | { ok: false; message: string } {
	if (tab === LEGACY_TAB) {
		const r = parseScenarioValue(value, { origin: 'storage' });
		if (!r.ok) return { ok: false, message: r.message };
		const { name, data, updatedAt } = r.value;
		return { ok: true, draft: { tab, updatedAt: updatedAt ?? 0, unsaved: true, base: null, name, data } };
	}
	if (findHostile(value) !== null) return { ok: false, message: 'The draft holds values no draft may hold.' };
	const w = v.safeParse(wrapperSchema, value);
	if (!w.success) return { ok: false, message: 'The draft is not in a format this version can read.' };
	const r = parseScenarioValue(w.output.scenario, { origin: 'storage' });
	if (!r.ok) return { ok: false, message: r.message };
	const { scenario: _, ...rest } = w.output;
	return { ok: true, draft: { ...rest, name: r.value.name, data: r.value.data } };
}

/** A draft as stored. */
export const wrap = (d: Draft) => ({
	tab: d.tab,
	updatedAt: d.updatedAt,
	unsaved: d.unsaved,
	base: d.base,
	scenario: { schemaVersion: SCHEMA_VERSION, name: d.name.trim() || 'Draft', data: d.data },
});
