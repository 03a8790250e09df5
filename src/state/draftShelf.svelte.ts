// The drafts this tab does not own: unsaved work that closed tabs (or replaced scenarios) left, the newest of which a
// fresh tab offers to open, and drafts this version cannot read (a newer version's, or damaged), kept as they are
// for export. A closed tab's draft with nothing unsaved is removed: everything in it is saved elsewhere.
import { downloadBlob, type Draft, type UnreadableDraft } from '../persistence';
import type { WorkSession } from './session.svelte';
import { quoted } from './notices.svelte';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export class DraftShelf {
	/** Drafts with unsaved work left by tabs that are closed, newest first. */
	orphans = $state.raw<Draft[]>([]);
	/** Drafts this version cannot read, kept as they are. */
	unreadable = $state.raw<UnreadableDraft[]>([]);

	constructor(readonly session: WorkSession) {}

	/** Offers the newest unsaved draft of a closed tab (on a fresh start). */
	offerNewest() {
		const newest = this.orphans[0];
		if (!newest) return;
		const when = WHEN.format(newest.updatedAt);
		this.session.notices.push({
			key: 'offer',
			kind: 'info',
			message: `Unsaved work from an earlier visit: ${quoted(newest.name)} (last edited ${when}).`,
			actions: [{ label: 'Open it', run: () => this.adopt(newest) }],
		});
	}

	/** Lists the drafts of closed tabs and the ones that cannot be read. */
	async refresh() {
		const [all, asides, open] = await Promise.all([
			this.session.drafts.all(),
			this.session.drafts.asides(),
			this.session.tab?.openTabs() ?? Promise.resolve(null),
		]);
		const closed = all.drafts.filter((d) => d.tab !== this.session.tab?.id && !(open?.has(d.tab) ?? false));
		// A closed tab's draft without unsaved work holds nothing that is not saved elsewhere.
		for (const d of closed) if (!d.unsaved) void this.session.drafts.remove(d.tab);
		this.orphans = closed.filter((d) => d.unsaved);
		this.unreadable = [...asides, ...all.unreadable];
	}

	/** Opens a closed tab's draft here; that draft is removed once this tab's holds the work. */
	async adopt(d: Draft) {
		this.session.notices.dismissKey('offer');
		await this.session.replace(
			{ name: d.name, data: d.data, savedId: d.base?.savedId ?? null, revision: d.base?.revision ?? null },
			`Opened the unsaved ${quoted(d.name)}.`,
		);
		this.session.base = d.base;
		this.session.unsaved = d.unsaved;
		await this.session.keepDraft();
		await this.session.drafts.remove(d.tab);
		await this.refresh();
	}

	async discard(d: Draft) {
		await this.session.drafts.remove(d.tab);
		await this.refresh();
	}

	async removeUnreadable(u: UnreadableDraft) {
		await this.session.drafts.removeUnreadable(u);
		await this.refresh();
	}

	/** Tells the user about a draft that cannot be read, with a way to export it as it is. */
	report(u: UnreadableDraft) {
		this.session.notices.push({
			key: 'unreadable',
			kind: 'warn',
			message: `A draft${u.name ? ` (${quoted(u.name)})` : ''} could not be opened: ${u.message} It is kept untouched (also under Saved); export it, or open it in the version that wrote it.`,
			actions: [{ label: 'Export it', run: () => this.export(u), keep: true }],
		});
	}

	/** Downloads an unreadable draft exactly as it is stored. */
	export(u: UnreadableDraft) {
		const slug = u.key.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
		const text = JSON.stringify(u.raw, null, 2);
		downloadBlob(new Blob([text], { type: 'application/json' }), `alvh-kept-${slug}.json`);
	}
}
