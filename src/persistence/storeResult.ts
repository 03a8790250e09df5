// What storage calls resolve to: a value, or a typed failure with a message for the user. Nothing in the store throws.
import type { ScenarioRecord } from './scenario';

export type StoreFailureReason = 'quota' | 'invalid' | 'missing' | 'unavailable' | 'conflict';

export interface StoreFailure {
	ok: false;
	reason: StoreFailureReason;
	message: string;
	/** For a conflict: the stored record the save was not based on, or null when it was deleted meanwhile. */
	theirs?: ScenarioRecord | null;
}

export type StoreResult<T> = { ok: true; value: T } | StoreFailure;

/** True for a "storage is full" error in any browser's spelling. */
export function isQuotaError(e: unknown): boolean {
	if (typeof e !== 'object' || e === null) return false;
	const { name, code } = e as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
	);
}

/** The failure for an exception thrown by storage while `doing` something. */
export function storageFailure(e: unknown, doing: string): StoreFailure {
	if (isQuotaError(e))
		return {
			ok: false,
			reason: 'quota',
			message: `Storage is full, so nothing was saved and nothing stored was changed. Delete or export some scenarios, then try again.`,
		};
	const detail = e instanceof Error && e.message ? ` (${e.message.slice(0, 120)})` : '';
	return {
		ok: false,
		reason: 'unavailable',
		message: `Could not ${doing}: the browser's storage is not available${detail}. Nothing stored was changed.`,
	};
}

export const invalid = (message: string): StoreFailure => ({ ok: false, reason: 'invalid', message });

export const missing = (): StoreFailure => ({
	ok: false,
	reason: 'missing',
	message: 'That scenario is no longer saved (it may have been deleted in another tab).',
});

/** A save refused because the stored record changed (or was deleted) since the one it was based on. */
export const conflict = (theirs: ScenarioRecord | null): StoreFailure => ({
	ok: false,
	reason: 'conflict',
	message: theirs
		? `“${theirs.name}” was changed in another tab since you opened it: choose which version to keep.`
		: 'This scenario was deleted in another tab since you opened it: choose whether to keep it.',
	theirs,
});
