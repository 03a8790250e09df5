// Every storage name the app uses, in one place. IndexedDB: the scenarios' database, one object store, and these keys
// in it —
//   index:<id>     a saved scenario's list entry (name, dates, revision, a few market numbers), read at start-up;
//   scenario:<id>  the saved scenario itself, without its regime-lab result;
//   lab:<id>       that result, apart, so the list and a delete never read or copy it;
//   tomb:<id>      a deleted scenario's tombstone, so a stale tab cannot bring it back by saving over it;
//   draft:<tab>    each tab's autosaved working scenario (the key `draft` is the single draft of older versions);
//   aside:<…>      a draft this version cannot read (newer or damaged), kept untouched instead of overwritten;
// and the imported history's own database (below). Web Storage (synchronous, used when IndexedDB fails or the page is
// being left) holds `alvh-lab:draft:<tab>`.
import { createStore, type UseStore } from 'idb-keyval';

export const DB_NAME = 'alvh-lab';
export const STORE_NAME = 'scenarios';

export const INDEX_PREFIX = 'index:';
export const SCENARIO_PREFIX = 'scenario:';
export const LAB_PREFIX = 'lab:';
export const TOMB_PREFIX = 'tomb:';
export const DRAFT_PREFIX = 'draft:';
export const ASIDE_PREFIX = 'aside:';

export const indexKey = (id: string) => `${INDEX_PREFIX}${id}`;
export const scenarioKey = (id: string) => `${SCENARIO_PREFIX}${id}`;
export const labKey = (id: string) => `${LAB_PREFIX}${id}`;
export const tombKey = (id: string) => `${TOMB_PREFIX}${id}`;
export const draftKey = (tab: string) => `${DRAFT_PREFIX}${tab}`;

/** The single autosaved draft of versions before drafts were kept per tab. */
export const LEGACY_DRAFT_KEY = 'draft';

/** Web Storage: the synchronous copy of a tab's draft, and the single one of older versions. */
export const BACKUP_PREFIX = 'alvh-lab:draft:';
export const LEGACY_BACKUP_KEY = 'alvh-lab:draft';
export const backupKey = (tab: string) => `${BACKUP_PREFIX}${tab}`;

/** The session-scoped id of this tab (sessionStorage), so a reload finds its own draft. */
export const TAB_ID_KEY = 'alvh-lab:tab';
/** The channel tabs of the app talk over. */
export const CHANNEL_NAME = 'alvh-lab';

/** The key range of every key starting with `prefix` (':' sorts just before ';'). */
export const prefixRange = (prefix: string) =>
	IDBKeyRange.bound(prefix, `${prefix.slice(0, -1)};`, false, true);

let store: UseStore | null = null;
/** The app's store, opened on first use. */
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
