// Saved scenarios in IndexedDB (the key layout is in keys.ts): list, load, save, rename, duplicate, remove and restore.
// Every write is one transaction over the record, its list entry, its lab result and its tombstone, so they never
// disagree. Each record counts its writes (`revision`): a save names the revision it was based on, and one based on an
// older revision — another tab saved meanwhile — is refused as a conflict carrying the stored version, so neither is
// lost; a deleted record leaves a tombstone, so a stale tab cannot bring it back without being asked. The list reads
// only the small list entries, and a delete touches one record: neither depends on how many scenarios are stored or
// how large their lab results are. Nothing here throws; a failed write leaves what was stored untouched.
import type { UseStore } from 'idb-keyval';
import { INDEX_PREFIX, SCENARIO_PREFIX, indexKey, labKey, scenarioKey, scenarioStore, tombKey } from './keys';
import {
	describeUnreadable,
	indexEntryOf,
	readIndexEntry,
	readRecord,
	readTomb,
	withLab,
	type IndexEntry,
} from './records';
import { SCHEMA_VERSION, type Scenario, type ScenarioRecord } from './scenario';
import { conflict, invalid, missing, storageFailure, type StoreResult } from './storeResult';
import { Rollback, transact, type Tx } from './tx';

export * from './storeResult';

/** A stored record that could not be read back, with why (the UI offers to export or delete it). */
export interface DamagedRecord {
	id: string;
	/** Its name, when one could be read. */
	name: string | null;
	message: string;
}

export interface SaveInput {
	/** The record to write; none: a new one. */
	id?: string;
	name: string;
	data: Scenario;
	/** The revision the saved data was based on; a save over a newer one is refused as a conflict. */
	baseRevision?: number | null;
	/** Write even over a newer revision or a deletion (the user chose "keep mine"). */
	force?: boolean;
}

export interface ScenarioStore {
	/** Every list entry, most recently saved first, and the records that could not be read. */
	list(): Promise<StoreResult<{ entries: IndexEntry[]; damaged: DamagedRecord[] }>>;
	/** One list entry (null when the scenario is not saved). */
	entry(id: string): Promise<StoreResult<IndexEntry | null>>;
	/** A scenario with its lab result; `notes` says what was left out. */
	load(id: string): Promise<StoreResult<{ record: ScenarioRecord; notes: string[] }>>;
	save(input: SaveInput): Promise<StoreResult<ScenarioRecord>>;
	rename(id: string, name: string): Promise<StoreResult<ScenarioRecord>>;
	/** A copy under a new id, named '<name> (copy)'. */
	duplicate(id: string): Promise<StoreResult<ScenarioRecord>>;
	/** Deletes a scenario and returns it (null if it was not there), so the UI can offer undo through `restore`. */
	remove(id: string): Promise<StoreResult<ScenarioRecord | null>>;
	/** Puts a removed record back (under a new id if its own was saved again meanwhile). */
	restore(record: ScenarioRecord): Promise<StoreResult<ScenarioRecord>>;
	/** The stored value of a damaged record, as it is (for export). */
	raw(id: string): Promise<StoreResult<unknown>>;
	/** Deletes a damaged record. */
	removeDamaged(id: string): Promise<StoreResult<null>>;
}

export interface StoreOptions {
	/** The idb-keyval store (default: the app's). Tests pass their own. */
	store?: UseStore;
	/** Clock, ms since the epoch (default Date.now). */
	now?: () => number;
	/** New record ids (default crypto.randomUUID). */
	newId?: () => string;
}

const MAX_NAME = 120;
const trimName = (name: string) => name.trim().slice(0, MAX_NAME);
const copyName = (name: string) => `${name.slice(0, MAX_NAME - 7)} (copy)`;

