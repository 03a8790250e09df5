import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { createScenarioRepository } from '../../src/persistence/store';
import { defaultScenario } from '../../src/persistence/scenario';

let n = 0;
const freshRepo = () => {
	const store = createStore(`test-${++n}`, 'scenarios');
	return { store, repo: createScenarioRepository(store) };
};

describe('scenario repository', () => {
	it('saves, lists newest first, renames, duplicates, deletes and restores with undo', async () => {
		const { repo } = freshRepo();
		const a = await repo.save(defaultScenario('A'));
		await new Promise((ok) => setTimeout(ok, 2));
		const b = await repo.save(defaultScenario('B'));
		expect(a.ok && b.ok).toBe(true);
		if (!a.ok || !b.ok) return;
		expect((await repo.list()).map((r) => r.scenario.name)).toEqual(['B', 'A']);
		await repo.rename(a.value.id, 'A renamed');
		expect((await repo.load(a.value.id))?.scenario.name).toBe('A renamed');
		const copy = await repo.duplicate(b.value.id);
		expect(copy?.ok && copy.value.scenario.name).toBe('B (copy)');
		const removed = await repo.remove(b.value.id);
		expect(await repo.load(b.value.id)).toBeNull();
		await repo.restore(removed!);
		expect((await repo.load(b.value.id))?.scenario.name).toBe('B');
	});
	it('keeps the draft across repository instances (a reload)', async () => {
		const { store, repo } = freshRepo();
		await repo.saveDraft(defaultScenario('Draft'));
		expect((await createScenarioRepository(store).loadDraft())?.name).toBe('Draft');
	});
	it('skips damaged or hostile stored records instead of trusting them', async () => {
		const { store, repo } = freshRepo();
		await repo.save(defaultScenario('Good'));
		await set(
			'scenario:bad',
			{ id: 'bad', updatedAt: 1, scenario: { schemaVersion: 1, name: 'x', market: { vix: 'NaN' } } },
			store,
		);
		expect((await repo.list()).map((r) => r.scenario.name)).toEqual(['Good']);
	});
	it('reports a full quota and leaves the stored record intact', async () => {
		const { store, repo } = freshRepo();
		const saved = await repo.save(defaultScenario('Kept'));
		if (!saved.ok) throw new Error('setup');
		const full = createScenarioRepository(
			// A store whose writes fail like a full disk; reads still work.
			((mode: IDBTransactionMode, cb: (s: IDBObjectStore) => unknown) =>
				mode === 'readwrite'
					? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
					: store(mode, cb)) as typeof store,
		);
		const r = await full.save(defaultScenario('Too big'), saved.value.id);
		expect(r).toEqual({
			ok: false,
			message: expect.stringMatching(/Storage is full: nothing was overwritten/),
		});
		expect((await repo.load(saved.value.id))?.scenario.name).toBe('Kept');
	});
});
