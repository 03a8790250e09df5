// Per-tab drafts on fake IndexedDB with an in-memory Web Storage: no tab writes over another's, a failing IndexedDB
// falls back to Web Storage and is read back from there, and a draft this version cannot read is kept as it is.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { createDraftStore, type Backup } from '../../src/persistence/drafts';
import type { Draft } from '../../src/persistence/draftRecord';
import { defaultScenario, SCHEMA_VERSION } from '../../src/persistence/scenario';
import { withLab } from '../fixtures/labResult';

let n = 0;

function memoryBackup(): Backup & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		},
	};
}

function fresh(store: UseStore = createStore(`drafts-${++n}`, 'scenarios'), backup = memoryBackup()) {
	let t = 1_000;
	return { store, backup, drafts: createDraftStore({ store, backup, now: () => ++t }) };
}

const draft = (tab: string, name: string, at: number, mcSeed = 1): Draft => ({
	tab,
	updatedAt: at,
	unsaved: true,
	base: null,
	name,
	data: { ...defaultScenario(), mcSeed },
});

const broken: UseStore = () => Promise.reject(new Error('IndexedDB is disabled'));

describe('drafts', () => {
	it('keeps one draft per tab: two tabs never overwrite each other', async () => {
		const { drafts, store, backup } = fresh();
		expect((await drafts.save(draft('A', 'Tab A', 10, 7))).ok).toBe(true);
		expect((await drafts.save(draft('B', 'Tab B', 11, 8))).ok).toBe(true);
		const again = fresh(store, backup).drafts; // a reload
		expect((await again.load('A')).draft).toMatchObject({ name: 'Tab A', data: { mcSeed: 7 } });
		expect((await again.load('B')).draft).toMatchObject({ name: 'Tab B', data: { mcSeed: 8 } });
		expect((await again.all()).drafts.map((d) => d.tab)).toEqual(['B', 'A']);
		await again.remove('A');
		expect((await again.load('A')).draft).toBeNull();
	});

	it('keeps a draft with its lab result, and an unfinished one the engine would refuse', async () => {
		const { drafts } = fresh();
		const s = withLab(defaultScenario());
		await drafts.save({ ...draft('A', 'Lab', 5), data: s });
		expect((await drafts.load('A')).draft?.data).toEqual(s);
		const unfinished = { ...s, market: { ...s.market, futures: [] } };
		expect((await drafts.save({ ...draft('A', 'No futures', 6), data: unfinished })).ok).toBe(true);
	});

	it('falls back to Web Storage when IndexedDB fails, and reads it back after a reload', async () => {
		const backup = memoryBackup();
		const failing = fresh(broken, backup).drafts;
		expect(await failing.save(draft('A', 'Edited offline', 10, 42))).toEqual({ ok: true, value: 'fallback' });
		const reloaded = await fresh(broken, backup).drafts.load('A');
		expect(reloaded.draft).toMatchObject({ name: 'Edited offline', data: { mcSeed: 42 } });
		expect(reloaded.failure?.message).toMatch(/IndexedDB is disabled/);
		expect((await fresh(broken, backup).drafts.all()).drafts.map((d) => d.name)).toEqual(['Edited offline']);
	});

	it('takes the newer of the IndexedDB draft and the copy written on leaving; ignores a hostile copy', async () => {
		const { drafts, backup } = fresh();
		await drafts.save(draft('A', 'Written', 10));
		drafts.saveNow(draft('A', 'Left in a hurry', 20, 9));
		expect((await drafts.load('A')).draft).toMatchObject({ name: 'Left in a hurry', data: { mcSeed: 9 } });
		await drafts.save(draft('A', 'Written again', 30));
		expect(backup.map.size).toBe(0);
		backup.map.set('alvh-lab:draft:A', '{"__proto__":{"x":1},"name":"evil"}');
		const r = await drafts.load('A');
		expect(r.draft?.name).toBe('Written again');
		expect(r.unreadable?.message).toMatch(/values no draft may hold/);
	});

	it('keeps a newer version’s draft untouched: reported, moved aside, never written over', async () => {
		const { drafts, store } = fresh();
		const newer = {
			tab: 'A',
			updatedAt: 5,
			unsaved: true,
			base: null,
			scenario: { schemaVersion: 99, name: 'From the future', data: { whatever: true } },
		};
		await set('draft:A', newer, store);
		const r = await drafts.load('A');
		expect(r.draft).toBeNull();
		expect(r.unreadable).toMatchObject({ key: 'draft:A', name: 'From the future', raw: newer });
		expect(r.unreadable?.message).toMatch(/newer version of ALVH Lab \(schema 99/);
		expect((await drafts.keepAside(r.unreadable!)).ok).toBe(true);
		await drafts.save(draft('A', 'Mine now', 10));
		const [aside] = await drafts.asides();
		expect(aside.raw).toEqual(newer);
		expect(await get(aside.key, store)).toEqual(newer);
		await drafts.removeUnreadable(aside);
		expect(await drafts.asides()).toEqual([]);
	});

	it('reads the single draft of older versions as a closed tab’s unsaved work', async () => {
		const { drafts, store } = fresh();
		await set(
			'draft',
			{
				schemaVersion: SCHEMA_VERSION,
				id: 'draft',
				updatedAt: 7,
				name: 'Old draft',
				data: defaultScenario(),
			},
			store,
		);
		const all = await drafts.all();
		expect(all.drafts).toMatchObject([{ tab: 'legacy', name: 'Old draft', unsaved: true, base: null }]);
		await drafts.remove('legacy');
		expect(await get('draft', store)).toBeUndefined();
	});
});
