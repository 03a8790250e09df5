// Saved scenarios in IndexedDB (idb-keyval): list, load, save, rename, duplicate, remove with undo, and the draft.
// Every record read back is re-validated (and migrated), so storage written by an older or broken version never
// reaches the app unchecked; a full quota is reported and leaves what was stored untouched.
import { del, entries, get, set, type UseStore } from 'idb-keyval';
import { DRAFT_KEY, scenarioKey, scenarioStore } from './keys';
import { parseScenarioValue } from './parse';
import type { Scenario } from './scenario';

export interface SavedScenario {
	id: string;
	updatedAt: number;
	scenario: Scenario;
}

export type Saved<T> = { ok: true; value: T } | { ok: false; message: string };

function failure(e: unknown): { ok: false; message: string } {
	const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
	return {
		ok: false,
		message: quota
			? 'Storage is full: nothing was overwritten. Delete or export some scenarios and try again.'
			: `Could not save: ${e instanceof Error ? e.message : String(e)}. Nothing was overwritten.`,
	};
}

/** Validates a stored record; a damaged one is skipped rather than trusted. */
function readRecord(value: unknown): SavedScenario | null {
	if (typeof value !== 'object' || value === null) return null;
	const r = value as { id?: unknown; updatedAt?: unknown; scenario?: unknown };
	if (typeof r.id !== 'string' || typeof r.updatedAt !== 'number') return null;
	const parsed = parseScenarioValue(r.scenario);
	return parsed.ok ? { id: r.id, updatedAt: r.updatedAt, scenario: parsed.scenario } : null;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function createScenarioRepository(store: UseStore = scenarioStore()) {
	return {
		/** Saved scenarios, newest first (damaged records are left out). */
		async list(): Promise<SavedScenario[]> {
			const all = await entries(store);
			return all
				.filter(([key]) => typeof key === 'string' && key.startsWith('scenario:'))
				.map(([, value]) => readRecord(value))
				.filter((r): r is SavedScenario => r !== null)
				.sort((a, b) => b.updatedAt - a.updatedAt);
		},
		async load(id: string): Promise<SavedScenario | null> {
			return readRecord(await get(scenarioKey(id), store));
		},
		/** Saves (or overwrites by id) a scenario. */
		async save(scenario: Scenario, id = newId()): Promise<Saved<SavedScenario>> {
			const record = { id, updatedAt: Date.now(), scenario };
			try {
				await set(scenarioKey(id), record, store);
				return { ok: true, value: record };
			} catch (e) {
				return failure(e);
			}
		},
		async rename(id: string, name: string): Promise<Saved<null>> {
			const record = await this.load(id);
			if (!record) return { ok: false, message: 'That scenario no longer exists.' };
			try {
				await set(
					scenarioKey(id),
					{ ...record, updatedAt: Date.now(), scenario: { ...record.scenario, name } },
					store,
				);
				return { ok: true, value: null };
			} catch (e) {
				return failure(e);
			}
		},
		async duplicate(id: string): Promise<Saved<SavedScenario> | null> {
			const original = await this.load(id);
			return original ? this.save({ ...original.scenario, name: `${original.scenario.name} (copy)` }) : null;
		},
		/** Deletes a scenario and returns it, so the UI can offer undo through `restore`. */
		async remove(id: string): Promise<SavedScenario | null> {
			const record = await this.load(id);
			await del(scenarioKey(id), store);
			return record;
		},
		async restore(record: SavedScenario): Promise<Saved<null>> {
			try {
				await set(scenarioKey(record.id), record, store);
				return { ok: true, value: null };
			} catch (e) {
				return failure(e);
			}
		},
		async saveDraft(scenario: Scenario): Promise<Saved<null>> {
			try {
				await set(DRAFT_KEY, { id: DRAFT_KEY, updatedAt: Date.now(), scenario }, store);
				return { ok: true, value: null };
			} catch (e) {
				return failure(e);
			}
		},
		async loadDraft(): Promise<Scenario | null> {
			return readRecord(await get(DRAFT_KEY, store))?.scenario ?? null;
		},
	};
}
