// Every IndexedDB name the app uses, in one place: one database, one object store, and the keys inside it.
import { createStore, type UseStore } from 'idb-keyval';

export const DB_NAME = 'alvh-lab';
export const STORE_NAME = 'scenarios';

/** Saved scenarios live under `scenario:<id>`. */
export const SCENARIO_PREFIX = 'scenario:';
export const scenarioKey = (id: string) => `${SCENARIO_PREFIX}${id}`;
export const isScenarioKey = (key: IDBValidKey): key is string =>
	typeof key === 'string' && key.startsWith(SCENARIO_PREFIX);

/** The working draft, autosaved as the user edits and restored after a reload. */
export const DRAFT_KEY = 'draft';

let store: UseStore | null = null;
/** The app's scenarios store, opened on first use. */
export function scenarioStore(): UseStore {
	return (store ??= createStore(DB_NAME, STORE_NAME));
}
