// Several keys read and written in one IndexedDB transaction, on top of an idb-keyval store: all the writes land or
// none do (a full quota aborts them together), and nothing another tab writes can come between the reads and the
// writes. `body` may await only this transaction's requests (anything else lets the transaction commit early).
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { prefixRange } from './keys';

export interface Tx {
	get(key: string): Promise<unknown>;
	/** Every value whose key starts with `prefix`, in key order. */
	getAll(prefix: string): Promise<unknown[]>;
	/** Every key that starts with `prefix`, in order. */
	keys(prefix: string): Promise<string[]>;
	put(key: string, value: unknown): void;
	del(key: string): void;
}

/** Thrown inside a transaction to undo its writes and hand `value` back to the caller. */
export class Rollback<T> extends Error {
	constructor(readonly value: T) {
		super('rolled back');
	}
}

/**
 * Runs `body` in one transaction and resolves with its value once the transaction has committed. Throwing a Rollback
 * aborts the transaction and resolves with the rollback's value; any other error rejects.
 */
export async function transact<T>(
	store: UseStore,
	mode: IDBTransactionMode,
	body: (tx: Tx) => Promise<T>,
): Promise<T> {
	return store(mode, async (os) => {
		const done = promisifyRequest(os.transaction);
		done.catch(() => {}); // observed below, or replaced by the error that aborted it
		const tx: Tx = {
			get: (key) => promisifyRequest(os.get(key)),
			getAll: (prefix) => promisifyRequest(os.getAll(prefixRange(prefix))),
			keys: async (prefix) => (await promisifyRequest(os.getAllKeys(prefixRange(prefix)))).map(String),
			put: (key, value) => void os.put(value, key),
			del: (key) => void os.delete(key),
		};
		let value: T;
		try {
			value = await body(tx);
		} catch (e) {
			try {
				os.transaction.abort();
			} catch {
				// Already finished or aborted by the failing request.
			}
			if (e instanceof Rollback) return e.value as T;
			throw e;
		}
		await done;
		return value;
	});
}
