// Every IndexedDB name the app uses, in one place.
import { createStore, type UseStore } from 'idb-keyval';

export const DB_NAME = 'alvh-lab';
export const STORE_NAME = 'scenarios';
/** The working draft, autosaved; saved scenarios are under `scenario:<id>`. */
export const DRAFT_KEY = 'draft';
export const scenarioKey = (id: string) => `scenario:${id}`;

let store: UseStore | null = null;
/** The scenarios store, opened on first use. */
export function scenarioStore(): UseStore {
	return (store ??= createStore(DB_NAME, STORE_NAME));
}
