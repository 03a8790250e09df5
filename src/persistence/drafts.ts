// Each tab's autosaved working scenario, so two tabs never overwrite each other's unsaved work. A draft is written to
// IndexedDB (`draft:<tab>`); when that fails it goes to Web Storage instead (`alvh-lab:draft:<tab>`), which is also
// written synchronously when the page is being left, and reading takes the newer of the two. A draft this version
// cannot read (saved by a newer version, or damaged) is never written over: the tab's own is moved aside first, and
// other tabs' are left where they are; either can be exported as it is.
import type { UseStore } from 'idb-keyval';
import {
	ASIDE_PREFIX,
	BACKUP_PREFIX,
	DRAFT_PREFIX,
	LEGACY_BACKUP_KEY,
	LEGACY_DRAFT_KEY,
	backupKey,
	draftKey,
	scenarioStore,
} from './keys';
import { describeUnreadable } from './records';
import { LEGACY_TAB, readDraft, wrap, type Draft, type UnreadableDraft } from './draftRecord';

import { invalid, storageFailure, type StoreFailure, type StoreResult } from './storeResult';
import { transact } from './tx';

/** A draft is a few kilobytes plus a lab result; anything far larger under the key is not ours. */
const MAX_BACKUP_CHARS = 2_000_000;

export type Backup = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface DraftStoreOptions {
	store?: UseStore;
	/** Synchronous storage (default localStorage; null where there is none). */
	backup?: Backup | null;
	now?: () => number;
}

function defaultBackup(): Backup | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null; // access itself throws where storage is blocked
	}
}

const idbKeyOf = (tab: string) => (tab === LEGACY_TAB ? LEGACY_DRAFT_KEY : draftKey(tab));
const backupKeyOf = (tab: string) => (tab === LEGACY_TAB ? LEGACY_BACKUP_KEY : backupKey(tab));
const tabOfIdbKey = (key: string) => (key === LEGACY_DRAFT_KEY ? LEGACY_TAB : key.slice(DRAFT_PREFIX.length));
const tabOfBackupKey = (key: string) =>
	key === LEGACY_BACKUP_KEY ? LEGACY_TAB : key.slice(BACKUP_PREFIX.length);

export interface DraftStore {
	/** This tab's draft (the newer copy), an unreadable one found in its place, and a storage failure, if any. */
	load(
		tab: string,
	): Promise<{ draft: Draft | null; unreadable: UnreadableDraft | null; failure: StoreFailure | null }>;
	/** Writes a draft; 'fallback' when IndexedDB failed and Web Storage holds it instead. */
	save(draft: Draft): Promise<StoreResult<'stored' | 'fallback'>>;
	/** Writes a draft to Web Storage at once (the page is being left). */
	saveNow(draft: Draft): StoreResult<null>;
	/** Every draft stored, readable or not, newest first. */
	all(): Promise<{ drafts: Draft[]; unreadable: UnreadableDraft[] }>;
	remove(tab: string): Promise<StoreResult<null>>;
	/** Moves an unreadable draft to a key nothing writes (`aside:…`), so the tab can write its own. */
	keepAside(u: UnreadableDraft): Promise<StoreResult<null>>;
	/** Drafts moved aside. */
	asides(): Promise<UnreadableDraft[]>;
	removeUnreadable(u: UnreadableDraft): Promise<StoreResult<null>>;
}