export const newRecordId = () =>
	globalThis.crypto?.randomUUID?.() ??
	`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createScenarioStore(opts: StoreOptions = {}): ScenarioStore {
	const store = opts.store ?? scenarioStore();
	const now = opts.now ?? Date.now;
	const newId = opts.newId ?? newRecordId;

	/** Reads a stored record inside a transaction: null when absent, a Rollback when damaged. */
	async function current(tx: Tx, id: string): Promise<ScenarioRecord | null> {
		const value = await tx.get(scenarioKey(id));
		if (value === undefined) return null;
		const r = readRecord(value);
		if (!r.ok)
			throw new Rollback(invalid(`The stored copy could not be read (${r.message}); save a copy instead.`));
		return r.value;
	}

	/** Writes a checked record, its list entry and its lab result apart; clears its tombstone. */
	function put(tx: Tx, record: ScenarioRecord) {
		const result = record.data.lab.result;
		tx.put(scenarioKey(record.id), {
			...record,
			data: { ...record.data, lab: { ...record.data.lab, result: null } },
		});
		tx.put(indexKey(record.id), indexEntryOf(record, result !== null));
		if (result) tx.put(labKey(record.id), { id: record.id, result });
		else tx.del(labKey(record.id));
		tx.del(tombKey(record.id));
	}

	/** A record ready to store, checked; the revision and date follow what was there. */
	function build(
		id: string,
		name: string,
		data: Scenario,
		after: { revision: number; updatedAt: number } | null,
	): ScenarioRecord {
		const checked = readRecord({
			schemaVersion: SCHEMA_VERSION,
			id,
			// Strictly after the previous save, so "most recent first" holds even within one millisecond.
			updatedAt: Math.max(now(), after ? after.updatedAt + 1 : 0),
			revision: (after?.revision ?? 0) + 1,
			name: trimName(name),
			data,
		});
		if (!checked.ok) throw new Rollback(checked);
		return checked.value;
	}

	async function run<T>(
		mode: IDBTransactionMode,
		doing: string,
		body: (tx: Tx) => Promise<StoreResult<T>>,
	): Promise<StoreResult<T>> {
		try {
			return await transact(store, mode, body);
		} catch (e) {
			return storageFailure(e, doing);
		}
	}

	/** A record stored the old way (lab result inline, no list entry) rewritten the current way. */
	async function upgrade(ids: string[]) {
		for (const id of ids)
			await run('readwrite', 'upgrade a stored scenario', async (tx) => {
				const value = await tx.get(scenarioKey(id));
				const r = value === undefined ? null : readRecord(value);
				if (r?.ok) put(tx, r.value);
				return { ok: true, value: null };
			});
	}

	const api: ScenarioStore = {
		async list() {
			const read = await run('readonly', 'read the saved scenarios', async (tx) => {
				const [index, keys] = await Promise.all([tx.getAll(INDEX_PREFIX), tx.keys(SCENARIO_PREFIX)]);
				const entries = new Map<string, IndexEntry>();
				for (const value of index) {
					const e = readIndexEntry(value);
					if (e) entries.set(e.id, e);
				}
				const damaged: DamagedRecord[] = [];
				const unindexed: string[] = [];
				const stored = new Set(keys.map((k) => k.slice(SCENARIO_PREFIX.length)));
				for (const id of stored) {
					if (entries.has(id)) continue;
					const value = await tx.get(scenarioKey(id));
					const r = readRecord(value);
					if (r.ok) {
						entries.set(id, indexEntryOf(r.value, r.value.data.lab.result !== null));
						unindexed.push(id);
					} else damaged.push({ id, name: describeUnreadable(value), message: r.message });
				}
				for (const id of entries.keys()) if (!stored.has(id)) entries.delete(id);
				return { ok: true, value: { entries: [...entries.values()], damaged, unindexed } };
			});
			if (!read.ok) return read;
			const { entries, damaged, unindexed } = read.value;
			if (unindexed.length > 0) void upgrade(unindexed);
			entries.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
			return { ok: true, value: { entries, damaged } };
		},

		entry: (id) =>
			run('readonly', 'read the saved scenarios', async (tx) => ({
				ok: true,
				value: readIndexEntry(await tx.get(indexKey(id))),
			})),

		load: (id) =>
			run('readonly', 'open the scenario', async (tx) => {
				const [value, lab] = await Promise.all([tx.get(scenarioKey(id)), tx.get(labKey(id))]);
				if (value === undefined) return missing();
				const r = readRecord(value);
				if (!r.ok) return r;
				return { ok: true, value: withLab(r.value, lab) };
			}),

		save: (input) =>
			run('readwrite', 'save the scenario', async (tx) => {
				const id = input.id ?? newId();
				const [old, tomb] = [await current(tx, id), readTomb(await tx.get(tombKey(id)))];
				if (input.id !== undefined && !input.force) {
					if (old && old.revision !== input.baseRevision) throw new Rollback(conflict(old));
					if (!old && tomb) throw new Rollback(conflict(null));
				}
				const after = old ?? (tomb ? { revision: tomb.revision, updatedAt: tomb.deletedAt } : null);
				const record = build(id, input.name, input.data, after);
				put(tx, record);
				return { ok: true, value: record };
			}),

		rename: (id, name) =>
			run('readwrite', 'rename the scenario', async (tx) => {
				const old = await current(tx, id);
				if (!old) return missing();
				const record = build(id, name, old.data, old);
				// The lab result stays where it is: only the record and its list entry change.
				tx.put(scenarioKey(id), record);
				tx.put(indexKey(id), indexEntryOf(record, (await tx.get(labKey(id))) !== undefined));
				return { ok: true, value: record };
			}),

		async duplicate(id) {
			const original = await api.load(id);
			if (!original.ok) return original;
			const { name, data } = original.value.record;
			return api.save({ name: copyName(name), data });
		},

		remove: (id) =>
			run('readwrite', 'delete the scenario', async (tx) => {
				const [value, lab] = await Promise.all([tx.get(scenarioKey(id)), tx.get(labKey(id))]);
				if (value === undefined) return { ok: true, value: null };
				const r = readRecord(value);
				for (const key of [scenarioKey(id), indexKey(id), labKey(id)]) tx.del(key);
				tx.put(tombKey(id), { id, revision: r.ok ? r.value.revision : 1, deletedAt: now() });
				return { ok: true, value: r.ok ? withLab(r.value, lab).record : null };
			}),

		restore: (removed) =>
			run('readwrite', 'restore the scenario', async (tx) => {
				const savedAgain = (await tx.get(scenarioKey(removed.id))) !== undefined;
				const id = savedAgain ? newId() : removed.id;
				const tomb = savedAgain ? null : readTomb(await tx.get(tombKey(id)));
				const after = {
					revision: Math.max(removed.revision, tomb?.revision ?? 0),
					updatedAt: removed.updatedAt,
				};
				const record = build(id, removed.name, removed.data, after);
				put(tx, record);
				return { ok: true, value: record };
			}),

		raw: (id) =>
			run('readonly', 'read the record', async (tx) => ({ ok: true, value: await tx.get(scenarioKey(id)) })),

		removeDamaged: (id) =>
			run('readwrite', 'delete the record', async (tx) => {
				for (const key of [scenarioKey(id), indexKey(id), labKey(id)]) tx.del(key);
				tx.put(tombKey(id), { id, revision: 1, deletedAt: now() });
				return { ok: true, value: null };
			}),
	};
	return api;
}
