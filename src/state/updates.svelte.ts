// Applying an app update without losing work in any tab. When a new version is waiting, each tab's prompt says which
// tabs hold unsaved edits (asked over the tab channel). Reloading from one tab first has every tab write its draft,
// waits for their answers, then lets the new version take over and reloads only that tab; every other tab keeps
// running, says the app was updated, and reloads only when its user asks (its draft written first). A reload restores
// each tab's own draft.
import type { FromTab } from '../persistence';
import { quoted, type Notices } from './notices.svelte';
import type { WorkSession } from './session.svelte';

const KEY = 'update';
/** How long to wait for other tabs to confirm their drafts are written, ms. */
const WAIT_MS = 2000;

interface TabState {
	name: string;
	unsaved: boolean;
}

export class UpdateCoordinator {
	/** A new version is waiting. */
	waiting = $state(false);
	/** Other open tabs by id, as they last answered. */
	others = $state.raw<Record<string, TabState>>({});
	#initiated = false;
	/** Tabs that confirmed their drafts are written. */
	#confirmed: string[] = [];
	#onConfirm: (() => void) | null = null;

	constructor(
		readonly session: WorkSession,
		readonly notices: Notices,
		/**
		 * Lets the waiting version take over (the service worker's skip-waiting); false when none is waiting any more
		 * (another tab applied it), in which case this tab simply reloads.
		 */
		readonly apply: () => Promise<boolean>,
		readonly reloadPage: () => void = () => location.reload(),
	) {}

	/** Starts answering other tabs; returns the teardown. */
	listen(): () => void {
		return this.session.tab?.listen((m) => void this.#onMessage(m)) ?? (() => {});
	}

	/** A new version is waiting: ask who has edits, and prompt. */
	needRefresh() {
		this.waiting = true;
		this.session.tab?.post({ type: 'who' });
		this.#prompt();
	}

	/** The message of the prompt: which tabs hold unsaved edits. */
	message(): string {
		const mine = this.session.isUnsaved() ? [`this tab (${quoted(this.session.bench.name)})`] : [];
		const theirs = Object.values(this.others)
			.filter((t) => t.unsaved)
			.map((t) => `another tab (${quoted(t.name)})`);
		const edited = [...mine, ...theirs];
		if (edited.length === 0) return 'An update is ready. Reload to use it.';
		return (
			`An update is ready. Unsaved edits in ${edited.join(' and ')}: each tab saves its draft first, ` +
			'and only this tab reloads.'
		);
	}

	#prompt() {
		if (!this.waiting) return;
		this.notices.push({
			key: KEY,
			kind: 'info',
			message: this.message(),
			actions: [{ label: 'Reload', run: () => this.reload() }],
		});
	}

	/** Saves every tab's draft, applies the update, and reloads this tab (when the new version takes over). */
	async reload() {
		await this.session.keepDraft();
		const waitFor = Object.keys(this.others);
		if (waitFor.length > 0) {
			this.#confirmed = [];
			const confirmed = new Promise<void>((resolve) => {
				this.#onConfirm = () => waitFor.every((t) => this.#confirmed.includes(t)) && resolve();
				setTimeout(resolve, WAIT_MS);
			});
			this.session.tab?.post({ type: 'update-start' });
			await confirmed;
			this.#onConfirm = null;
		}
		this.#initiated = true;
		if (!(await this.apply())) this.reloadPage();
	}

	/** The new version has taken over this tab (because some tab applied it). */
	async controlled() {
		if (this.#initiated) return this.reloadPage();
		this.waiting = false;
		this.notices.push({
			key: KEY,
			kind: 'info',
			message: 'The app was updated in another tab. This tab keeps your work; reload it when you are ready.',
			actions: [
				{
					label: 'Reload',
					run: async () => {
						await this.session.keepDraft();
						this.reloadPage();
					},
				},
			],
		});
	}

	async #onMessage(m: FromTab) {
		const tab = this.session.tab;
		if (m.type === 'who')
			tab?.post({ type: 'here', name: this.session.bench.name, unsaved: this.session.isUnsaved() });
		else if (m.type === 'here') {
			this.others = { ...this.others, [m.from]: { name: m.name, unsaved: m.unsaved } };
			this.#prompt();
		} else if (m.type === 'update-start') {
			await this.session.keepDraft();
			tab?.post({ type: 'draft-kept' });
		} else if (m.type === 'draft-kept') {
			this.#confirmed.push(m.from);
			this.#onConfirm?.();
		}
	}
}
