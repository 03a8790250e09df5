// The library against a real scenario store on fake IndexedDB: links, save/open, delete with undo, imports.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { Library } from '../../src/state/library.svelte';
import { Workbench } from '../../src/state/workbench.svelte';
import { createScenarioStore, defaultScenario, encodeShareFragment } from '../../src/persistence';

let n = 0;
function fresh() {
	const bench = new Workbench();
	const store = createScenarioStore({ store: createStore(`library-${++n}`, 'scenarios'), backup: null });
	return { bench, library: new Library(bench, store) };
}

describe('Library', () => {
	it('opens a share link from location.hash (with its #) and clears the fragment', async () => {
		const { bench, library } = fresh();
		const data = { ...defaultScenario(), mcSeed: 99 };
		data.book.condorDteDays = 30;
		const hash = await encodeShareFragment({ name: 'Shared', data });
		let cleared = 0;
		expect(await library.openLink(hash, () => cleared++)).toBe(true);
		expect([bench.name, bench.mcSeed, bench.book.condorDteDays, cleared]).toEqual(['Shared', 99, 30, 1]);
		expect(library.toast?.message).toMatch(/Opened the shared scenario “Shared”/);
	});

	it('refuses a damaged link with a message and changes nothing; ignores a fragment that is not a link', async () => {
		const { bench, library } = fresh();
		bench.name = 'Mine';
		expect(await library.openLink('#s=z.AAAA', () => {})).toBe(true);
		expect(library.toast).toMatchObject({ kind: 'error' });
		expect(bench.name).toBe('Mine');
		expect(await library.openLink('#section-2', () => {})).toBe(false);
	});

	it('saves, reopens, and undoes a delete', async () => {
		const { bench, library } = fresh();
		bench.name = 'Kept';
		bench.mcSeed = 5;
		await library.save();
		expect(library.records.map((r) => r.name)).toEqual(['Kept']);
		const id = bench.savedId!;
		bench.mcSeed = 6;
		await library.open(id);
		expect(bench.mcSeed).toBe(5);
		await library.remove(id);
		expect(library.records).toEqual([]);
		expect(bench.savedId).toBeNull();
		library.toast!.action!.run();
		await new Promise((r) => setTimeout(r, 50));
		expect(library.records.map((r) => r.name)).toEqual(['Kept']);
	});

	it('does not save while a field is invalid, and an import that fails changes nothing', async () => {
		const { bench, library } = fresh();
		bench.market.vix = 0;
		await library.save();
		expect(library.toast?.message).toMatch(/Fix the fields marked in red/);
		expect(library.records).toEqual([]);
		bench.market.vix = 14.49;
		bench.name = 'Before';
		await library.import(new Blob(['{"__proto__":{"x":1},"schemaVersion":3,"name":"x","data":{}}']));
		expect(library.toast?.message).toMatch(/Nothing was imported/);
		expect(bench.name).toBe('Before');
	});
});
