// The saved scenarios as the app sees them: the list, the working draft's autosave, save / open / rename /
// duplicate / delete with undo, file export and import, and share links. Every failure becomes a message; nothing
// stored is overwritten by a bad import or link, and a full quota leaves what was stored untouched.
import {
	createAutosaver,
	createScenarioStore,
	decodeShareFragment,
	downloadBlob,
	exportFile,
	importFile,
	isShareFragment,
	shareUrl,
	type Autosaver,
	type DamagedRecord,
	type ScenarioEnvelope,
	type ScenarioRecord,
	type ScenarioStore,
	type Validated,
} from '../persistence';
import type { Workbench } from './workbench.svelte';

export interface Toast {
	message: string;
	kind: 'info' | 'error';
	/** An action offered with the message, e.g. undo. */
	action?: { label: string; run: () => void };
}

export class Library {
	records = $state.raw<ScenarioRecord[]>([]);
	damaged = $state.raw<DamagedRecord[]>([]);
	/** The latest outcome to tell the user about. */
	toast = $state.raw<Toast | null>(null);
	/** 'saved' after a draft write, or the reason it failed. */
	draftStatus = $state<string | null>(null);

	#store: ScenarioStore;
	#autosaver: Autosaver | null = null;

	constructor(
		readonly bench: Workbench,
		store: ScenarioStore = createScenarioStore(),
	) {
		this.#store = store;
	}

	#fail(message: string) {
		this.toast = { message, kind: 'error' };
	}

	async refresh() {
		const r = await this.#store.list();
		if (!r.ok) return this.#fail(r.message);
		this.records = r.value.records;
		this.damaged = r.value.damaged;
	}

	/**
	 * Opens a share link from a URL fragment ('#s=…') into the workbench, then clears the fragment. A bad link is
	 * reported and changes nothing. Resolves to whether a link was found.
	 */
	async openLink(hash: string, clearHash: () => void): Promise<boolean> {
		if (!isShareFragment(hash)) return false;
		const parsed = await decodeShareFragment(hash);
		clearHash();
		if (parsed?.ok) this.#open(parsed, 'Opened the shared scenario');
		else this.#fail(`The shared link was not opened: ${parsed?.message ?? 'it is damaged.'}`);
		return true;
	}

	/**
	 * Opens what the app starts with — the share link in the URL fragment if there is one, else the autosaved
	 * draft — then autosaves the draft as it changes, while it is valid. Resolves to the teardown.
	 */
	async start(location: { hash: string; clearHash: () => void }): Promise<() => void> {
		const linked = await this.openLink(location.hash, location.clearHash);
		if (!linked) {
			const draft = await this.#store.loadDraft();
			if (draft.ok && draft.value) this.bench.load(draft.value.data, draft.value.name, null);
			else if (!draft.ok) this.#fail(`The draft could not be read: ${draft.message}`);
		}
		await this.refresh();

		const autosaver = createAutosaver({
			read: () => ({ name: this.bench.name, data: this.bench.scenario() }),
			write: (draft) => this.#store.saveDraft(draft),
			writeNow: (draft) => this.#store.saveDraftNow(draft),
			onResult: (r) => (this.draftStatus = r.ok ? 'Draft saved' : r.message),
		});
		this.#autosaver = autosaver;
		const stop = $effect.root(() => {
			$effect(() => {
				// Read every input so any edit re-runs this; the lab's and the back-test's results are replaced whole, so
				// their references will do (copying them on every slider step would cost more than the step).
				const b = this.bench;
				void [b.marketData, b.bookData, $state.snapshot(b.whatIf)];
				void [$state.snapshot(b.labSettings), b.labResult, b.mcSeed, b.name];
				void [$state.snapshot(b.backTestSettings), b.backTestResult];
				if (this.bench.valid) autosaver.schedule();
			});
		});
		return () => {
			stop();
			void autosaver.dispose();
		};
	}

	/** Writes a pending draft now (after a save, so the draft carries the saved name). */
	flushDraft(): Promise<void> {
		return this.#autosaver?.flush() ?? Promise.resolve();
	}

	#open(parsed: Extract<Validated<ScenarioEnvelope>, { ok: true }>, what: string) {
		const { name, data } = parsed.value;
		this.bench.load(data, name, null);
		const migrated = parsed.migratedFrom !== null ? ` (updated from format ${parsed.migratedFrom})` : '';
		this.toast = { message: `${what} “${name}”${migrated}.`, kind: 'info' };
	}

	/** Saves the working scenario: over its own record when it has one, else as a new one. */
	async save(asNew = false) {
		if (!this.bench.valid) return this.#fail('Fix the fields marked in red before saving.');
		const id = asNew ? undefined : (this.bench.savedId ?? undefined);
		const r = await this.#store.save({ id, name: this.bench.name, data: this.bench.scenario() });
		if (!r.ok) return this.#fail(r.message);
		this.bench.savedId = r.value.id;
		await this.flushDraft(); // the draft carries the name and record just saved
		this.toast = { message: `Saved “${r.value.name}”.`, kind: 'info' };
		await this.refresh();
	}

	async open(id: string) {
		const r = await this.#store.load(id);
		if (!r.ok) return this.#fail(r.message);
		this.bench.load(r.value.data, r.value.name, r.value.id);
		this.toast = { message: `Opened “${r.value.name}”.`, kind: 'info' };
	}

	async rename(id: string, name: string) {
		const r = await this.#store.rename(id, name);
		if (!r.ok) return this.#fail(r.message);
		if (this.bench.savedId === id) this.bench.name = r.value.name;
		await this.refresh();
	}

	async duplicate(id: string) {
		const r = await this.#store.duplicate(id);
		if (!r.ok) return this.#fail(r.message);
		this.toast = { message: `Copied as “${r.value.name}”.`, kind: 'info' };
		await this.refresh();
	}

	async remove(id: string) {
		const r = await this.#store.remove(id);
		if (!r.ok) return this.#fail(r.message);
		await this.refresh();
		const removed = r.value;
		if (!removed) return;
		if (this.bench.savedId === id) this.bench.savedId = null;
		this.toast = {
			message: `Deleted “${removed.name}”.`,
			kind: 'info',
			action: { label: 'Undo', run: () => void this.#restore(removed) },
		};
	}

	async #restore(record: ScenarioRecord) {
		const r = await this.#store.restore(record);
		if (!r.ok) return this.#fail(r.message);
		this.toast = { message: `Restored “${record.name}”.`, kind: 'info' };
		await this.refresh();
	}

	export() {
		const { blob, fileName } = exportFile({ name: this.bench.name, data: this.bench.scenario() });
		downloadBlob(blob, fileName);
	}

	/** Imports a file into the workbench (not into storage: the user saves it if they want it). */
	async import(file: Blob) {
		const parsed = await importFile(file);
		if (!parsed.ok) return this.#fail(`Nothing was imported: ${parsed.message}`);
		this.#open(parsed, 'Imported');
	}

	/** A link that opens the working scenario; copied to the clipboard where allowed. */
	async shareLink(baseUrl: string): Promise<string> {
		const url = await shareUrl(baseUrl, { name: this.bench.name, data: this.bench.scenario() });
		try {
			await navigator.clipboard.writeText(url);
			this.toast = {
				message: 'Link copied: it carries the whole scenario, nothing is uploaded.',
				kind: 'info',
			};
		} catch {
			this.toast = { message: 'Link ready below: copy it by hand.', kind: 'info' };
		}
		return url;
	}

	dismiss() {
		this.toast = null;
	}
}
