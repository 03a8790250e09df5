// Every IndexedDB name the app uses, in one place: the scenarios' database and store and the keys inside it, and the
// imported history's.
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

/**
 * The imported market history: its own database (idb-keyval opens one object store per database), one record under
 * HISTORY_KEY, so a scenario store and the history never share a transaction or a quota failure's effects.
 */
export const HISTORY_DB_NAME = 'alvh-lab-history';
export const HISTORY_STORE_NAME = 'series';
export const HISTORY_KEY = 'history';

let history: UseStore | null = null;
/** The history's store, opened on first use. */
export function historyStore(): UseStore {
	return (history ??= createStore(HISTORY_DB_NAME, HISTORY_STORE_NAME));
}
