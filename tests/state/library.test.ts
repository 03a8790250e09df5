// The library against real stores on fake IndexedDB, with tabs as separate Library instances sharing the database,
// the Web Storage fallback and a BroadcastChannel: links, imports and opens with undo, delete with undo, two tabs
// saving the same scenario, drafts per tab, and storage failures.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { Library } from '../../src/state/library.svelte';
import { Notices } from '../../src/state/notices.svelte';
import { WorkSession } from '../../src/state/session.svelte';
import { Workbench } from '../../src/state/workbench.svelte';
import {
	createDraftStore,
	createScenarioStore,
	defaultScenario,
	encodeShareFragment,
	exportText,
	openTabLink,
	type Backup,
} from '../../src/persistence';

let n = 0;
const teardowns: (() => void)[] = [];
afterEach(() => teardowns.splice(0).forEach((t) => t()));

const until = async (test: () => boolean, what: string) => {
	for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 5));
	if (!test()) throw new Error(`timed out waiting for ${what}`);
};

function memory(): Backup {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		},
	};
}

/** One device: a database, a Web Storage and a channel that its tabs share. */
function device(idb: UseStore = createStore(`library-${++n}`, 'scenarios')) {
	const backup = memory();
	const channel = `library-test-${n}`;
	/** A tab; pass the session storage of an earlier one to reload it. */
	async function tab(sessionStore = memory(), hash = '') {
		const bench = new Workbench();
		const notices = new Notices();
		const session = new WorkSession(bench, {
			drafts: createDraftStore({ store: idb, backup }),
			openTab: () => openTabLink({ channel, session: sessionStore }),
			notices,
			autosaveDelayMs: 5,
		});
		const library = new Library(bench, { store: createScenarioStore({ store: idb }), session, notices });
		const stop = await library.start({ hash, clearHash: () => {} });
		teardowns.push(stop);
		return { bench, notices, library, session, sessionStore, stop };
	}
	return { idb, backup, tab };
}

/** Runs the named action of the newest notice that has it. */
async function press(notices: Notices, label: string) {
	const notice = [...notices.items].reverse().find((x) => x.actions.some((a) => a.label === label));
	if (!notice)
		throw new Error(`no notice offers “${label}”: ${notices.items.map((x) => x.message).join(' | ')}`);
	await notices.act(
		notice,
		notice.actions.find((a) => a.label === label)!,
	);
}

const message = (notices: Notices) => notices.latest()?.message ?? '';

