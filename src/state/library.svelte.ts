// The saved scenarios as the app sees them: the list, save / open / rename / duplicate / delete with undo, file export
// and import (an import is saved as well as opened), and share links. Saves name the revision they were based on, so
// one over another tab's newer save is refused and both versions are offered (libraryTabs.ts); tabs tell each other
// about saves and deletes, so lists and open scenarios follow. Every failure becomes a notice; nothing stored is
// overwritten by a bad import or link, and a full quota leaves what was stored untouched.
import {
	createScenarioStore,
	dataDigest,
	decodeShareFragment,
	indexEntryOf,
	isShareFragment,
	requestPersistence,
	storageStatus,
	type DamagedRecord,
	type IndexEntry,
	type ScenarioRecord,
	type ScenarioStore,
	type StorageStatus,
} from '../persistence';
import type { MarketSnapshot } from '../engine';
import { notices as defaultNotices, type Notices, quoted } from './notices.svelte';
import { WorkSession } from './session.svelte';
import { LibraryFiles } from './libraryFiles.svelte';
import { LibraryTabs, type Conflict } from './libraryTabs.svelte';
import type { Workbench } from './workbench.svelte';

export interface LibraryOptions {
	store?: ScenarioStore;
	session?: WorkSession;
	notices?: Notices;
}

/** Saved markets shown beside the current one on the term-structure chart. */
const RECENT_MARKETS = 4;

export class Library {
	/** The saved list, most recently saved first. */
	entries = $state.raw<IndexEntry[]>([]);
	damaged = $state.raw<DamagedRecord[]>([]);
	/** Whether the browser keeps the storage, and how much is used (null until known). */
	status = $state.raw<StorageStatus | null>(null);
	/** The most recently saved markets, for overlays. */
	recentMarkets = $state.raw<{ label: string; market: MarketSnapshot }[]>([]);

	readonly store: ScenarioStore;
	readonly session: WorkSession;
	readonly notices: Notices;
	readonly tabs: LibraryTabs;
	readonly files: LibraryFiles;
	#askedPersistence = false;

	constructor(
		readonly bench: Workbench,
		opts: LibraryOptions = {},
	) {
		this.store = opts.store ?? createScenarioStore();
		this.notices = opts.notices ?? defaultNotices;
		this.session = opts.session ?? new WorkSession(bench, { notices: this.notices });
		this.tabs = new LibraryTabs(this);
		this.files = new LibraryFiles(this);
	}

	get conflict(): Conflict | null {
		return this.tabs.conflict;
	}