export function createDraftStore(opts: DraftStoreOptions = {}): DraftStore {
	const store = opts.store ?? scenarioStore();
	const backup = opts.backup === undefined ? defaultBackup() : opts.backup;
	const now = opts.now ?? Date.now;

	function readBackupKey(key: string): { value: unknown } | null {
		try {
			const text = backup?.getItem(key);
			if (!text || text.length > MAX_BACKUP_CHARS) return null;
			return { value: JSON.parse(text) };
		} catch {
			return null;
		}
	}

	const unreadable = (key: string, inBackup: boolean, raw: unknown, message: string): UnreadableDraft => ({
		key,
		inBackup,
		name: describeUnreadable(raw),
		message,
		raw,
	});

	const newer = (a: Draft | null, b: Draft | null) => (!a ? b : !b ? a : b.updatedAt > a.updatedAt ? b : a);

	const api: DraftStore = {
		async load(tab) {
			let failure: StoreFailure | null = null;
			let stored: unknown;
			try {
				stored = await transact(store, 'readonly', (tx) => tx.get(idbKeyOf(tab)));
			} catch (e) {
				failure = storageFailure(e, 'read the autosaved draft');
			}
			let draft: Draft | null = null;
			let bad: UnreadableDraft | null = null;
			if (stored !== undefined) {
				const r = readDraft(stored, tab);
				if (r.ok) draft = r.draft;
				else bad = unreadable(idbKeyOf(tab), false, stored, r.message);
			}
			const copy = readBackupKey(backupKeyOf(tab));
			if (copy) {
				const r = readDraft(copy.value, tab);
				if (r.ok) draft = newer(draft, r.draft);
				else bad ??= unreadable(backupKeyOf(tab), true, copy.value, r.message);
			}
			return { draft, unreadable: bad, failure };
		},

		async save(draft) {
			const checked = readDraft(wrap(draft), draft.tab);
			if (!checked.ok) return invalid(checked.message);
			try {
				await transact(store, 'readwrite', async (tx) => tx.put(idbKeyOf(draft.tab), wrap(draft)));
			} catch (e) {
				const written = api.saveNow(draft);
				return written.ok ? { ok: true, value: 'fallback' } : storageFailure(e, 'autosave the draft');
			}
			try {
				backup?.removeItem(backupKeyOf(draft.tab));
			} catch {
				// Web Storage may be blocked; the IndexedDB draft is written.
			}
			return { ok: true, value: 'stored' };
		},

		saveNow(draft) {
			try {
				if (!backup) return { ok: false, reason: 'unavailable', message: 'No synchronous storage here.' };
				backup.setItem(backupKeyOf(draft.tab), JSON.stringify(wrap(draft)));
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'keep the draft');
			}
		},

		async all() {
			const byTab = new Map<string, Draft>();
			const bad: UnreadableDraft[] = [];
			const consider = (key: string, tab: string, raw: unknown, inBackup: boolean) => {
				const r = readDraft(raw, tab);
				if (r.ok) byTab.set(tab, newer(byTab.get(tab) ?? null, r.draft)!);
				else bad.push(unreadable(key, inBackup, raw, r.message));
			};
			try {
				const found = await transact(store, 'readonly', async (tx) => {
					const keys = [...(await tx.keys(DRAFT_PREFIX)), LEGACY_DRAFT_KEY];
					return Promise.all(keys.map(async (key) => [key, await tx.get(key)] as const));
				});
				for (const [key, raw] of found) if (raw !== undefined) consider(key, tabOfIdbKey(key), raw, false);
			} catch {
				// IndexedDB unavailable: the Web Storage copies below are all there is.
			}
			for (let i = 0; i < (backup?.length ?? 0); i++) {
				const key = backup?.key(i);
				if (!key || !(key.startsWith(BACKUP_PREFIX) || key === LEGACY_BACKUP_KEY)) continue;
				const copy = readBackupKey(key);
				if (copy) consider(key, tabOfBackupKey(key), copy.value, true);
			}
			const drafts = [...byTab.values()].sort((a, b) => b.updatedAt - a.updatedAt);
			return { drafts, unreadable: bad };
		},

		async remove(tab) {
			try {
				backup?.removeItem(backupKeyOf(tab));
				await transact(store, 'readwrite', async (tx) => tx.del(idbKeyOf(tab)));
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'discard the draft');
			}
		},

		async keepAside(u) {
			try {
				await transact(store, 'readwrite', async (tx) => {
					tx.put(`${ASIDE_PREFIX}${u.key}@${now()}`, u.raw);
					if (!u.inBackup) tx.del(u.key);
				});
				if (u.inBackup) backup?.removeItem(u.key);
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'keep the unreadable draft aside');
			}
		},

		async asides() {
			try {
				const found = await transact(store, 'readonly', async (tx) => {
					const keys = await tx.keys(ASIDE_PREFIX);
					return Promise.all(keys.map(async (key) => [key, await tx.get(key)] as const));
				});
				return found.map(([key, raw]) => {
					const original = key.slice(ASIDE_PREFIX.length).replace(/@\d+$/, '');
					const tab =
						original.startsWith(DRAFT_PREFIX) || original === LEGACY_DRAFT_KEY
							? tabOfIdbKey(original)
							: tabOfBackupKey(original);
					const r = readDraft(raw, tab);
					return unreadable(key, false, raw, r.ok ? 'Kept aside.' : r.message);
				});
			} catch {
				return [];
			}
		},

		async removeUnreadable(u) {
			try {
				if (u.inBackup) backup?.removeItem(u.key);
				else await transact(store, 'readwrite', async (tx) => tx.del(u.key));
				return { ok: true, value: null };
			} catch (e) {
				return storageFailure(e, 'delete the draft');
			}
		},
	};
	return api;
}
