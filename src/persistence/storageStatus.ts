// Whether the browser will keep the app's storage, and how much it uses. Browsers may evict a site's data under
// pressure, and Safari does so after seven days without a visit unless the app was added to the Home Screen; asking
// for persistent storage (navigator.storage.persist) avoids it where the browser agrees. The app asks at the first
// save, and shows the answer.

export interface StorageStatus {
	/** true: kept until the user clears it; false: the browser may clear it; null: this browser cannot say. */
	persisted: boolean | null;
	/** Bytes used and available to the app, when the browser says. */
	usageBytes: number | null;
	quotaBytes: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

const manager = (): Partial<StorageManagerLike> | null => globalThis.navigator?.storage ?? null;

/** The current status; never throws. */
export async function storageStatus(sm = manager()): Promise<StorageStatus> {
	const [persisted, estimate] = await Promise.all([
		sm?.persisted ? sm.persisted().catch(() => null) : null,
		sm?.estimate ? sm.estimate().catch(() => null) : null,
	]);
	return {
		persisted,
		usageBytes: estimate?.usage ?? null,
		quotaBytes: estimate?.quota ?? null,
	};
}

/** Asks for persistent storage (once it is granted, asking again is free); resolves to the answer, null if unknown. */
export async function requestPersistence(sm = manager()): Promise<boolean | null> {
	if (!sm?.persist) return null;
	try {
		return (await sm.persisted?.()) || (await sm.persist());
	} catch {
		return null;
	}
}
