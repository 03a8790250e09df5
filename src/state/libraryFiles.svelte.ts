// The library's files and links: export of the working scenario or of every saved one, import of either (one
// scenario is saved and opened with undo; a library file's scenarios are saved, each checked on its own), share links,
// and the export of a damaged record as it is stored.
import {
	dataDigest,
	downloadBlob,
	exportFile,
	exportLibraryFile,
	importAnyFile,
	indexEntryOf,
	shareUrl,
	type Scenario,
} from '../persistence';
import type { Library } from './library.svelte';
import { quoted } from './notices.svelte';

export class LibraryFiles {
	constructor(readonly library: Library) {}

	#fail(message: string) {
		this.library.notices.error(message);
	}

	export() {
		const { blob, fileName } = exportFile({
			name: this.library.bench.name,
			data: this.library.bench.scenario(),
		});
		downloadBlob(blob, fileName);
	}

	/**
	 * Imports a file. One scenario is saved to this device as a new one and opened in place of the working one (with
	 * undo); a library file's scenarios are saved, each checked on its own.
	 */
	async import(file: Blob) {
		const imported = await importAnyFile(file);
		if (!imported.ok) return this.#fail(`Nothing was imported: ${imported.message}`);
		const { scenarios, refused } = imported;
		if (scenarios.length === 1 && refused.length === 0) return this.#importOne(scenarios[0]);
		let saved = 0;
		for (const s of scenarios) {
			const r = await this.library.store.save({ name: s.value.name, data: s.value.data });
			if (!r.ok) return this.#fail(`Imported ${saved} of ${scenarios.length}, then stopped: ${r.message}`);
			saved++;
			this.library.upsert(r.value.id, indexEntryOf(r.value, r.value.data.lab.result !== null));
			this.library.tabs.announce(r.value, false);
		}
		const why = refused.slice(0, 2).map((x) => `#${x.index + 1}: ${x.message}`);
		this.library.notices.push({
			kind: refused.length ? 'warn' : 'info',
			message: `Imported ${saved} scenario${saved === 1 ? '' : 's'} into Saved.${refused.length ? ` ${refused.length} refused — ${why.join(' ')}` : ''}`,
		});
		void this.library.updateStatus();
	}

	async #importOne(parsed: { value: { name: string; data: Scenario }; notes: string[] }) {
		const { name, data } = parsed.value;
		// The same scenario saved already (a file exported from here) is opened, not saved twice.
		const digest = dataDigest(data);
		const same = this.library.entries.find((e) => e.name === name.trim() && e.digest === digest);
		const loaded = same ? await this.library.store.load(same.id) : null;
		const stored = loaded?.ok
			? { ok: true as const, value: loaded.value.record }
			: await this.library.store.save({ name, data });
		const notes = [...parsed.notes, ...(stored.ok ? [] : [`It is open but not saved: ${stored.message}`])];
		const next = stored.ok
			? { name, data: stored.value.data, savedId: stored.value.id, revision: stored.value.revision }
			: { name, data, savedId: null, revision: null };
		const what = loaded?.ok ? ' (already saved)' : stored.ok ? ' and saved it' : '';
		await this.library.session.replace(next, [`Imported ${quoted(name)}${what}.`, ...notes].join(' '), {
			trusted: stored.ok,
			kind: notes.length ? 'warn' : 'info',
		});
		if (stored.ok && !loaded?.ok) {
			this.library.upsert(stored.value.id, indexEntryOf(stored.value, data.lab.result !== null));
			this.library.tabs.announce(stored.value, false);
			void this.library.updateStatus();
		}
	}

	/** Downloads every saved scenario as one library file. */
	async exportAll() {
		const items: { name: string; data: Scenario }[] = [];
		for (const e of this.library.entries) {
			const r = await this.library.store.load(e.id);
			if (r.ok) items.push({ name: r.value.record.name, data: r.value.record.data });
		}
		const { blob, fileName } = exportLibraryFile(items);
		downloadBlob(blob, fileName);
	}

	/** A link that opens the working scenario; copied to the clipboard where allowed. */
	async shareLink(baseUrl: string): Promise<string> {
		const url = await shareUrl(baseUrl, {
			name: this.library.bench.name,
			data: this.library.bench.scenario(),
		});
		try {
			await navigator.clipboard.writeText(url);
			this.library.notices.info('Link copied: it carries the whole scenario, nothing is uploaded.');
		} catch {
			this.library.notices.info('Link ready below: copy it by hand.');
		}
		return url;
	}

	/** Downloads a damaged record as it is stored. */
	async exportDamaged(id: string) {
		const r = await this.library.store.raw(id);
		if (!r.ok) return this.#fail(r.message);
		downloadBlob(
			new Blob([JSON.stringify(r.value, null, 2)], { type: 'application/json' }),
			`alvh-damaged-${id.slice(0, 40)}.json`,
		);
	}
}
