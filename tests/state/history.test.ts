// The history on this device: an import stored whole and loaded into the engine, read back by a new session, a
// damaged store reported with the embedded episodes in use, and the history loaded again after the engine lost it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore, set } from 'idb-keyval';
import { EngineClient } from '../../src/state/engineClient.svelte';
import { HistoryData } from '../../src/state/history.svelte';
import { createHistoryStorage } from '../../src/persistence/historyStore';
import { HISTORY_KEY } from '../../src/persistence/keys';
import { api } from '../../src/worker/api';
import { cboeFile } from '../fixtures/history';

let n = 0;
const noWorker = () => {
	throw new Error('no workers here');
};
const rows = (closes: number[]) =>
	closes.map((c, i) => [`2024-07-${String(i + 1 + Math.floor(i / 5) * 2).padStart(2, '0')}`, c] as const);
/** Fifteen business days of July 2024 (1–5, 8–12, 15–19). */
const july = (level: number) => cboeFile(rows(Array.from({ length: 15 }, (_, i) => level + i / 10)));

async function session(store = createStore(`history-state-${++n}`, 'series')) {
	const history = new HistoryData(new EngineClient(noWorker), createHistoryStorage({ store }));
	await history.start();
	return { history, store };
}

describe('HistoryData', () => {
	it('stores an import whole, loads it into the engine, and a new session reads it back', async () => {
		const { history, store } = await session();
		expect(history.ref).toEqual({ source: 'episodes' });
		expect(history.overview?.source).toBe('episodes');
		await history.importFiles([
			new File([july(15)], 'VIX_History.csv'),
			new File([july(17)], 'VIX3M_History.csv'),
			new File([july(5500)], 'SPX_History.csv'),
			new File(['DATE,OPEN,HIGH,LOW,CLOSE\n07/01/2024,1,1,1,x\n'], 'VVIX_History.csv'),
		]);
		expect(history.outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
		expect(history.usable).toBe(true);
		expect(history.report?.report.indexes.map((s) => s.what)).toEqual(['VIX', 'VIX3M', 'SPX']);
		expect(history.overview?.source).toBe('import');

		const again = await session(store);
		expect(again.history.ref).toEqual(history.ref);
		expect(again.history.overview?.timeline.days.length).toBe(15);
	});

	it('reports a damaged store and uses the embedded episodes', async () => {
		const store = createStore(`history-state-${++n}`, 'series');
		await set(HISTORY_KEY, { version: 1, savedAt: 1, indexes: 'junk', contracts: [] }, store);
		const { history } = await session(store);
		expect(history.damaged).toMatch(/The stored history is damaged/);
		expect(history.ref).toEqual({ source: 'episodes' });
		await history.clear();
		expect(history.damaged).toBeNull();
	});

	it('loads the history again when the engine lost it (a restarted worker) and retries the call', async () => {
		const { history } = await session();
		await history.importFiles([
			new File([july(15)], 'VIX_History.csv'),
			new File([july(17)], 'VIX3M_History.csv'),
			new File([july(5500)], 'SPX_History.csv'),
		]);
		const ref = history.ref;
		await api.historyLoad(null, 'lost');
		const o = await history.call((engine) => engine.historyOverview(ref));
		expect(o.source).toBe('import');
	});
});
