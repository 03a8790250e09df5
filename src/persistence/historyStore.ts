// The imported market history in IndexedDB (docs/history.md, "Storage"): every index series and VX contract as
// compact typed arrays, in one record written whole — so an import either replaces the record or leaves it as it
// was, a full quota included. Read back, the record is checked before it is trusted (typed arrays of equal length,
// days increasing within the calendar, prices finite and within the engine's caps); a damaged record is reported,
// never used, and stays until the user clears it or an import replaces it.
import * as v from 'valibot';
import { del, get, set, type UseStore } from 'idb-keyval';
import {
	INDEX_IDS,
	MAX_CLOSE,
	MAX_VX_SETTLE,
	epochDayOf,
	type IndexSeries,
	type StoredHistory,
	type VxContract,
} from '../engine';
import { HISTORY_KEY, historyStore } from './keys';
import { isQuotaError, type StoreResult } from './store';
import { integerIn, isoDate } from './schemaParts';
import { issueFromValibot } from './issues';

/** The stored history, and the revision that names it (the time it was saved, ms). */
export interface HistoryRecord {
	rev: string;
	savedAt: number;
	history: StoredHistory;
}

export const HISTORY_RECORD_VERSION = 1;
const FIRST_DAY = epochDayOf('1990-01-01');
const LAST_DAY = epochDayOf('2199-12-31');
const MAX_CONTRACTS = 1000;

/** Days strictly increasing within the calendar; values finite in (0, cap], one per day. */
function goodRows(days: Int32Array, values: Float64Array, cap: number): boolean {
	if (days.length === 0 || days.length !== values.length) return false;
	for (let i = 0; i < days.length; i++) {
		if (!(days[i] >= FIRST_DAY && days[i] <= LAST_DAY) || (i > 0 && days[i] <= days[i - 1])) return false;
		if (!(values[i] > 0 && values[i] <= cap)) return false;
	}
	return true;
}

const int32 = v.custom<Int32Array>((x) => x instanceof Int32Array, 'expected day numbers (Int32Array)');
const float64 = v.custom<Float64Array>((x) => x instanceof Float64Array, 'expected prices (Float64Array)');

const indexSchema = v.pipe(
	v.strictObject({ id: v.picklist(INDEX_IDS), days: int32, close: float64 }),
	v.check(
		(s) => goodRows(s.days, s.close, MAX_CLOSE[s.id]),
		'expected one close a day, days increasing, closes above 0 and within the cap',
	),
);

const contractSchema = v.pipe(
	v.strictObject({
		code: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
		expiry: isoDate(),
		days: int32,
		settle: float64,
	}),
	v.check(
		(c) => goodRows(c.days, c.settle, MAX_VX_SETTLE) && c.days[c.days.length - 1] <= epochDayOf(c.expiry),
		'expected one settlement a day up to the expiry, days increasing, settlements above 0 and within the cap',
	),
);

const recordSchema = v.strictObject({
	version: v.literal(HISTORY_RECORD_VERSION),
	savedAt: integerIn(0, 8.64e15),
	indexes: v.pipe(
		v.array(indexSchema),
		v.maxLength(INDEX_IDS.length),
		v.check((a) => new Set(a.map((s) => s.id)).size === a.length, 'expected each index once'),
	),
	contracts: v.pipe(
		v.array(contractSchema),
		v.maxLength(MAX_CONTRACTS),
		v.check((a) => new Set(a.map((c) => c.expiry)).size === a.length, 'expected each contract once'),
	),
});

// Compile-time guards: what is stored is what the engine merges.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const indexMatches: Same<v.InferOutput<typeof indexSchema>, IndexSeries> = true;
const contractMatches: Same<v.InferOutput<typeof contractSchema>, VxContract> = true;
void [indexMatches, contractMatches];

/** The record's problem in words, or null when it is sound. */
function problemOf(value: unknown): string | null {
	const r = v.safeParse(recordSchema, value);
	if (r.success) return null;
	const issue = issueFromValibot(r.issues[0]);
	return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export interface HistoryStorage {
	/** The stored history (null: nothing imported yet); a damaged record is a failure with reason 'invalid'. */
	load(): Promise<StoreResult<HistoryRecord | null>>;
	/** Replaces the stored history with `history` (checked first: nothing unsound is written). */
	save(history: StoredHistory): Promise<StoreResult<HistoryRecord>>;
	/** Deletes the stored history. */
	clear(): Promise<StoreResult<null>>;
}

function failure(e: unknown, doing: string): StoreResult<never> {
	if (isQuotaError(e))
		return {
			ok: false,
			reason: 'quota',
			message: 'Storage is full, so the imported files were not saved and the stored history is unchanged.',
		};
	const detail = e instanceof Error && e.message ? ` (${e.message.slice(0, 120)})` : '';
	return {
		ok: false,
		reason: 'unavailable',
		message: `Could not ${doing}: the browser's storage is not available${detail}. The stored history is unchanged.`,
	};
}

export function createHistoryStorage(opts: { store?: UseStore; now?: () => number } = {}): HistoryStorage {
	const store = () => opts.store ?? historyStore();
	const now = opts.now ?? Date.now;
	return {
		async load() {
			let value: unknown;
			try {
				value = await get(HISTORY_KEY, store());
			} catch (e) {
				return failure(e, 'read the imported history');
			}
			if (value === undefined) return { ok: true, value: null };
			const problem = problemOf(value);
			if (problem)
				return {
					ok: false,
					reason: 'invalid',
					message: `The stored history is damaged and was not used (${problem}). Clear it, then import the files again.`,
				};
			const r = value as v.InferOutput<typeof recordSchema>;
			const history = { indexes: r.indexes, contracts: r.contracts };
			return { ok: true, value: { rev: String(r.savedAt), savedAt: r.savedAt, history } };
		},
		async save(history) {
			const savedAt = now();
			const record = { version: HISTORY_RECORD_VERSION, savedAt, ...history };
			const problem = problemOf(record);
			if (problem)
				return { ok: false, reason: 'invalid', message: `Not saved: the history is not sound (${problem}).` };
			try {
				await set(HISTORY_KEY, record, store());
			} catch (e) {
				return failure(e, 'save the imported history');
			}
			return { ok: true, value: { rev: String(savedAt), savedAt, history } };
		},
		async clear() {
			try {
				await del(HISTORY_KEY, store());
			} catch (e) {
				return failure(e, 'clear the imported history');
			}
			return { ok: true, value: null };
		},
	};
}
