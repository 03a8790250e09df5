// Saved scenarios in IndexedDB through idb-keyval: list, load, save, rename, duplicate, remove (returning the record
// for undo) and restore, plus the autosaved draft. Records are { id, name, updatedAt, schemaVersion, data }.
// Writes that depend on what is stored (save, rename) read and write in one transaction with update(). Every record
// is checked on the way in (so no NaN, Infinity or stray key is ever written) and on the way out (so storage written
// by an older version is migrated, and a damaged record is reported instead of trusted). Nothing here throws: each
// call resolves to a value or a typed failure, and a failed write leaves what was stored untouched — a full quota
// included.
import { del, entries, get, set, update, type UseStore } from 'idb-keyval';
import { DRAFT_KEY, SCENARIO_PREFIX, isScenarioKey, scenarioKey, scenarioStore } from './keys';
import {
	SCHEMA_VERSION,
	parseScenarioValue,
	type Scenario,
	type ScenarioFile,
	type ScenarioRecord,
} from './scenario';

export type StoreFailureReason = 'quota' | 'invalid' | 'missing' | 'unavailable';

export interface StoreFailure {
	ok: false;
	reason: StoreFailureReason;
	message: string;
}

export type StoreResult<T> = { ok: true; value: T } | StoreFailure;

/** A stored record that could not be read back, with why (the UI may offer to delete it). */
export interface DamagedRecord {
	id: string;
	message: string;
}

export interface ScenarioStore {
	/** Every readable scenario, most recently saved first, and the ids of any that are damaged. */
	list(): Promise<StoreResult<{ records: ScenarioRecord[]; damaged: DamagedRecord[] }>>;
	load(id: string): Promise<StoreResult<ScenarioRecord>>;
	/** Saves a new scenario, or overwrites the one with `id`. */
	save(input: { id?: string; name: string; data: Scenario }): Promise<StoreResult<ScenarioRecord>>;
	rename(id: string, name: string): Promise<StoreResult<ScenarioRecord>>;
	/** A copy under a new id, named '<name> (copy)'. */
	duplicate(id: string): Promise<StoreResult<ScenarioRecord>>;
	/** Deletes a scenario and returns it (null if it was not there), so the UI can offer undo through `restore`. */
	remove(id: string): Promise<StoreResult<ScenarioRecord | null>>;
	/** Puts a removed record back exactly as it was. */
	restore(record: ScenarioRecord): Promise<StoreResult<ScenarioRecord>>;
	saveDraft(input: { name: string; data: Scenario }): Promise<StoreResult<null>>;
	/**
	 * Keeps the draft synchronously (in Web Storage) when the page is being left: an IndexedDB write started in
	 * pagehide may be cut off by the navigation. The next saveDraft replaces it; loadDraft takes the newer of the two.
	 */
	saveDraftNow(input: { name: string; data: Scenario }): StoreResult<null>;
	/** The autosaved draft, or null when there is none. */
	loadDraft(): Promise<StoreResult<ScenarioFile | null>>;
	clearDraft(): Promise<StoreResult<null>>;
}

export interface StoreOptions {
	/** The idb-keyval store (default: the app's). Tests pass their own. */
	store?: UseStore;
	/** Clock, ms since the epoch (default Date.now). */
	now?: () => number;
	/** New record ids (default crypto.randomUUID). */
	newId?: () => string;
	/** Synchronous storage for the last-chance draft (default localStorage; null where there is none). */
	backup?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** The Web Storage key of the last-chance draft. */
export const DRAFT_BACKUP_KEY = 'alvh-lab:draft';

const MAX_NAME = 120;

/** True for a "storage is full" error in any browser's spelling. */
export function isQuotaError(e: unknown): boolean {
	if (typeof e !== 'object' || e === null) return false;
	const { name, code } = e as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
	);
}

