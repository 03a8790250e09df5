import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'idb-keyval';
import { createAutosaver, type VisibilitySource, type WriteResult } from '../../src/persistence/autosave';
import { createDraftStore } from '../../src/persistence/drafts';
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

	it('keeps a failed write pending: retried after a growing pause, and written synchronously on leaving', async () => {
		const page = new FakePage();
		const attempts: number[] = [];
		const now: number[] = [];
		let failing = true;
		const saver = createAutosaver({
			read: () => 7,
			write: async () => {
				attempts.push(Date.now());
				return failing ? { ok: false, message: 'IndexedDB refused' } : { ok: true };
			},
			writeNow: (v) => now.push(v),
			retryMs: 1000,
			document: page,
			window: page,
		});
		saver.schedule();
		await saver.flush();
		expect([attempts.length, saver.pending]).toEqual([1, true]);
		await vi.advanceTimersByTimeAsync(999);
		expect(attempts.length).toBe(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(attempts.length).toBe(2); // after 1 s, then 2 s, 4 s …
		await vi.advanceTimersByTimeAsync(1999);
		expect(attempts.length).toBe(2);
		page.leave(); // still pending: written at once to the synchronous store
		expect(now).toEqual([7]);
		failing = false;
		await vi.advanceTimersByTimeAsync(0);
		expect(saver.pending).toBe(false);
		await saver.dispose();
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

describe('autosave into the draft store', () => {
	it('the draft written on pagehide survives a reload', async () => {
		const idb = createStore('autosave-reload', 'scenarios');
		const drafts = createDraftStore({ store: idb, backup: null });
		const page = new FakePage();
		let scenario = defaultScenario();
		const draft = () => ({
			tab: 'T',
			updatedAt: 1,
			unsaved: true,
			base: null,
			name: 'Working',
			data: scenario,
		});
		const saver = createAutosaver({
			read: draft,
			write: (d) => drafts.save(d),
			document: page,
			window: page,
		});
		scenario = { ...scenario, mcSeed: 1234 };
		saver.schedule();
		page.leave();
		await saver.flush(); // waits for the write the event started

		const afterReload = createDraftStore({
			store: createStore('autosave-reload', 'scenarios'),
			backup: null,
		});
		expect((await afterReload.load('T')).draft?.data.mcSeed).toBe(1234);
		await saver.dispose();
	});
});
