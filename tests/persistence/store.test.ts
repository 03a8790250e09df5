import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { createScenarioStore, isQuotaError } from '../../src/persistence/store';
import { defaultScenario, SCHEMA_VERSION } from '../../src/persistence/scenario';
import { v1StoredRecord } from '../fixtures/oldScenarios';
import { labResultFor, withLab } from '../fixtures/labResult';

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
		expect(a).toMatchObject({ id: 'id-1', name: 'A', schemaVersion: SCHEMA_VERSION, revision: 1 });
		expect(ok(await repo.list()).entries.map((r) => r.name)).toEqual(['B', 'A']);

		const renamed = ok(await repo.rename(a.id, '  A renamed  '));
		expect([renamed.name, renamed.revision]).toEqual(['A renamed', 2]);
		expect(renamed.updatedAt).toBeGreaterThan(a.updatedAt);
		expect(ok(await repo.load(a.id)).record.name).toBe('A renamed');
		expect(ok(await repo.list()).entries.map((r) => r.name)).toEqual(['A renamed', 'B']);

		const copy = ok(await repo.duplicate(b.id));
		expect([copy.name, copy.id === b.id]).toEqual(['B (copy)', false]);
		expect(copy.data).toEqual(b.data);

		const removed = ok(await repo.remove(b.id));
		expect(removed?.name).toBe('B');
		expect(await repo.load(b.id)).toMatchObject({ ok: false, reason: 'missing' });
		const restored = ok(await repo.restore(removed!));
		expect([restored.id, restored.revision, restored.data]).toEqual([b.id, 2, b.data]);
		expect(ok(await repo.list()).entries).toHaveLength(3);
	});

	it('refuses a save based on an older revision, returning the stored version; force keeps mine', async () => {
		const { repo } = fresh();
		const first = ok(await repo.save({ name: 'X', data: defaultScenario() }));
		// Tab A saves on top of revision 1; tab B, still on revision 1, then tries to save.
		const a = ok(
			await repo.save({
				id: first.id,
				baseRevision: 1,
				name: 'X',
				data: { ...defaultScenario(), mcSeed: 7 },
			}),
		);
		expect(a.revision).toBe(2);
		const b = await repo.save({
			id: first.id,
			baseRevision: 1,
			name: 'X',
			data: { ...defaultScenario(), mcSeed: 8 },
		});
		expect(b).toMatchObject({ ok: false, reason: 'conflict', theirs: { revision: 2, data: { mcSeed: 7 } } });
		expect(ok(await repo.load(first.id)).record.data.mcSeed).toBe(7);
		// A rename is a new revision too: a save based on the one before it is refused.
		ok(await repo.rename(first.id, 'Y'));
		expect(
			await repo.save({ id: first.id, baseRevision: 2, name: 'Y', data: defaultScenario() }),
		).toMatchObject({
			reason: 'conflict',
		});
		const forced = ok(
			await repo.save({ id: first.id, force: true, name: 'Mine', data: { ...defaultScenario(), mcSeed: 8 } }),
		);
		expect([forced.revision, forced.data.mcSeed]).toEqual([4, 8]);
	});

	it('tombstones a delete: a stale save cannot bring it back unless forced; restore clears the tombstone', async () => {
		const { store, repo } = fresh();
		const x = ok(await repo.save({ name: 'X', data: defaultScenario() }));
		const removed = ok(await repo.remove(x.id))!;
		expect(await get(`tomb:${x.id}`, store)).toMatchObject({ id: x.id, revision: 1 });
		expect(await repo.save({ id: x.id, baseRevision: 1, name: 'X', data: defaultScenario() })).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: null,
		});
		expect(ok(await repo.list()).entries).toEqual([]);
		ok(await repo.restore(removed));
		expect(await get(`tomb:${x.id}`, store)).toBeUndefined();
		// Restoring after the id was saved again keeps both: the restored one gets a new id.
		const again = ok(await repo.restore(removed));
		expect(again.id).not.toBe(x.id);
		expect(ok(await repo.list()).entries).toHaveLength(2);
	});

	it('keeps a lab result apart from the list: listing and deleting never read it; loading joins it back', async () => {
		const { store, repo } = fresh();
		const data = withLab(defaultScenario());
		const saved = ok(await repo.save({ name: 'Lab', data }));
		expect((await get(`scenario:${saved.id}`, store)).data.lab.result).toBeNull();
		expect((await get(`lab:${saved.id}`, store)).result).toEqual(data.lab.result);
		expect(ok(await repo.list()).entries[0]).toMatchObject({ name: 'Lab', hasLab: true });
		expect(ok(await repo.load(saved.id)).record.data).toEqual(data);
		// A result that does not fit the record (another seed) is left out, with why.
		await set(`lab:${saved.id}`, { id: saved.id, result: { ...data.lab.result!, seed: 99 } }, store);
		const loaded = ok(await repo.load(saved.id));
		expect(loaded.record.data.lab.result).toBeNull();
		expect(loaded.notes[0]).toMatch(/another seed/);
		ok(await repo.remove(saved.id));
		expect((await keys(store)).sort()).toEqual([`tomb:${saved.id}`]);
	});

	it('overwrites by id, keeping the date strictly increasing', async () => {
		const { repo } = fresh();
		const first = ok(await repo.save({ name: 'X', data: defaultScenario() }));
		const data = { ...defaultScenario(), mcSeed: 9 };
		const second = ok(await repo.save({ id: first.id, baseRevision: first.revision, name: 'X', data }));
		expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
		expect(ok(await repo.load(first.id)).record.data.mcSeed).toBe(9);
		expect(ok(await repo.list()).entries).toHaveLength(1);
	});

	it('refuses to write NaN, Infinity, an empty name or a result with repeated ids, and stores nothing', async () => {
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
		const result = labResultFor(s);
		result.starts[0].policies[1].policyId = result.starts[0].policies[0].policyId;
		expect(await repo.save({ name: 'Twice', data: { ...s, lab: { ...s.lab, result } } })).toMatchObject({
			reason: 'invalid',
			message: /appears twice/,
		});
		expect(await keys(store)).toEqual([]);
	});

	it('rename of a missing scenario says so and writes nothing', async () => {
		const { store, repo } = fresh();
		expect(await repo.rename('nope', 'X')).toMatchObject({ ok: false, reason: 'missing' });
		expect(await get('scenario:nope', store)).toBeUndefined();
		expect(await repo.duplicate('nope')).toMatchObject({ ok: false, reason: 'missing' });
		expect(await repo.remove('nope')).toEqual({ ok: true, value: null });
	});

	it('lists damaged or hostile records apart with their names, upgrades old ones, and deletes a damaged one', async () => {
		const { store, repo } = fresh();
		ok(await repo.save({ name: 'Good', data: defaultScenario() }));
		await set(
			'scenario:bad',
			{ id: 'bad', updatedAt: 1, schemaVersion: SCHEMA_VERSION, name: 'Broken one', data: { vix: 'NaN' } },
			store,
		);
		await set('scenario:evil', JSON.parse('{"__proto__":{"x":1},"schemaVersion":2}'), store);
		await set('scenario:old-1', v1StoredRecord, store);
		await set('unrelated', 42, store);
		const { entries, damaged } = ok(await repo.list());
		// The old record's date (2026) is later than the test clock's.
		expect(entries.map((r) => [r.id, r.name])).toEqual([
			['old-1', 'Calm January'],
			['id-1', 'Good'],
		]);
		expect(damaged.map((d) => [d.id, d.name]).sort()).toEqual([
			['bad', 'Broken one'],
			['evil', null],
		]);
		expect(damaged.find((d) => d.id === 'bad')?.message).toMatch(/data|market/);
		expect(ok(await repo.load('old-1')).record.data.mcSeed).toBe(42);
		expect(await repo.load('bad')).toMatchObject({ ok: false, reason: 'invalid' });
		// The old record was given its list entry, so the next start-up reads only entries.
		await new Promise((r) => setTimeout(r, 20));
		expect(await get('index:old-1', store)).toMatchObject({ name: 'Calm January', revision: 1 });
		expect(ok(await repo.raw('bad'))).toMatchObject({ name: 'Broken one' });
		ok(await repo.removeDamaged('bad'));
		expect(ok(await repo.list()).damaged.map((d) => d.id)).toEqual(['evil']);
	});

	it('reports a full quota and leaves the stored record intact', async () => {
		const { store, repo } = fresh();
		const kept = ok(await repo.save({ name: 'Kept', data: defaultScenario() }));
		const full = fresh(fullDisk(store)).repo;

		const overwrite = await full.save({
			id: kept.id,
			baseRevision: kept.revision,
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
		expect(await full.remove(kept.id)).toMatchObject({ reason: 'quota' });
		expect(await full.restore(kept)).toMatchObject({ reason: 'quota' });

		expect(ok(await repo.load(kept.id)).record).toEqual(kept);
		expect(ok(await repo.list()).entries.map((e) => e.id)).toEqual([kept.id]);
	});

	it('reports storage that cannot be opened at all, without throwing', async () => {
		const broken: UseStore = () => Promise.reject(new Error('IndexedDB is disabled'));
		const repo = createScenarioStore({ store: broken });
		for (const r of [
			await repo.list(),
			await repo.load('x'),
			await repo.save({ name: 'X', data: defaultScenario() }),
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
