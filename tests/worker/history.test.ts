// The worker's history calls, called directly (as the main-thread fallback does): import, load, overview, replay,
// back-test with cancel, and an analog lab start naming the history the worker holds.
import { describe, expect, it } from 'vitest';
import { api } from '../../src/worker/api';
import { HISTORY_NOT_LOADED } from '../../src/worker/historyRef';
import {
	DEFAULT_BACK_TEST_SETTINGS,
	DEFAULT_BOOK_SPEC,
	DEFAULT_REGIME_LAB_SETTINGS,
	defaultMarket,
} from '../../src/engine';
import { MAX_IMPORT_BYTES } from '../../src/engine/history';
import { haveHistoryFiles, loadHistoryFiles } from '../../scripts/measure/historyFiles';
import { cboeFile } from '../fixtures/history';

const EPISODES = { source: 'episodes' } as const;

describe('worker history calls', () => {
	it('imports a batch: text, bytes and a File; a file over the limit is refused on its size', async () => {
		await api.historyLoad(null, 'none');
		const vix = cboeFile([
			['2024-08-01', 18.59],
			['2024-08-02', 23.39],
		]);
		const r = await api.historyImport([
			{ name: 'VIX_History.csv', data: vix },
			{ name: 'VIX3M_History.csv', data: new TextEncoder().encode(vix).buffer as ArrayBuffer },
			{ name: 'SPX_History.csv', data: new Blob([vix]) },
			{ name: 'huge.csv', data: new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]) },
		]);
		expect(r.outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
		expect(r.outcomes[3]).toMatchObject({ line: 0, message: /the limit is 8\.0 MB/ });
		expect(r.history?.indexes.map((s) => s.id)).toEqual(['VIX', 'VIX3M', 'SPX']);
		// Nothing is held until the caller stored it and loads it.
		const again = await api.historyImport([{ name: 'VIX_History.csv', data: vix }]);
		expect(again.history?.indexes.map((s) => s.id)).toEqual(['VIX']);
		const loaded = await api.historyLoad(r.history, 'r1');
		expect(loaded.missing).toEqual([]);
		expect(loaded.report.indexes.map((s) => [s.what, s.rows])).toEqual([
			['VIX', 2],
			['VIX3M', 2],
			['SPX', 2],
		]);
		expect((await api.historyImport([{ name: 'VIX_History.csv', data: vix }])).history).toBeNull();
	});

	it('refuses a call naming an import it does not hold', async () => {
		await api.historyLoad(null, 'none');
		await expect(api.historyOverview({ source: 'import', rev: 'other' })).rejects.toThrow(HISTORY_NOT_LOADED);
	});

	it('draws the embedded episodes and replays February 2018 ten business days before its flip', async () => {
		const o = await api.historyOverview(EPISODES);
		expect(o.flips.map((f) => f.flip.date)).toEqual(['2018-02-02', '2020-03-13', '2024-08-02', '2025-04-04']);
		expect(o.fomcDays.length).toBeGreaterThan(0);
		const r = await api.historyReplay(EPISODES, DEFAULT_BOOK_SPEC, 'steward', {
			before: '2018-02-02',
			businessDays: 10,
		});
		expect([r.entryDate, r.condorExpiry, r.complete]).toEqual(['2018-01-19', '2018-03-05', true]);
		await expect(
			api.historyReplay(EPISODES, DEFAULT_BOOK_SPEC, 'nobody', { on: '2018-01-19' }),
		).rejects.toThrow(/unknown policy/);
	});

	it('back-tests with progress and stops when told', async () => {
		const settings = { ...DEFAULT_BACK_TEST_SETTINGS, every: 5, chunkStarts: 10 };
		const seen: number[] = [];
		const cancelled = await api.historyBackTest(EPISODES, DEFAULT_BOOK_SPEC, settings, (f) => {
			seen.push(f);
			return seen.length < 2;
		});
		expect(cancelled).toBeNull();
		expect(seen).toHaveLength(2);
		const done = await api.historyBackTest(EPISODES, DEFAULT_BOOK_SPEC, settings);
		expect(done?.source).toBe('episodes');
		expect(done?.starts).toBeGreaterThan(10);
	}, 30_000);
});

describe.skipIf(!haveHistoryFiles())(
	'analog lab starts on the real files (skipped: ../shared/data is absent)',
	() => {
		it('resolves an analog start to the history the worker holds', async () => {
			const { series } = loadHistoryFiles();
			await api.historyLoad(
				{ indexes: [series.vix, series.vix3m!, series.spx], contracts: [...series.contracts] },
				'real',
			);
			const settings = {
				...DEFAULT_REGIME_LAB_SETTINGS,
				paths: 200,
				chunkPaths: 200,
				policies: DEFAULT_REGIME_LAB_SETTINGS.policies.slice(0, 1),
				starts: { mode: 'analogs' as const, history: { source: 'import' as const, rev: 'real' } },
			};
			const starts = await api.labStarts(defaultMarket(), settings);
			expect(starts.map((s) => s.id)).toEqual(['user', 'analogs']);
			const result = await api.regimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, settings);
			expect(result?.starts[1].source).toMatch(/real windows/);
		}, 60_000);
	},
);
