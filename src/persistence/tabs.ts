// Tabs of the app on one device: each has an id kept for the session (so a reload finds its own draft) and held with
// a Web Lock while it is open (so a duplicated tab, which copies the session, takes a new one, and so other tabs can
// tell a closed tab's draft from an open one's). Tabs tell each other about saves and deletes, and coordinate an app
// update, over a BroadcastChannel. Where a browser lacks locks or channels, each degrades to doing nothing: the
// store's revisions still refuse a save over another tab's.
import { CHANNEL_NAME, TAB_ID_KEY } from './keys';
import { newRecordId } from './store';

export type TabMessage =
	/** A scenario was saved, renamed or restored; `renamed` when only its name changed. */
	| { type: 'saved'; id: string; revision: number; renamed: boolean }
	| { type: 'deleted'; id: string }
	/** Asks every tab to say whether it holds unsaved work. */
	| { type: 'who' }
	| { type: 'here'; name: string; unsaved: boolean }
	/** A tab is about to apply an update: save your drafts. */
	| { type: 'update-start' }
	| { type: 'draft-kept' };

export type FromTab = TabMessage & { from: string };

const TYPES = new Set(['saved', 'deleted', 'who', 'here', 'update-start', 'draft-kept']);
const LOCK_PREFIX = 'alvh-lab:tab:';

/** A message as received: checked for shape, since any script of the origin may post on the channel. */
function readMessage(data: unknown): FromTab | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (typeof m.from !== 'string' || typeof m.type !== 'string' || !TYPES.has(m.type)) return null;
	if (m.type === 'saved' && !(typeof m.id === 'string' && Number.isInteger(m.revision))) return null;
	if (m.type === 'deleted' && typeof m.id !== 'string') return null;
	if (m.type === 'here' && !(typeof m.name === 'string' && typeof m.unsaved === 'boolean')) return null;
	return m as FromTab;
}

export interface TabLink {
	/** This tab's id. */
	readonly id: string;
	post(message: TabMessage): void;
	/** Calls `listener` with every message from another tab; returns the unsubscribe. */
	listen(listener: (message: FromTab) => void): () => void;
	/** Ids of the tabs open now (this one included), or null when the browser cannot tell. */
	openTabs(): Promise<Set<string> | null>;
	close(): void;
}

function session(): Pick<Storage, 'getItem' | 'setItem'> | null {
	try {
		return globalThis.sessionStorage ?? null;
	} catch {
		return null;
	}
}

/** Holds the lock for `id` until the tab closes; false when another open tab holds it. */
async function hold(id: string): Promise<boolean> {
	const locks = globalThis.navigator?.locks;
	if (!locks) return true;
	return new Promise<boolean>((resolve) => {
		void locks
			.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
				resolve(lock !== null);
				return lock ? new Promise<never>(() => {}) : undefined;
			})
			.catch(() => resolve(true));
	});
}

export interface TabLinkOptions {
	/** The channel's name (default the app's; tests use their own). */
	channel?: string;
	/** Where the session's tab id is kept (default sessionStorage). */
	session?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** Claims this tab's id (reusing the session's unless another open tab holds it) and opens the channel. */
export async function openTabLink(opts: TabLinkOptions = {}): Promise<TabLink> {
	const store = opts.session === undefined ? session() : opts.session;
	let id = store?.getItem(TAB_ID_KEY) ?? null;
	if (!id || !(await hold(id))) {
		id = newRecordId();
		await hold(id);
	}
	try {
		store?.setItem(TAB_ID_KEY, id);
	} catch {
		// Without session storage a reload starts as a new tab; its draft is then offered like a closed tab's.
	}
	const channel =
		typeof BroadcastChannel === 'function' ? new BroadcastChannel(opts.channel ?? CHANNEL_NAME) : null;
	const self = id;
	return {
		id: self,
		post: (message) => channel?.postMessage({ ...message, from: self }),
		listen(listener) {
			const onMessage = (event: MessageEvent) => {
				const m = readMessage(event.data);
				if (m && m.from !== self) listener(m);
			};
			channel?.addEventListener('message', onMessage);
			return () => channel?.removeEventListener('message', onMessage);
		},
		async openTabs() {
			const locks = globalThis.navigator?.locks;
			if (!locks) return null;
			try {
				const { held = [] } = await locks.query();
				return new Set(
					held
						.map((l) => l.name ?? '')
						.filter((n) => n.startsWith(LOCK_PREFIX))
						.map((n) => n.slice(LOCK_PREFIX.length)),
				);
			} catch {
				return null;
			}
		},
		close: () => channel?.close(),
	};
}
