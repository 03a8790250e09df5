// This tab's working scenario as storage sees it: its draft (autosaved per tab, with the saved record it started from),
// whether it holds unsaved work, and what happens when something replaces it. Replacing the working scenario — opening
// a saved one, a link, an import, another tab's version — keeps the replaced work when it was unsaved (as a draft of
// its own, listed in Saved) and offers Undo. At start-up the tab restores its own draft after a reload; a draft this
// version cannot read is moved aside, untouched (draftShelf.svelte.ts lists it, and other tabs' drafts).
import {
	createAutosaver,
	createDraftStore,
	dataDigest,
	downloadBlob,
	exportFile,
	newRecordId,
	openTabLink,
	type Autosaver,
	type Draft,
	type DraftBase,
	type DraftStore,
	type Scenario,
	type TabLink,
} from '../persistence';
import { DraftShelf } from './draftShelf.svelte';
import { notices as defaultNotices, type Notices, quoted } from './notices.svelte';
import type { Workbench } from './workbench.svelte';

/** What a working scenario is replaced by. */
export interface Replacement {
	name: string;
	data: Scenario;
	/** The saved record it is (null: unsaved work, e.g. a link). */
	savedId: string | null;
	revision: number | null;
}

export interface SessionOptions {
	drafts?: DraftStore;
	openTab?: () => Promise<TabLink>;
	notices?: Notices;
	now?: () => number;
	autosaveDelayMs?: number;
}

const STORAGE_NOTICE = 'storage';

export class WorkSession {
	/** The working scenario holds edits that are in no saved scenario (updated as the draft is written). */
	unsaved = $state(false);
	/** IndexedDB failed and drafts go to the Web Storage fallback. */
	fallback = $state(false);
	/** Why the last draft write failed (null after one that worked), for the Saved screen. */
	draftStatus = $state<string | null>(null);
	tab = $state.raw<TabLink | null>(null);
	base: DraftBase | null = null;

	readonly drafts: DraftStore;
	readonly notices: Notices;
	/** Drafts other tabs left, and drafts that cannot be read. */
	readonly shelf: DraftShelf;
	#openTab: () => Promise<TabLink>;
	#now: () => number;
	#delay: number;
	#autosaver: Autosaver | null = null;

	constructor(
		readonly bench: Workbench,
		opts: SessionOptions = {},
	) {
		this.drafts = opts.drafts ?? createDraftStore();
		this.#openTab = opts.openTab ?? (() => openTabLink());
		this.notices = opts.notices ?? defaultNotices;
		this.#now = opts.now ?? Date.now;
		this.#delay = opts.autosaveDelayMs ?? 800;
		this.shelf = new DraftShelf(this);
	}

	/** The base a scenario has right after it is opened or saved as `savedId`. */
	baseOf(r: Replacement, trusted = true): DraftBase {
		return {
			savedId: r.savedId,
			revision: r.revision,
			name: r.name,
			digest: trusted ? dataDigest(r.data) : null,
		};
	}

	/** Records that the working scenario is now exactly `base` (a save, an open). */
	setBase(base: DraftBase | null) {
		this.base = base;
		this.unsaved = this.isUnsaved();
	}

	/** True when the working scenario differs from what it was opened or saved as. */
	isUnsaved(): boolean {
		const b = this.base;
		if (!b || b.digest === null) return true;
		return b.name !== this.bench.name || b.digest !== this.#digest();
	}