function storageFailure(e: unknown, doing: string): StoreFailure {
	if (isQuotaError(e))
		return {
			ok: false,
			reason: 'quota',
			message: `Storage is full, so nothing was saved and nothing stored was changed. Delete or export some scenarios, then try again.`,
		};
	const detail = e instanceof Error && e.message ? ` (${e.message.slice(0, 120)})` : '';
	return {
		ok: false,
		reason: 'unavailable',
		message: `Could not ${doing}: the browser's storage is not available${detail}. Nothing stored was changed.`,
	};
}

const invalid = (message: string): StoreFailure => ({ ok: false, reason: 'invalid', message });
const missing = (): StoreFailure => ({
	ok: false,
	reason: 'missing',
	message: 'That scenario is no longer saved (it may have been deleted in another tab).',
});

/** Thrown inside an update() to leave the record as it is; turned into a failure outside the transaction. */
class Abort extends Error {
	constructor(readonly failure: StoreFailure) {
		super(failure.message);
	}
}

/** A stored value as a checked record: migrated if old, refused if damaged. Storage keeps unfinished work, so
 * only the shape is checked here; the engine's meaning checks run when the scenario is opened. */
function readRecord(value: unknown): StoreResult<ScenarioRecord> {
	const parsed = parseScenarioValue(value, { semantic: false });
	if (!parsed.ok) return invalid(parsed.message);
	const { id, updatedAt } = parsed.value;
	if (id === undefined || updatedAt === undefined) return invalid('The stored scenario has no id or date.');
	return { ok: true, value: { ...parsed.value, id, updatedAt } };
}

/** A draft is a few kilobytes; anything far larger under the key is not ours. */
const MAX_BACKUP_CHARS = 1_000_000;

function defaultBackup(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null; // access itself throws where storage is blocked
	}
}

const trimName = (name: string) => name.trim().slice(0, MAX_NAME);
const copyName = (name: string) => `${name.slice(0, MAX_NAME - 7)} (copy)`;

