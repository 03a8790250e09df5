// The library across tabs. A save tells the other tabs (over the tab channel), which update their lists; a tab that
// has the saved scenario open takes the new version when it has no edits of its own, adopts a rename when only the
// name changed, and otherwise keeps its edits and says so — its next save is then refused by the store as a conflict.
// A conflict keeps both versions (theirs stored, mine in the workbench and this tab's draft) until the user picks:
// keep mine (write it over theirs), keep theirs (open it; mine stays restorable with Undo) or save mine as a copy.
import type { FromTab, ScenarioRecord } from '../persistence';
import type { Library } from './library.svelte';
import { quoted } from './notices.svelte';

export interface Conflict {
	/** The record both versions belong to. */
	id: string;
	/** The stored version, or null when the other tab deleted it. */
	theirs: ScenarioRecord | null;
	message: string;
}

export type ConflictChoice = 'mine' | 'theirs' | 'copy';

const CONFLICT = 'conflict';

export class LibraryTabs {
	conflict = $state.raw<Conflict | null>(null);

	constructor(readonly library: Library) {}

	get #tab() {
		return this.library.session.tab;
	}

	announce(record: ScenarioRecord, renamed: boolean) {
		this.#tab?.post({ type: 'saved', id: record.id, revision: record.revision, renamed });
	}

	announceDeleted(id: string) {
		this.#tab?.post({ type: 'deleted', id });
	}

	/** Starts following other tabs' saves and deletes; returns the teardown. */
	listen(): () => void {
		return this.#tab?.listen((m) => void this.#onMessage(m)) ?? (() => {});
	}

	offerConflict(id: string, theirs: ScenarioRecord | null, message: string) {
		this.conflict = { id, theirs, message };
		this.library.notices.dismissKey(`changed:${id}`);
		const choices: [string, ConflictChoice][] = theirs
			? [
					['Keep mine', 'mine'],
					['Keep theirs', 'theirs'],
					['Save mine as a copy', 'copy'],
				]
			: [
					['Save it again', 'mine'],
					['Leave it deleted', 'theirs'],
					['Save as a copy', 'copy'],
				];
		this.library.notices.push({
			key: CONFLICT,
			kind: 'error',
			message: `Not saved: ${message}`,
			actions: choices.map(([label, choice]) => ({ label, run: () => this.resolve(choice) })),
		});
	}

	/** Settles the conflict the way the user chose. */
	async resolve(choice: ConflictChoice) {
		const c = this.conflict;
		if (!c) return;
		const { bench, session, store, notices } = this.library;
		this.conflict = null;
		notices.dismissKey(CONFLICT);
		if (choice === 'theirs') {
			if (c.theirs) {
				const t = c.theirs;
				await session.replace(
					{ name: t.name, data: t.data, savedId: t.id, revision: t.revision },
					`Opened the version saved in the other tab.`,
				);
			} else {
				bench.savedId = null;
				session.setBase(null);
				notices.info('Left it deleted; your version stays open here, unsaved.');
			}
			return;
		}
		const copy = choice === 'copy';
		const r = await store.save({
			id: copy ? undefined : c.id,
			name: copy ? `${bench.name.slice(0, 113)} (copy)` : bench.name,
			data: bench.scenario(),
			force: !copy,
		});
		if (!r.ok) {
			notices.error(r.message);
			return;
		}
		if (copy) bench.name = r.value.name;
		await this.library.saved(
			r.value,
			copy
				? `Saved your version as ${quoted(r.value.name)}.`
				: `Saved ${quoted(r.value.name)} over the other version.`,
		);
	}

	async #onMessage(m: FromTab) {
		if (m.type !== 'saved' && m.type !== 'deleted') return;
		const { bench, session, store, notices } = this.library;
		if (m.type === 'deleted') {
			this.library.upsert(m.id, null);
			if (bench.savedId === m.id)
				notices.push({
					key: `changed:${m.id}`,
					kind: 'warn',
					message: `${quoted(bench.name)} was deleted in another tab. It stays open here; saving asks whether to keep it.`,
				});
			return;
		}
		const entry = await store.entry(m.id);
		if (entry.ok) this.library.upsert(m.id, entry.value);
		const base = session.base;
		if (bench.savedId !== m.id || !base || base.savedId !== m.id || base.revision === m.revision) return;
		if (!session.isUnsaved()) {
			const r = await store.load(m.id);
			if (!r.ok) return;
			const { record } = r.value;
			bench.load(record.data, record.name, record.id);
			session.setBase(session.baseOf({ ...record, savedId: record.id }));
			notices.info(`${quoted(record.name)} was updated in another tab; this tab shows the new version.`);
		} else if (m.renamed && entry.ok && entry.value && base.revision === m.revision - 1) {
			if (bench.name === base.name) bench.name = entry.value.name;
			session.setBase({ ...base, name: entry.value.name, revision: m.revision });
		} else
			notices.push({
				key: `changed:${m.id}`,
				kind: 'warn',
				message: `${quoted(bench.name)} was changed in another tab. Your edits here are kept; saving asks which version to keep.`,
			});
	}
}
