import { describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageStatus } from '../../src/persistence/storageStatus';

describe('storageStatus', () => {
	it('reports what the browser says, and nulls where it says nothing or fails', async () => {
		const sm = {
			persisted: async () => false,
			estimate: async () => ({ usage: 1234, quota: 10_000 }),
		};
		expect(await storageStatus(sm)).toEqual({ persisted: false, usageBytes: 1234, quotaBytes: 10_000 });
		expect(await storageStatus(null)).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
		const failing = {
			persisted: () => Promise.reject(new Error('no')),
			estimate: () => Promise.reject(new Error('no')),
		};
		expect(await storageStatus(failing)).toEqual({ persisted: null, usageBytes: null, quotaBytes: null });
	});
});

describe('requestPersistence', () => {
	it('asks only when storage is not persisted yet, and gives the answer', async () => {
		const persist = vi.fn(async () => true);
		expect(await requestPersistence({ persisted: async () => false, persist })).toBe(true);
		expect(persist).toHaveBeenCalledTimes(1);
		expect(await requestPersistence({ persisted: async () => true, persist })).toBe(true);
		expect(persist).toHaveBeenCalledTimes(1);
	});
	it('is false when the browser refuses, null when it cannot say or throws', async () => {
		expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe(
			false,
		);
		expect(await requestPersistence(null)).toBeNull();
		expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBeNull();
	});
});