const defaultId = () =>
	globalThis.crypto?.randomUUID?.() ??
	`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createScenarioStore(opts: StoreOptions = {}): ScenarioStore {
	const store = opts.store ?? scenarioStore();
	const now = opts.now ?? Date.now;
	const newId = opts.newId ?? defaultId;
	const backup = opts.backup === undefined ? defaultBackup() : opts.backup;

	function draftRecord(input: { name: string; data: Scenario }) {
		return readRecord({
			schemaVersion: SCHEMA_VERSION,
			id: DRAFT_KEY,
			updatedAt: now(),
			name: trimName(input.name) || 'Draft',
			data: input.data,
		});
	}

	/** The last-chance copy, checked like anything stored (null when absent or unreadable). */
	function readBackup(): ScenarioRecord | null {
		try {
			const text = backup?.getItem(DRAFT_BACKUP_KEY);
			if (!text || text.length > MAX_BACKUP_CHARS) return null;
			const r = readRecord(JSON.parse(text));
			return r.ok ? r.value : null;
		} catch {
			return null;
		}
	}

	/** Writes `record` under its id in one read-modify-write; `edit` may refuse by throwing Abort. */
	async function write(
		id: string,
		edit: (old: unknown) => { name: string; data: Scenario },
	): Promise<StoreResult<ScenarioRecord>> {
		let written = null as ScenarioRecord | null; // assigned inside the transaction
		try {
			await update(
				scenarioKey(id),
				(old: unknown) => {
					const next = edit(old);
					const before = (old as { updatedAt?: unknown } | undefined)?.updatedAt;
					// Strictly after the previous save, so "most recent first" holds even within one millisecond.
					const updatedAt = Math.max(now(), typeof before === 'number' ? before + 1 : 0);
					const checked = readRecord({ schemaVersion: SCHEMA_VERSION, id, updatedAt, ...next });
					if (!checked.ok) throw new Abort(checked);
					written = checked.value;
					return written;
				},
				store,
			);
		} catch (e) {
			if (e instanceof Abort) return e.failure;
			return storageFailure(e, 'save the scenario');
		}
		return written ? { ok: true, value: written } : storageFailure(null, 'save the scenario');
	}

	const api: ScenarioStore = {
		async list() {
			let all: [IDBValidKey, unknown][];
			try {
				all = await entries(store);
			} catch (e) {
				return storageFailure(e, 'read the saved scenarios');
			}
			const records: ScenarioRecord[] = [];
			const damaged: DamagedRecord[] = [];
			for (const [key, value] of all) {
				if (!isScenarioKey(key)) continue;
				const r = readRecord(value);
				if (r.ok) records.push(r.value);
				else damaged.push({ id: key.slice(SCENARIO_PREFIX.length), message: r.message });
			}
			records.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
			return { ok: true, value: { records, damaged } };
		},

		async load(id) {
			let value: unknown;
			try {
				value = await get(scenarioKey(id), store);
			} catch (e) {
				return storageFailure(e, 'open the scenario');
			}
			return value === undefined ? missing() : readRecord(value);
		},

		save(input) {
			return write(input.id ?? newId(), () => ({ name: trimName(input.name), data: input.data }));
		},

		rename(id, name) {
			return write(id, (old) => {
				if (old === undefined) throw new Abort(missing());
				const current = readRecord(old);
				if (!current.ok) throw new Abort(current);
				return { name: trimName(name), data: current.value.data };
			});
		},

		async duplicate(id) {
			const original = await api.load(id);
			if (!original.ok) return original;
			return api.save({ name: copyName(original.value.name), data: original.value.data });
		},

		async remove(id) {
			try {
				const value = await get(scenarioKey(id), store);
				await del(scenarioKey(id), store);
				if (value === undefined) return { ok: true, value: null };
				const r = readRecord(value);
				return { ok: true, value: r.ok ? r.value : null };
			} catch (e) {
				return storageFailure(e, 'delete the scenario');
			}
		},

		async restore(record) {
			const checked = readRecord(record);
			if (!checked.ok) return checked;
			try {
				await set(scenarioKey(checked.value.id), checked.value, store);
				return checked;
			} catch (e) {
				return storageFailure(e, 'restore the scenario');
			}
		},

		async saveDraft(input) {
			const checked = draftRecord(input);
			if (!checked.ok) return checked;
			try {
				await set(DRAFT_KEY, checked.value, store);
			} catch (e) {
				return storageFailure(e, 'autosave the draft');
			}
			try {
				backup?.removeItem(DRAFT_BACKUP_KEY);
			} catch {
				// Web Storage may be blocked; the IndexedDB draft is written.
			}
			return { ok: true, value: null };
		},

		saveDraftNow(input) {
			const checked = draftRecord(input);
			if (!checked.ok) return checked;
			try {
				if (!backup) return { ok: false, reason: 'unavailable', message: 'No synchronous storage here.' };
				backup.setItem(DRAFT_BACKUP_KEY, JSON.stringify(checked.value));
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'keep the draft');
			}
		},

		async loadDraft() {
			let value: unknown;
			try {
				value = await get(DRAFT_KEY, store);
			} catch (e) {
				return storageFailure(e, 'read the autosaved draft');
			}
			const last = readBackup();
			let draft: ScenarioRecord | null = last;
			if (value !== undefined) {
				const r = readRecord(value);
				if (r.ok && (!last || r.value.updatedAt >= last.updatedAt)) draft = r.value;
				else if (!r.ok && !last) return invalid(`The autosaved draft could not be read: ${r.message}`);
			}
			if (!draft) return { ok: true, value: null };
			return { ok: true, value: { schemaVersion: draft.schemaVersion, name: draft.name, data: draft.data } };
		},

		async clearDraft() {
			try {
				backup?.removeItem(DRAFT_BACKUP_KEY);
				await del(DRAFT_KEY, store);
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'clear the draft');
			}
		},
	};
	return api;
}