	#fail(message: string) {
		this.notices.error(message);
	}

	async refresh() {
		const r = await this.store.list();
		if (!r.ok && r.reason === 'unavailable') return this.session.storageFailed();
		if (!r.ok) return this.#fail(r.message);
		this.entries = r.value.entries;
		this.damaged = r.value.damaged;
		void this.#loadRecentMarkets();
	}

	/** Puts a saved entry in the list (at its place by date), or takes it out (null). */
	upsert(id: string, entry: IndexEntry | null) {
		const rest = this.entries.filter((e) => e.id !== id);
		this.entries = entry ? [entry, ...rest].sort((a, b) => b.updatedAt - a.updatedAt) : rest;
		void this.#loadRecentMarkets();
	}

	async #loadRecentMarkets() {
		const loaded = await Promise.all(this.entries.slice(0, RECENT_MARKETS).map((e) => this.store.load(e.id)));
		this.recentMarkets = loaded.flatMap((r) =>
			r.ok
				? [
						{
							label: `${r.value.record.name} (${r.value.record.data.market.valuationDate})`,
							market: r.value.record.data.market,
						},
					]
				: [],
		);
	}

	/**
	 * Opens what the app starts with: the tab's own draft after a reload, a share link in the URL fragment over it, and
	 * on a fresh start the offer of unsaved work a closed tab left. Then autosaves and listens to other tabs. Resolves
	 * to the teardown.
	 */
	async start(location: { hash: string; clearHash: () => void }): Promise<() => void> {
		const [restored] = await Promise.all([this.session.start(), this.refresh()]);
		const linked = await this.openLink(location.hash, location.clearHash);
		// Other tabs' drafts are listed once the app is up: an offer or a report may come a moment later.
		void this.session.shelf.refresh().then(() => {
			if (!restored && !linked) this.session.shelf.offerNewest();
			const [unreadable] = this.session.shelf.unreadable;
			if (unreadable && !this.notices.latest('unreadable')) this.session.shelf.report(unreadable);
		});
		const unlisten = this.tabs.listen();
		const stopAutosave = this.session.startAutosave((schedule) =>
			$effect.root(() => {
				$effect(() => {
					// Read every input so any edit re-runs this; the lab's and the back-test's results are replaced whole, so
					// their references will do.
					const b = this.bench;
					void [b.marketData, b.bookData, $state.snapshot(b.whatIf)];
					void [$state.snapshot(b.labSettings), b.labResult, b.mcSeed, b.name];
					void [$state.snapshot(b.backTestSettings), b.backTestResult];
					this.session.unsaved = this.session.isUnsaved();
					if (b.valid) schedule();
				});
			}),
		);
		void this.updateStatus();
		return () => {
			stopAutosave();
			unlisten();
			this.session.tab?.close();
		};
	}

	async updateStatus() {
		this.status = await storageStatus();
	}

	/**
	 * Opens a share link from a URL fragment ('#s=…') over the working scenario (with undo), then clears the fragment.
	 * A bad link is reported and changes nothing. Resolves to whether a link was found.
	 */
	async openLink(hash: string, clearHash: () => void): Promise<boolean> {
		if (!isShareFragment(hash)) return false;
		const parsed = await decodeShareFragment(hash);
		clearHash();
		if (!parsed?.ok) {
			this.#fail(`The shared link was not opened: ${parsed?.message ?? 'it is damaged.'}`);
			return true;
		}
		const { name, data } = parsed.value;
		const migrated = parsed.migratedFrom !== null ? ` (updated from format ${parsed.migratedFrom})` : '';
		await this.session.replace(
			{ name, data, savedId: null, revision: null },
			[`Opened the shared scenario ${quoted(name)}${migrated}.`, ...parsed.notes].join(' '),
			{ trusted: false, kind: parsed.notes.length ? 'warn' : 'info' },
		);
		return true;
	}

	/** Saves the working scenario: over its own record when it has one (if no other tab saved it since), else as new. */
	async save(asNew = false) {
		if (!this.bench.valid) return this.#fail('Fix the fields marked in red before saving.');
		const id = asNew ? undefined : (this.bench.savedId ?? undefined);
		const base = this.session.base;
		const baseRevision = id !== undefined && base?.savedId === id ? base.revision : null;
		const r = await this.store.save({ id, name: this.bench.name, data: this.bench.scenario(), baseRevision });
		if (!r.ok && r.reason === 'conflict') return this.tabs.offerConflict(id!, r.theirs ?? null, r.message);
		if (!r.ok) return this.#fail(r.message);
		await this.saved(r.value, `Saved ${quoted(r.value.name)}.`);
	}

	/** Makes a record just written the working scenario's saved version, and tells the list and the other tabs. */
	async saved(record: ScenarioRecord, message: string | null) {
		this.bench.savedId = record.id;
		this.session.setBase(this.session.baseOf({ ...record, savedId: record.id }));
		await this.session.flush(); // the draft carries the name and record just saved
		this.upsert(record.id, indexEntryOf(record, record.data.lab.result !== null));
		this.tabs.announce(record, false);
		if (message) this.notices.info(message);
		if (!this.#askedPersistence) {
			this.#askedPersistence = true;
			await requestPersistence();
		}
		void this.updateStatus();
	}

	/** Opens a saved scenario in place of the working one (with undo). */
	async open(id: string) {
		const r = await this.store.load(id);
		if (!r.ok) {
			if (r.reason === 'invalid')
				this.damaged = [...this.damaged.filter((d) => d.id !== id), { id, name: null, message: r.message }];
			return this.#fail(r.message);
		}
		const { record, notes } = r.value;
		await this.session.replace(
			{ name: record.name, data: record.data, savedId: record.id, revision: record.revision },
			[`Opened ${quoted(record.name)}.`, ...notes].join(' '),
		);
	}

	async rename(id: string, name: string) {
		const r = await this.store.rename(id, name);
		if (!r.ok) return this.#fail(r.message);
		const base = this.session.base;
		if (this.bench.savedId === id && base?.savedId === id && base.revision === r.value.revision - 1) {
			if (this.bench.name === base.name) this.bench.name = r.value.name;
			this.session.setBase({ ...base, name: r.value.name, revision: r.value.revision });
		}
		this.upsert(id, indexEntryOf(r.value, this.entries.find((e) => e.id === id)?.hasLab ?? false));
		this.tabs.announce(r.value, true);
	}

	async duplicate(id: string) {
		const r = await this.store.duplicate(id);
		if (!r.ok) return this.#fail(r.message);
		this.upsert(r.value.id, indexEntryOf(r.value, r.value.data.lab.result !== null));
		this.tabs.announce(r.value, false);
		this.notices.info(`Copied as ${quoted(r.value.name)}.`);
	}

	async remove(id: string) {
		const r = await this.store.remove(id);
		if (!r.ok) return this.#fail(r.message);
		this.upsert(id, null);
		this.tabs.announceDeleted(id);
		const removed = r.value;
		if (!removed) return;
		if (this.bench.savedId === id) {
			// The working copy stays, as unsaved work.
			this.bench.savedId = null;
			this.session.setBase(
				this.session.base && { ...this.session.base, savedId: null, revision: null, digest: null },
			);
		}
		this.notices.push({
			message: `Deleted ${quoted(removed.name)}.`,
			actions: [{ label: 'Undo', run: () => this.#restore(removed) }],
		});
		void this.updateStatus();
	}

	async #restore(removed: ScenarioRecord) {
		const r = await this.store.restore(removed);
		if (!r.ok) return this.#fail(r.message);
		// The working copy of the deleted scenario, left unchanged, is its saved version again.
		const same =
			this.bench.savedId === null &&
			this.bench.name === removed.name &&
			dataDigest(this.bench.scenario()) === dataDigest(removed.data);
		if (same) await this.saved(r.value, null);
		else {
			this.upsert(r.value.id, indexEntryOf(r.value, r.value.data.lab.result !== null));
			this.tabs.announce(r.value, false);
		}
		this.notices.info(`Restored ${quoted(r.value.name)}.`);
	}

	async removeDamaged(id: string) {
		const r = await this.store.removeDamaged(id);
		if (!r.ok) return this.#fail(r.message);
		this.damaged = this.damaged.filter((d) => d.id !== id);
		this.upsert(id, null);
	}
}
