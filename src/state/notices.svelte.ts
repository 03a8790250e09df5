// The one queue of messages to the user — saves, deletes with undo, conflicts between tabs, storage trouble, the
// engine's restarts, the regime lab's failures and the app's update prompt — shown by one component (ui/Toast.svelte).
// A notice may carry actions (Undo, Reload, Export…); one with a `key` replaces the previous notice with that key, so a
// repeated event updates its message instead of stacking. Information without actions fades; errors and notices with
// actions stay until handled or dismissed.

export type NoticeKind = 'info' | 'warn' | 'error';

export interface NoticeAction {
	label: string;
	run: () => void | Promise<void>;
	/** Leave the notice up after the action ran (default: dismiss it). */
	keep?: boolean;
}

export interface NoticeInput {
	message: string;
	kind?: NoticeKind;
	actions?: NoticeAction[];
	/** Replaces a shown notice with the same key. */
	key?: string;
	/** Stays until dismissed even without actions. */
	sticky?: boolean;
}

export interface Notice extends Required<Omit<NoticeInput, 'key'>> {
	id: number;
	key: string | null;
	/** When it was shown, ms since the epoch. */
	at: number;
}

/** At most this many notices are kept; the oldest fading ones go first. */
const MAX_NOTICES = 6;
/** How long information without actions stays, ms. */
export const FADE_MS = 6000;

export class Notices {
	/** Newest last. */
	items = $state.raw<Notice[]>([]);
	#next = 1;

	/** Shows a notice; returns its id. */
	push(input: NoticeInput): number {
		const notice: Notice = {
			id: this.#next++,
			key: input.key ?? null,
			message: input.message,
			kind: input.kind ?? 'info',
			actions: input.actions ?? [],
			sticky: input.sticky ?? false,
			at: Date.now(),
		};
		// One with the same key, or the same news again, replaces the shown one (so it does not stack twice).
		const same = (n: Notice) =>
			notice.key !== null ? n.key === notice.key : fades(n) && fades(notice) && n.message === notice.message;
		let items = this.items.filter((n) => !same(n));
		items = [...items, notice];
		while (items.length > MAX_NOTICES) {
			const drop = items.findIndex((n) => fades(n));
			items.splice(drop >= 0 ? drop : 0, 1);
		}
		this.items = items;
		return notice.id;
	}

	info(message: string, input: Omit<NoticeInput, 'message' | 'kind'> = {}): number {
		return this.push({ ...input, message, kind: 'info' });
	}

	error(message: string, input: Omit<NoticeInput, 'message' | 'kind'> = {}): number {
		return this.push({ ...input, message, kind: 'error' });
	}

	dismiss(id: number) {
		this.items = this.items.filter((n) => n.id !== id);
	}

	dismissKey(key: string) {
		this.items = this.items.filter((n) => n.key !== key);
	}

	/** Runs an action, then dismisses its notice unless the action keeps it. The notice is read before anything changes. */
	async act(notice: Notice, action: NoticeAction) {
		if (!action.keep) this.dismiss(notice.id);
		await action.run();
	}

	/** The newest notice, or the newest with `key`. */
	latest(key?: string): Notice | null {
		const list = key === undefined ? this.items : this.items.filter((n) => n.key === key);
		return list.at(-1) ?? null;
	}
}

/** A name as notices quote it: in quotation marks, a long one shortened (the full name is in the list). */
export function quoted(name: string): string {
	const short = name.length > 48 ? `${name.slice(0, 45).trimEnd()}…` : name;
	return `“${short}”`;
}

/** True for a notice that fades by itself. */
export const fades = (n: Notice) => n.kind === 'info' && !n.sticky && n.actions.length === 0;

/** The app's queue. */
export const notices = new Notices();
