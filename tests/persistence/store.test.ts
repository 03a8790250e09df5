import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { createScenarioStore, isQuotaError } from '../../src/persistence/store';
import { defaultScenario, SCHEMA_VERSION } from '../../src/persistence/scenario';
import { v1StoredRecord } from '../fixtures/oldScenarios';

let n = 0;
/** A fresh database, a clock that ticks 1 ms per call and sequential ids: every run is deterministic. */
function fresh(store: UseStore = createStore(`test-${++n}`, 'scenarios')) {
	let t = 1_000;
	let id = 0;
	return {
		store,
		repo: createScenarioStore({ store, now: () => ++t, newId: () => `id-${++id}` }),
	};
}

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
	if (!r.ok) throw new Error(r.message);
	return r.value;
}

/** A store whose writes fail like a full disk (put throws QuotaExceededError); reads work. */
function fullDisk(store: UseStore): UseStore {
	return (mode, callback) =>
		store(mode, (os) =>
			callback(
				new Proxy(os, {
					get(target, prop) {
						if (prop === 'put' || prop === 'add')
							return () => {
								throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
							};
						const value = Reflect.get(target, prop, target);
						return typeof value === 'function' ? value.bind(target) : value;
					},
				}),
			),
		);
}

describe('scenario store', () => {
	it('saves, lists most recent first, renames, duplicates, deletes and restores with undo', async () => {
		const { repo } = fresh();
		const a = ok(await repo.save({ name: 'A', data: defaultScenario() }));
		const b = ok(await repo.save({ name: 'B', data: defaultScenario() }));
		expect(a).toMatchObject({ id: 'id-1', name: 'A', schemaVersion: SCHEMA_VERSION });
		expect(ok(await repo.list()).records.map((r) => r.name)).toEqual(['B', 'A']);

		const renamed = ok(await repo.rename(a.id, '  A renamed  '));
		expect(renamed.name).toBe('A renamed');
		expect(renamed.updatedAt).toBeGreaterThan(a.updatedAt);
		expect(ok(await repo.load(a.id)).name).toBe('A renamed');
		expect(ok(await repo.list()).records.map((r) => r.name)).toEqual(['A renamed', 'B']);

		const copy = ok(await repo.duplicate(b.id));
		expect([copy.name, copy.id === b.id]).toEqual(['B (copy)', false]);
		expect(copy.data).toEqual(b.data);

		const removed = ok(await repo.remove(b.id));
		expect(removed?.name).toBe('B');
		expect(await repo.load(b.id)).toMatchObject({ ok: false, reason: 'missing' });
		ok(await repo.restore(removed!));
		expect(ok(await repo.load(b.id))).toEqual(b);
		expect(ok(await repo.list()).records).toHaveLength(3);
	});

	it('overwrites by id, keeping the date strictly increasing', async () => {
		const { repo } = fresh();
		const first = ok(await repo.save({ name: 'X', data: defaultScenario() }));
		const data = { ...defaultScenario(), mcSeed: 9 };
		const second = ok(await repo.save({ id: first.id, name: 'X', data }));
		expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
		expect(ok(await repo.load(first.id)).data.mcSeed).toBe(9);
		expect(ok(await repo.list()).records).toHaveLength(1);
	});

	it('refuses to write NaN, Infinity or an empty name, and stores nothing', async () => {
		const { store, repo } = fresh();
		const s = defaultScenario();
		const nan = await repo.save({ name: 'Bad', data: { ...s, market: { ...s.market, vix: NaN } } });
		expect(nan).toMatchObject({
			ok: false,
			reason: 'invalid',
			message: expect.stringMatching(/market\.vix/),
		});
		const inf = await repo.save({ name: 'Bad', data: { ...s, mcSeed: Infinity } });
		expect(inf).toMatchObject({ ok: false, reason: 'invalid' });
		expect(await repo.save({ name: '  ', data: s })).toMatchObject({
			ok: false,
			message: /name: must not be empty/,
		});
		expect(await get('scenario:id-1', store)).toBeUndefined();
	});

	it('rename of a missing scenario says so and writes nothing', async () => {
		const { store, repo } = fresh();
		expect(await repo.rename('nope', 'X')).toMatchObject({ ok: false, reason: 'missing' });
		expect(await get('scenario:nope', store)).toBeUndefined();
		expect(await repo.duplicate('nope')).toMatchObject({ ok: false, reason: 'missing' });
		expect(await repo.remove('nope')).toEqual({ ok: true, value: null });
	});

	it('lists damaged or hostile records apart instead of trusting them, and migrates old ones', async () => {
		const { store, repo } = fresh();
		ok(await repo.save({ name: 'Good', data: defaultScenario() }));
		await set(
			'scenario:bad',
			{ id: 'bad', updatedAt: 1, schemaVersion: SCHEMA_VERSION, name: 'x', data: { vix: 'NaN' } },
			store,
		);
		await set('scenario:evil', JSON.parse('{"__proto__":{"x":1},"schemaVersion":2}'), store);
		await set('scenario:old-1', v1StoredRecord, store);
		await set('unrelated', 42, store);
		const { records, damaged } = ok(await repo.list());
		// The old record's date (2026) is later than the test clock's.
		expect(records.map((r) => [r.id, r.name])).toEqual([
			['old-1', 'Calm January'],
			['id-1', 'Good'],
		]);
		expect(damaged.map((d) => d.id).sort()).toEqual(['bad', 'evil']);
		expect(damaged.find((d) => d.id === 'bad')?.message).toMatch(/data|market/);
		expect(ok(await repo.load('old-1')).data.mcSeed).toBe(42);
		expect(await repo.load('bad')).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('keeps the draft across store instances (a reload), and clears it', async () => {
		const { store, repo } = fresh();
		expect(ok(await repo.loadDraft())).toBeNull();
		const data = { ...defaultScenario(), mcSeed: 77 };
		ok(await repo.saveDraft({ name: 'Working', data }));
		const reloaded = fresh(store).repo;
		expect(ok(await reloaded.loadDraft())).toEqual({ schemaVersion: SCHEMA_VERSION, name: 'Working', data });
		expect(ok(await reloaded.list()).records).toEqual([]); // the draft is not a saved scenario
		ok(await reloaded.clearDraft());
		expect(ok(await repo.loadDraft())).toBeNull();
	});

	it('takes the newer of the IndexedDB draft and the last-chance copy kept synchronously on leaving', async () => {
		const memory = new Map<string, string>();
		const backup = {
			getItem: (k: string) => memory.get(k) ?? null,
			setItem: (k: string, v: string) => void memory.set(k, v),
			removeItem: (k: string) => void memory.delete(k),
		};
		const store = createStore(`test-${++n}`, 'scenarios');
		let t = 1_000;
		const repo = createScenarioStore({ store, now: () => ++t, backup });
		ok(await repo.saveDraft({ name: 'Written', data: defaultScenario() }));
		ok(repo.saveDraftNow({ name: 'Left in a hurry', data: { ...defaultScenario(), mcSeed: 9 } }));
		const reloaded = createScenarioStore({ store, backup });
		expect(ok(await reloaded.loadDraft())).toMatchObject({ name: 'Left in a hurry', data: { mcSeed: 9 } });
		// The next asynchronous write supersedes the copy and removes it.
		ok(await repo.saveDraft({ name: 'Written again', data: defaultScenario() }));
		expect(memory.size).toBe(0);
		expect(ok(await reloaded.loadDraft())?.name).toBe('Written again');
		// A damaged or hostile copy is ignored, never trusted.
		memory.set('alvh-lab:draft', '{"__proto__":{"x":1},"name":"evil"}');
		expect(ok(await reloaded.loadDraft())?.name).toBe('Written again');
		memory.set('alvh-lab:draft', 'not json');
		expect(ok(await reloaded.loadDraft())?.name).toBe('Written again');
	});

	it('keeps an unfinished draft the engine would refuse (no futures yet)', async () => {
		const { repo } = fresh();
		const s = defaultScenario();
		ok(await repo.saveDraft({ name: '', data: { ...s, market: { ...s.market, futures: [] } } }));
		expect(ok(await repo.loadDraft())?.name).toBe('Draft');
	});

	it('reports a full quota and leaves the stored record intact', async () => {
		const { store, repo } = fresh();
		const kept = ok(await repo.save({ name: 'Kept', data: defaultScenario() }));
		const full = fresh(fullDisk(store)).repo;

		const overwrite = await full.save({
			id: kept.id,
			name: 'Too big',
			data: { ...defaultScenario(), mcSeed: 5 },
		});
		expect(overwrite).toEqual({
			ok: false,
			reason: 'quota',
			message: expect.stringMatching(/Storage is full, so nothing was saved and nothing stored was changed/),
		});
		expect(await full.save({ name: 'New', data: defaultScenario() })).toMatchObject({ reason: 'quota' });
		expect(await full.rename(kept.id, 'Renamed')).toMatchObject({ reason: 'quota' });
		expect(await full.saveDraft({ name: 'D', data: defaultScenario() })).toMatchObject({ reason: 'quota' });
		expect(await full.restore(kept)).toMatchObject({ reason: 'quota' });

		expect(ok(await repo.load(kept.id))).toEqual(kept);
		expect(ok(await repo.list()).records).toEqual([kept]);
	});

	it('reports storage that cannot be opened at all, without throwing', async () => {
		const broken: UseStore = () => Promise.reject(new Error('IndexedDB is disabled'));
		const repo = createScenarioStore({ store: broken });
		for (const r of [
			await repo.list(),
			await repo.load('x'),
			await repo.save({ name: 'X', data: defaultScenario() }),
			await repo.loadDraft(),
			await repo.remove('x'),
		])
			expect(r).toMatchObject({
				ok: false,
				reason: 'unavailable',
				message: expect.stringMatching(/IndexedDB is disabled/),
			});
	});

	it('isQuotaError(e) recognises every browser spelling', () => {
		const cases: [unknown, boolean][] = [
			[new DOMException('x', 'QuotaExceededError'), true],
			[{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
			[{ code: 22 }, true],
			[new Error('QuotaExceededError'), false],
			[null, false],
			['QuotaExceededError', false],
		];
		for (const [e, want] of cases) expect(isQuotaError(e)).toBe(want);
	});
});