	/** dataDigest of the working scenario, from the workbench's plain copies (no copy of the lab's or the back-test's
	 * result: it runs on every edit). */
	#digest(): string {
		const b = this.bench;
		const lab = { settings: $state.snapshot(b.labSettings), result: b.labResult, note: b.labNote };
		const history = { settings: $state.snapshot(b.backTestSettings), result: b.backTestResult };
		const whatIf = $state.snapshot(b.whatIf);
		return dataDigest({ market: b.marketData, book: b.bookData, whatIf, mcSeed: b.mcSeed, lab, history });
	}

	draft(): Draft {
		return {
			tab: this.tab?.id ?? 'unknown',
			updatedAt: this.#now(),
			unsaved: this.isUnsaved(),
			base: this.base,
			name: this.bench.name,
			data: this.bench.scenario(),
		};
	}

	/**
	 * Claims the tab and restores its own draft; says whether there was one. A draft that cannot be read is moved aside
	 * (so this tab's writes cannot replace it) and reported. Other tabs' drafts are listed by `shelf.refresh()`.
	 */
	async start(): Promise<boolean> {
		this.tab = await this.#openTab();
		const own = await this.drafts.load(this.tab.id);
		if (own.failure) this.storageFailed();
		if (own.unreadable) {
			await this.drafts.keepAside(own.unreadable);
			this.shelf.report(own.unreadable);
		}
		if (own.draft) {
			const d = own.draft;
			this.bench.load(d.data, d.name, d.base?.savedId ?? null);
			this.base = d.base;
			this.unsaved = d.unsaved;
		} else this.setBase(this.baseOf({ ...this.#current(), savedId: null, revision: null }));
		return own.draft !== null;
	}

	/** Starts autosaving the draft as the workbench changes; returns the teardown. */
	startAutosave(onEdit: (schedule: () => void) => () => void): () => void {
		const autosaver = createAutosaver({
			read: () => this.draft(),
			delayMs: this.#delay,
			write: async (draft) => {
				this.unsaved = draft.unsaved;
				const r = await this.drafts.save(draft);
				if (r.ok && r.value === 'fallback') {
					this.storageFailed();
					return { ok: false, message: 'Draft kept in the fallback storage; retrying.' };
				}
				if (r.ok && this.fallback) {
					this.fallback = false;
					this.notices.dismissKey(STORAGE_NOTICE);
				}
				return r.ok ? { ok: true } : { ok: false, message: r.message };
			},
			writeNow: (draft) => void this.drafts.saveNow(draft),
			onResult: (r) => (this.draftStatus = r.ok ? null : r.message),
		});
		this.#autosaver = autosaver;
		const stop = onEdit(() => autosaver.schedule());
		return () => {
			stop();
			void autosaver.dispose();
		};
	}

	/** Writes a pending draft now. */
	flush(): Promise<void> {
		return this.#autosaver?.flush() ?? Promise.resolve();
	}

	/** Writes the draft now, whether or not it changed (before a reload). */
	async keepDraft(): Promise<void> {
		this.#autosaver?.schedule();
		this.drafts.saveNow(this.draft());
		await this.flush();
	}

	#current() {
		return { name: this.bench.name, data: this.bench.scenario() };
	}

	/**
	 * Replaces the working scenario, keeping the replaced one when it held unsaved work (as a draft listed in Saved)
	 * and offering Undo. `message` is what the notice says happened.
	 */
	async replace(
		next: Replacement,
		message: string,
		opts: { trusted?: boolean; kind?: 'info' | 'warn' } = {},
	) {
		const previous = {
			...this.#current(),
			savedId: this.bench.savedId,
			base: this.base,
			unsaved: this.isUnsaved(),
		};
		let keptAs: string | null = null;
		if (previous.unsaved) {
			keptAs = `kept-${newRecordId()}`;
			const kept = await this.drafts.save({ ...this.draft(), tab: keptAs, unsaved: true });
			if (!kept.ok) keptAs = null;
		}
		this.bench.load(next.data, next.name, next.savedId);
		this.setBase(this.baseOf(next, opts.trusted ?? true));
		const undo = async () => {
			this.bench.load(previous.data, previous.name, previous.savedId);
			this.setBase(previous.base);
			if (keptAs) await this.drafts.remove(keptAs);
			await this.shelf.refresh();
			this.notices.info(`Back to ${quoted(previous.name)}.`);
		};
		this.notices.push({
			key: 'replaced',
			kind: opts.kind ?? 'info',
			message: keptAs ? `${message} Your unsaved ${quoted(previous.name)} is kept under Saved.` : message,
			actions: [{ label: 'Undo', run: undo }],
		});
		if (keptAs) await this.shelf.refresh();
	}

	/** Says, once, that the browser's storage is failing and the work goes to the fallback; offers an export. */
	storageFailed() {
		if (this.fallback) return;
		this.fallback = true;
		this.notices.push({
			key: STORAGE_NOTICE,
			kind: 'warn',
			message:
				'The browser’s storage is not working: your work is saved on this device only in a fallback (smaller, and ' +
				'cleared with the site’s data), and saved scenarios cannot be opened or saved. Export a file to keep a copy.',
			actions: [{ label: 'Export', run: () => this.exportCurrent(), keep: true }],
		});
	}

	/** Downloads the working scenario as a file. */
	exportCurrent() {
		const { blob, fileName } = exportFile({ name: this.bench.name, data: this.bench.scenario() });
		downloadBlob(blob, fileName);
	}
}
