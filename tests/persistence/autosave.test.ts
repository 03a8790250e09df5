import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'idb-keyval';
import { createAutosaver, type VisibilitySource, type WriteResult } from '../../src/persistence/autosave';
import { createScenarioStore } from '../../src/persistence/store';
import { defaultScenario } from '../../src/persistence/scenario';

/** A stand-in for document/window whose events the test fires. */
class FakePage extends EventTarget implements VisibilitySource {
	visibilityState: DocumentVisibilityState = 'visible';
	hide() {
		this.visibilityState = 'hidden';
		this.dispatchEvent(new Event('visibilitychange'));
	}
	leave() {
		this.dispatchEvent(new Event('pagehide'));
	}
}

function harness(delayMs = 500) {
	let state = 0;
	const written: number[] = [];
	const results: WriteResult[] = [];
	const page = new FakePage();
	const saver = createAutosaver({
		read: () => state,
		write: async (value: number) => {
			written.push(value);
			return { ok: true };
		},
		delayMs,
		onResult: (r) => results.push(r),
		document: page,
		window: page,
	});
	return { saver, page, written, results, edit: (v: number) => ((state = v), saver.schedule()) };
}

describe('createAutosaver', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('debounces a burst of edits into one write of the newest state', async () => {
		const { edit, written, saver } = harness(500);
		edit(1);
		await vi.advanceTimersByTimeAsync(300);
		edit(2);
		await vi.advanceTimersByTimeAsync(300);
		edit(3);
		expect(written).toEqual([]);
		expect(saver.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(500);
		expect(written).toEqual([3]);
		expect(saver.pending).toBe(false);
	});

	it('flushes at once when the page is hidden or left', async () => {
		const { edit, written, page } = harness(10_000);
		edit(1);
		page.hide();
		await vi.advanceTimersByTimeAsync(0);
		expect(written).toEqual([1]);
		edit(2);
		page.leave();
		await vi.advanceTimersByTimeAsync(0);
		expect(written).toEqual([1, 2]);
		await vi.advanceTimersByTimeAsync(20_000);
		expect(written).toEqual([1, 2]); // the cancelled timers write nothing more
	});

	it('writes nothing when nothing changed, and cancel() forgets a pending change', async () => {
		const { edit, written, saver, page } = harness();
		page.hide();
		await saver.flush();
		edit(5);
		saver.cancel();
		await vi.advanceTimersByTimeAsync(1000);
		expect(written).toEqual([]);
	});

	it('never overlaps writes: a flush during a slow write waits, then writes the newest state', async () => {
		let state = 0;
		const log: string[] = [];
		let release!: () => void;
		const saver = createAutosaver({
			read: () => state,
			write: async (v: number) => {
				log.push(`start ${v}`);
				if (v === 1) await new Promise<void>((r) => (release = r));
				log.push(`end ${v}`);
				return { ok: true };
			},
			document: null,
			window: null,
		});
		state = 1;
		saver.schedule();
		const first = saver.flush();
		await vi.advanceTimersByTimeAsync(0);
		state = 2;
		saver.schedule();
		const second = saver.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(log).toEqual(['start 1']);
		release();
		await Promise.all([first, second]);
		expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
	});

	it('reports failed and throwing writes instead of losing them silently', async () => {
		const results: WriteResult[] = [];
		let calls = 0;
		const saver = createAutosaver({
			read: () => 1,
			write: async () => {
				calls++;
				if (calls === 1) return { ok: false, message: 'Storage is full' };
				throw new Error('boom');
			},
			onResult: (r) => results.push(r),
			document: null,
			window: null,
		});
		saver.schedule();
		await saver.flush();
		saver.schedule();
		await saver.flush();
		expect(results).toEqual([
			{ ok: false, message: 'Storage is full' },
			{ ok: false, message: 'The draft could not be saved: boom' },
		]);
	});

	it('dispose() flushes and stops listening', async () => {
		const { edit, written, saver, page } = harness(10_000);
		edit(1);
		await saver.dispose();
		expect(written).toEqual([1]);
		edit(2);
		saver.cancel();
		page.hide();
		await vi.advanceTimersByTimeAsync(0);
		expect(written).toEqual([1]);
	});
});

describe('leaving the page', () => {
	it('writes the newest state synchronously when pending, then flushes', async () => {
		const page = new FakePage();
		const now: number[] = [];
		const written: number[] = [];
		let state = 1;
		const saver = createAutosaver({
			read: () => state,
			write: async (v: number) => {
				written.push(v);
				return { ok: true };
			},
			writeNow: (v) => now.push(v),
			delayMs: 10_000,
			document: page,
			window: page,
		});
		page.leave(); // nothing pending: nothing written
		expect(now).toEqual([]);
		state = 2;
		saver.schedule();
		page.leave();
		expect(now).toEqual([2]); // before any await: it survives a navigation that cuts async work off
		await saver.flush();
		expect(written).toEqual([2]);
		await saver.dispose();
	});
});

describe('autosave into the scenario store', () => {
	it('the draft written on pagehide survives a reload', async () => {
		const idb = createStore('autosave-reload', 'scenarios');
		const store = createScenarioStore({ store: idb });
		const page = new FakePage();
		let scenario = defaultScenario();
		const saver = createAutosaver({
			read: () => ({ name: 'Working', data: scenario }),
			write: (draft) => store.saveDraft(draft),
			document: page,
			window: page,
		});
		scenario = { ...scenario, mcSeed: 1234 };
		saver.schedule();
		page.leave();
		await saver.flush(); // waits for the write the event started

		const afterReload = createScenarioStore({ store: createStore('autosave-reload', 'scenarios') });
		const draft = await afterReload.loadDraft();
		expect(draft.ok && draft.value?.data.mcSeed).toBe(1234);
		await saver.dispose();
	});
});
