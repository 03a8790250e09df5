// The working draft's autosaver: edits mark it dirty, and it writes the newest state once the user pauses (a trailing
// debounce), or at once when the page is being hidden or left (visibilitychange → hidden, pagehide), which on a phone
// is often the last chance before the tab is frozen or discarded. Writes never overlap: a flush during a write waits
// for it and then writes the newest state. The state is read only when written (`read`), so a burst of edits costs
// one snapshot, not one per keystroke. A write that fails stays pending: it is retried after a growing pause and is
// still written synchronously (`writeNow`) when the page is left, so a failing storage never silently drops an edit.

/** The part of `document` the autosaver listens to. */
export interface VisibilitySource {
	readonly visibilityState: DocumentVisibilityState;
	addEventListener(type: 'visibilitychange', listener: () => void): void;
	removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** The part of `window` the autosaver listens to. */
export interface PageLifecycleSource {
	addEventListener(type: 'pagehide', listener: () => void): void;
	removeEventListener(type: 'pagehide', listener: () => void): void;
}

export type WriteResult = { ok: true } | { ok: false; message: string };

export interface AutosaveOptions<T> {
	/** The current state, as plain data (e.g. `() => $state.snapshot(workbench.scenario)`). */
	read: () => T;
	/** Persists it (e.g. the store's saveDraft). */
	write: (value: T) => Promise<WriteResult | { ok: boolean; message?: string }>;
	/** Quiet time after the last edit before writing, ms (default 800). */
	delayMs?: number;
	/** Pause before retrying a failed write, ms; doubled after each failure up to 16× (default 2000). */
	retryMs?: number;
	/**
	 * A synchronous write for when the page is being left, where an asynchronous one may be cut off (e.g. Web
	 * Storage). Called with the newest state on pagehide and on hiding, before the asynchronous flush.
	 */
	writeNow?: (value: T) => void;
	/** Told about every write's outcome (e.g. to show "Draft saved" or a quota message). */
	onResult?: (result: WriteResult) => void;
	/** Default: globalThis.document / globalThis (absent in Node, where only explicit flushes happen). */
	document?: VisibilitySource | null;
	window?: PageLifecycleSource | null;
}

export interface Autosaver {
	/** Marks the draft changed; it is written after `delayMs` without further changes. */
	schedule(): void;
	/** Writes now if anything is pending (and waits for a write in progress). */
	flush(): Promise<void>;
	/** Forgets a pending change without writing it. */
	cancel(): void;
	/** Stops listening to the page; pending changes are flushed first. */
	dispose(): Promise<void>;
	/** True while a change is waiting to be written. */
	readonly pending: boolean;
}

export function createAutosaver<T>(opts: AutosaveOptions<T>): Autosaver {
	const delay = opts.delayMs ?? 800;
	const retryMs = opts.retryMs ?? 2000;
	let failures = 0;
	const doc = opts.document === undefined ? (globalThis.document ?? null) : opts.document;
	const win =
		opts.window === undefined
			? typeof globalThis.addEventListener === 'function'
				? globalThis
				: null
			: opts.window;

	let dirty = false;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let writing: Promise<void> = Promise.resolve();

	const clearTimer = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};

	async function writeOnce(): Promise<void> {
		if (!dirty) return;
		dirty = false;
		let result: WriteResult;
		try {
			const r = await opts.write(opts.read());
			result = r.ok ? { ok: true } : { ok: false, message: r.message ?? 'The draft could not be saved.' };
		} catch (e) {
			result = {
				ok: false,
				message: `The draft could not be saved: ${e instanceof Error ? e.message : String(e)}`,
			};
		}
		if (result.ok) failures = 0;
		else if (!dirty) {
			// Still to be written: retried later, and written synchronously if the page is left meanwhile.
			dirty = true;
			clearTimer();
			timer = setTimeout(() => void flush(), retryMs * 2 ** Math.min(4, failures++));
		}
		opts.onResult?.(result);
	}

	function flush(): Promise<void> {
		clearTimer();
		// Chain after any write in progress, so writes land in order and the last one holds the newest state.
		writing = writing.then(writeOnce);
		return writing;
	}

	const leave = () => {
		if (dirty && opts.writeNow) {
			try {
				opts.writeNow(opts.read());
			} catch {
				// The asynchronous flush below still runs.
			}
		}
		void flush();
	};
	const onVisibility = () => {
		if (doc?.visibilityState === 'hidden') leave();
	};
	const onPageHide = leave;
	doc?.addEventListener('visibilitychange', onVisibility);
	win?.addEventListener('pagehide', onPageHide);

	return {
		schedule() {
			dirty = true;
			clearTimer();
			timer = setTimeout(() => void flush(), delay);
		},
		flush,
		cancel() {
			dirty = false;
			clearTimer();
		},
		async dispose() {
			doc?.removeEventListener('visibilitychange', onVisibility);
			win?.removeEventListener('pagehide', onPageHide);
			await flush();
			clearTimer(); // no retries once disposed
		},
		get pending() {
			return dirty;
		},
	};
}
