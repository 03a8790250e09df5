import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set, type UseStore } from 'idb-keyval';
import { createHistoryStorage } from '../../src/persistence/historyStore';
import { HISTORY_KEY } from '../../src/persistence/keys';
import { EMPTY_HISTORY, addImports, importHistoryFile, type StoredHistory } from '../../src/engine/history';
import { cboeFile } from '../fixtures/history';

let n = 0;
const fresh = () => createStore(`history-test-${++n}`, 'series');

function history(): StoredHistory {
	const text = cboeFile([
		['2018-02-02', 17.31],
		['2018-02-05', 37.32],
	]);
	return addImports(EMPTY_HISTORY, [
		{ name: 'VIX_History.csv', result: importHistoryFile({ name: 'VIX_History.csv', text }) },
	]).history;
}

/** A store whose writes fail like a full disk; reads work. */
const fullDisk =
	(store: UseStore): UseStore =>
	(mode, callback) =>
		mode === 'readwrite'
			? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
			: store(mode, callback);

describe('history storage', () => {
	it('stores the series as typed arrays and reads them back, named by the time they were saved', async () => {
		const storage = createHistoryStorage({ store: fresh(), now: () => 1234 });
		expect(await storage.load()).toEqual({ ok: true, value: null });
		const saved = await storage.save(history());
		expect(saved).toMatchObject({ ok: true, value: { rev: '1234', savedAt: 1234 } });
		const back = await storage.load();
		if (!back.ok || !back.value) throw new Error('not read back');
		expect(back.value.rev).toBe('1234');
		expect(back.value.history.indexes[0].days).toBeInstanceOf(Int32Array);
		expect(Array.from(back.value.history.indexes[0].close)).toEqual([17.31, 37.32]);
		expect((await storage.clear()).ok).toBe(true);
		expect(await storage.load()).toEqual({ ok: true, value: null });
	});

	it('reports a full quota and keeps what was stored', async () => {
		const store = fresh();
		const storage = createHistoryStorage({ store, now: () => 1 });
		await storage.save(history());
		const full = createHistoryStorage({ store: fullDisk(store), now: () => 2 });
		expect(await full.save(EMPTY_HISTORY)).toMatchObject({ ok: false, reason: 'quota' });
		const back = await storage.load();
		expect(back.ok && back.value?.rev).toBe('1');
	});

	it.each([
		['not a record', 'junk'],
		['an unknown key', { version: 1, savedAt: 1, indexes: [], contracts: [], extra: 1 }],
		[
			'plain arrays for typed ones',
			{ version: 1, savedAt: 1, indexes: [{ id: 'VIX', days: [17564], close: [17] }], contracts: [] },
		],
		[
			'days out of order',
			{
				version: 1,
				savedAt: 1,
				indexes: [{ id: 'VIX', days: Int32Array.of(17565, 17564), close: Float64Array.of(17, 18) }],
				contracts: [],
			},
		],
		[
			'a NaN close',
			{
				version: 1,
				savedAt: 1,
				indexes: [{ id: 'VIX', days: Int32Array.of(17564), close: Float64Array.of(NaN) }],
				contracts: [],
			},
		],
		[
			'a settlement after the expiry',
			{
				version: 1,
				savedAt: 1,
				indexes: [],
				contracts: [
					{
						code: 'G (Feb 2018)',
						expiry: '2018-02-14',
						days: Int32Array.of(17600),
						settle: Float64Array.of(15),
					},
				],
			},
		],
		['a newer version', { version: 2, savedAt: 1, indexes: [], contracts: [] }],
	])('reports a damaged record (%s) without using it or throwing', async (_, value) => {
		const store = fresh();
		await set(HISTORY_KEY, value, store);
		const r = await createHistoryStorage({ store }).load();
		expect(r).toMatchObject({ ok: false, reason: 'invalid', message: /The stored history is damaged/ });
	});

	it('never writes a history that is not sound', async () => {
		const storage = createHistoryStorage({ store: fresh() });
		const bad = {
			indexes: [{ id: 'VIX' as const, days: Int32Array.of(1), close: Float64Array.of(1) }],
			contracts: [],
		};
		expect(await storage.save(bad)).toMatchObject({ ok: false, reason: 'invalid' });
		expect(await storage.load()).toEqual({ ok: true, value: null });
	});
});