describe('Library', () => {
	it('opens a share link over unsaved work, keeps that work, and Undo brings it back', async () => {
		const { tab } = device();
		const t = await tab();
		t.bench.name = 'My edits';
		t.bench.mcSeed = 77;
		const data = { ...defaultScenario(), mcSeed: 99 };
		expect(await t.library.openLink(await encodeShareFragment({ name: 'Shared', data }), () => {})).toBe(
			true,
		);
		expect([t.bench.name, t.bench.mcSeed]).toEqual(['Shared', 99]);
		expect(message(t.notices)).toMatch(
			/Opened the shared scenario “Shared”\. Your unsaved “My edits” is kept/,
		);
		expect(t.session.shelf.orphans.map((d) => d.name)).toEqual(['My edits']);
		await press(t.notices, 'Undo');
		expect([t.bench.name, t.bench.mcSeed]).toEqual(['My edits', 77]);
		expect(t.session.shelf.orphans).toEqual([]);
	});

	it('refuses a damaged link or one with repeated ids, changing nothing', async () => {
		const { tab } = device();
		const t = await tab();
		t.bench.name = 'Mine';
		expect(await t.library.openLink('#s=z.AAAA', () => {})).toBe(true);
		expect(t.notices.latest()?.kind).toBe('error');
		const data = defaultScenario();
		data.book.ladder.layers[1].id = 'near';
		await t.library.openLink(await encodeShareFragment({ name: 'Twice', data }), () => {});
		expect(message(t.notices)).toMatch(/not opened: .*expected each layer id once/);
		expect(t.bench.name).toBe('Mine');
		expect(await t.library.openLink('#section-2', () => {})).toBe(false);
	});

	it('saves, reopens, and undoes a delete', async () => {
		const { tab } = device();
		const t = await tab();
		t.bench.name = 'Precious';
		t.bench.mcSeed = 5;
		await t.library.save();
		expect(t.library.entries.map((r) => r.name)).toEqual(['Precious']);
		const id = t.bench.savedId!;
		await t.library.remove(id);
		expect([t.library.entries, t.bench.savedId]).toEqual([[], null]);
		await press(t.notices, 'Undo');
		expect(t.library.entries.map((r) => r.name)).toEqual(['Precious']);
		expect(t.bench.savedId).toBe(id); // the unchanged working copy is linked to it again
		expect((await t.library.store.load(id)).ok).toBe(true);
	});

	it('imports a file into the saved list and opens it, with undo; the same file twice is not saved twice', async () => {
		const { tab } = device();
		const t = await tab();
		t.bench.name = 'Before';
		t.bench.mcSeed = 3;
		const file = new Blob([exportText({ name: 'From a file', data: { ...defaultScenario(), mcSeed: 11 } })]);
		await t.library.files.import(file);
		expect([t.bench.name, t.bench.mcSeed, t.library.entries.map((e) => e.name)]).toEqual([
			'From a file',
			11,
			['From a file'],
		]);
		expect(message(t.notices)).toMatch(/Imported “From a file” and saved it/);
		await press(t.notices, 'Undo');
		expect([t.bench.name, t.bench.mcSeed]).toEqual(['Before', 3]);
		await t.library.files.import(file);
		expect(message(t.notices)).toMatch(/already saved/);
		expect(t.library.entries).toHaveLength(1);
	});

	it('does not save while a field is invalid; a bad import changes nothing', async () => {
		const { tab } = device();
		const t = await tab();
		t.bench.market.vix = 0;
		await t.library.save();
		expect(message(t.notices)).toMatch(/Fix the fields marked in red/);
		t.bench.market.vix = 14.49;
		t.bench.name = 'Before';
		await t.library.files.import(new Blob(['{"__proto__":{"x":1},"schemaVersion":3,"name":"x","data":{}}']));
		expect(message(t.notices)).toMatch(/Nothing was imported/);
		expect([t.bench.name, t.library.entries]).toEqual(['Before', []]);
	});

	it('two tabs saving the same scenario: the second is refused, both versions kept, and the user picks', async () => {
		const { tab } = device();
		const a = await tab();
		a.bench.name = 'Shared';
		await a.library.save();
		const b = await tab();
		await b.library.open(a.bench.savedId!);
		a.bench.market.spx = 7000;
		await a.library.save();
		b.bench.market.rate = 0.05;
		await b.library.save();
		expect(b.library.conflict?.theirs?.data.market.spx).toBe(7000);
		expect(b.bench.market.rate).toBe(0.05); // mine, still here
		expect(message(b.notices)).toMatch(/Not saved: “Shared” was changed in another tab/);
		// Keep theirs: tab B shows A's version; Undo brings B's edit back.
		await press(b.notices, 'Keep theirs');
		expect([b.bench.market.spx, b.bench.market.rate]).toEqual([7000, 0.036]);
		await press(b.notices, 'Undo');
		expect(b.bench.market.rate).toBe(0.05);
		// Saving again conflicts again (nothing was decided); save as a copy keeps both.
		await b.library.save();
		await press(b.notices, 'Save mine as a copy');
		const saved = await Promise.all(b.library.entries.map((e) => b.library.store.load(e.id)));
		const markets = saved.map((r) =>
			r.ok ? [r.value.record.name, r.value.record.data.market.spx, r.value.record.data.market.rate] : null,
		);
		expect(markets.sort()).toEqual(
			[
				['Shared', 7000, 0.036],
				['Shared (copy)', 6966.28, 0.05],
			].sort(),
		);
	});

	it('a tab without edits follows another tab’s save; a delete elsewhere is not undone by a stale save', async () => {
		const { tab } = device();
		const a = await tab();
		a.bench.name = 'Followed';
		await a.library.save();
		const b = await tab();
		await until(() => b.library.entries.length === 1, 'the list of tab B');
		await b.library.open(a.bench.savedId!);
		a.bench.mcSeed = 123;
		await a.library.save();
		await until(() => b.bench.mcSeed === 123, 'tab B to show the new version');
		expect(message(b.notices)).toMatch(/updated in another tab/);
		await a.library.remove(a.bench.savedId!);
		await until(() => b.library.entries.length === 0, 'tab B to drop the deleted scenario');
		b.bench.mcSeed = 5;
		await b.library.save();
		expect(b.library.conflict).toMatchObject({ theirs: null });
		expect(a.library.entries).toEqual([]);
		await press(b.notices, 'Save it again');
		await until(() => a.library.entries.length === 1, 'tab A to list the scenario saved again');
	});

	it('keeps a draft per tab: a reload restores its own; a fresh tab offers the newest a closed tab left', async () => {
		const { tab } = device();
		const a = await tab();
		a.bench.name = 'Tab A work';
		a.bench.mcSeed = 31;
		const b = await tab();
		b.bench.name = 'Tab B work';
		await a.session.keepDraft();
		await b.session.keepDraft();
		const reloaded = await tab(a.sessionStore);
		expect([reloaded.bench.name, reloaded.bench.mcSeed]).toEqual(['Tab A work', 31]);
		a.stop(); // tab A closes… (in a browser its lock goes with it; here every other draft counts as closed)
		const fresh = await tab();
		expect(fresh.bench.name).toBe('Untitled scenario');
		await until(() => fresh.notices.latest('offer') !== null, 'the offer');
		expect(message(fresh.notices)).toMatch(/Unsaved work from an earlier visit: “Tab (A|B) work”/);
		await press(fresh.notices, 'Open it');
		expect(fresh.bench.name).toMatch(/^Tab (A|B) work$/);
	});

	it('keeps a newer version’s draft untouched and says so', async () => {
		const { tab, idb } = device();
		const newer = {
			tab: 'x',
			updatedAt: 1,
			unsaved: true,
			base: null,
			scenario: { schemaVersion: 99, name: 'Future', data: {} },
		};
		await set('draft:future-tab', newer, idb);
		const t = await tab();
		await until(() => t.session.shelf.unreadable.length > 0, 'the unreadable draft to be listed');
		expect(t.notices.latest('unreadable')?.message).toMatch(/“Future”\) could not be opened/);
		expect(t.session.shelf.unreadable.map((u) => [u.name, u.message])).toEqual([
			['Future', expect.stringMatching(/newer version of ALVH Lab/)],
		]);
		t.bench.name = 'Edited';
		await t.session.keepDraft();
		expect(await get('draft:future-tab', idb)).toEqual(newer);
	});

	it('when IndexedDB fails, says so and keeps the draft in the fallback, read back after a reload', async () => {
		const broken: UseStore = () => Promise.reject(new Error('IndexedDB is disabled'));
		const { tab } = device(broken);
		const t = await tab();
		expect(t.notices.items.some((x) => /fallback/.test(x.message))).toBe(true);
		t.bench.name = 'Kept anyway';
		await t.session.keepDraft();
		const reloaded = await tab(t.sessionStore);
		expect(reloaded.bench.name).toBe('Kept anyway');
	});
});
