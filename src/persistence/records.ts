// What the store keeps under each key (keys.ts) and how each is read back: every value is checked on the way out, so a
// record written by another version, a damaged one or a hostile one is refused with a message instead of trusted.
// A scenario's list entry is small and derived from the record in the same transaction that writes it; the lab result
// is kept apart and checked against the scenario it belongs to before it is joined back.
import * as v from 'valibot';
import { labResultIdIssues, labResultMismatch } from './labChecks';
import { digest } from './digest';
import { labResultSchema, type LabResultRecord } from './labRecord';
import { parseScenarioValue, type Scenario, type ScenarioRecord } from './scenario';
import { invalid, type StoreResult } from './storeResult';
import { displayName, integerIn, isoDate, numberIn } from './schemaParts';
import { findHostile } from './untrusted';

/** What the saved list shows of a scenario (and sorts and searches by). */
export interface IndexEntry {
	id: string;
	name: string;
	updatedAt: number;
	revision: number;
	valuationDate: string;
	spx: number;
	vix: number;
	/** The scenario has a regime-lab result stored with it. */
	hasLab: boolean;
	/** dataDigest of its data: equal scenarios are found without reading them. */
	digest: string;
}

const recordId = () => v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const revision = () => integerIn(1, Number.MAX_SAFE_INTEGER);
const time = () => integerIn(0, 8.64e15);

const indexEntrySchema = v.strictObject({
	id: recordId(),
	name: displayName(),
	updatedAt: time(),
	revision: revision(),
	valuationDate: isoDate(),
	spx: numberIn(0, 1e7),
	vix: numberIn(0, 1e4),
	hasLab: v.boolean(),
	digest: v.pipe(v.string(), v.maxLength(64)),
});

/** A deleted scenario: its id, the revision it had, and when. */
export interface Tombstone {
	id: string;
	revision: number;
	deletedAt: number;
}

const tombSchema = v.strictObject({ id: recordId(), revision: revision(), deletedAt: time() });

const labEntrySchema = v.strictObject({ id: recordId(), result: labResultSchema });

/** A stored scenario checked like anything else read: migrated if old, refused (with why) if damaged. */
export function readRecord(value: unknown): StoreResult<ScenarioRecord> {
	const parsed = parseScenarioValue(value, { origin: 'storage' });
	if (!parsed.ok) return invalid(parsed.message);
	const { id, updatedAt, revision } = parsed.value;
	if (id === undefined || updatedAt === undefined) return invalid('The stored scenario has no id or date.');
	// Records from before revisions were kept count as the first.
	return { ok: true, value: { ...parsed.value, id, updatedAt, revision: revision ?? 1 } };
}

/** Equal for equal scenarios; a lab result counts by the digest of its inputs (the same inputs give the same run). */
export function dataDigest(data: Scenario): string {
	const { settings, result } = data.lab;
	return digest({
		...data,
		lab: { settings, result: result ? `${result.inputsKey}:${result.paths}` : null },
	});
}

/** The list entry of a record. */
export function indexEntryOf(record: ScenarioRecord, hasLab: boolean): IndexEntry {
	const m = record.data.market;
	return {
		id: record.id,
		name: record.name,
		updatedAt: record.updatedAt,
		revision: record.revision,
		valuationDate: m.valuationDate,
		spx: m.spx,
		vix: m.vix,
		hasLab,
		digest: dataDigest(record.data),
	};
}

const safe = (value: unknown) => findHostile(value) === null;

export function readIndexEntry(value: unknown): IndexEntry | null {
	if (!safe(value)) return null;
	const r = v.safeParse(indexEntrySchema, value);
	return r.success ? r.output : null;
}

export function readTomb(value: unknown): Tombstone | null {
	if (!safe(value)) return null;
	const r = v.safeParse(tombSchema, value);
	return r.success ? r.output : null;
}

/**
 * The lab result stored apart for `record`, or null (with why) when it is missing, damaged, or does not fit the
 * record's settings.
 */
export function readLabEntry(
	value: unknown,
	record: ScenarioRecord,
): { result: LabResultRecord | null; problem: string | null } {
	if (value === undefined) return { result: null, problem: null };
	const r = safe(value) ? v.safeParse(labEntrySchema, value) : null;
	if (!r?.success) return { result: null, problem: 'its stored regime-lab result is damaged' };
	const entry = r.output;
	if (entry.id !== record.id)
		return { result: null, problem: 'its stored regime-lab result belongs to another' };
	if (labResultIdIssues(entry.result).length > 0)
		return { result: null, problem: 'its stored regime-lab result repeats an id' };
	const why = labResultMismatch({ ...record.data, lab: { ...record.data.lab, result: entry.result } });
	return why
		? { result: null, problem: `its stored regime-lab result does not fit its settings (${why})` }
		: { result: entry.result, problem: null };
}

/** A short, printable label for a value that could not be read: its name when it has one. */
export function describeUnreadable(value: unknown): string | null {
	const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
	const inner = obj && typeof obj.scenario === 'object' && obj.scenario !== null ? obj.scenario : null;
	const name = obj?.name ?? (inner as Record<string, unknown> | null)?.name;
	return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : null;
}

/** A record with the lab result stored apart joined back (an old record may still hold its own). */
export function withLab(record: ScenarioRecord, lab: unknown): { record: ScenarioRecord; notes: string[] } {
	if (record.data.lab.result) return { record, notes: [] };
	const { result, problem } = readLabEntry(lab, record);
	const data = { ...record.data, lab: { ...record.data.lab, result } };
	return {
		record: { ...record, data },
		notes: problem ? [`The regime-lab result was left out: ${problem}.`] : [],
	};
}
