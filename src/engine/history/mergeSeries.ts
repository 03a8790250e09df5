// Merging a newly imported series (or VX contract) into the stored one: the union of their dates, refused as a whole
// when the two disagree on a date, with a report of what was added and what is still missing.

import { isoDateOfEpochDay } from '../market/isoDate';
import type { IsoDate } from '../types';
import { businessDayGaps, type GapReport } from './businessDayGaps';
import type { IndexSeries, VxContract } from './series';

/**
 * Two closes of one date agree when they differ by at most this fraction of the larger: sources that store
 * prices as 32-bit floats (2587.840087890625 for 2587.84) then agree with those that print cents.
 */
export const SAME_CLOSE_REL = 1e-6;

export interface MergeReport {
	/** The merged series (a new object; the inputs are not changed). */
	series: IndexSeries;
	/** Dates the incoming series added. */
	added: number;
	/** First and last date of the merged series. */
	range: { from: IsoDate; to: IsoDate };
	gaps: GapReport;
}

/** A merge refused: why, and the first date on which the two series disagree (null when the ids differ). */
export interface MergeRefusal {
	ok: false;
	message: string;
	conflict: { date: IsoDate; stored: number; incoming: number } | null;
}

/** The union of two day-keyed value lists, or the first day on which they disagree (SAME_CLOSE_REL). */
function unionByDay(
	oldDays: Int32Array,
	oldValues: Float64Array,
	newDays: Int32Array,
	newValues: Float64Array,
):
	| { days: Int32Array; values: Float64Array }
	| { conflict: { day: number; stored: number; incoming: number } } {
	const days = new Int32Array(oldDays.length + newDays.length);
	const values = new Float64Array(days.length);
	let n = 0;
	let i = 0;
	let j = 0;
	while (i < oldDays.length || j < newDays.length) {
		const a = i < oldDays.length ? oldDays[i] : Infinity;
		const b = j < newDays.length ? newDays[j] : Infinity;
		if (a === b) {
			const [x, y] = [oldValues[i], newValues[j]];
			if (Math.abs(x - y) > SAME_CLOSE_REL * Math.max(Math.abs(x), Math.abs(y)))
				return { conflict: { day: a, stored: x, incoming: y } };
		}
		days[n] = Math.min(a, b);
		values[n++] = a <= b ? oldValues[i] : newValues[j];
		if (a <= b) i++;
		if (b <= a) j++;
	}
	return { days: days.slice(0, n), values: values.slice(0, n) };
}

/**
 * The union of the stored and incoming closes of one index. On a date both have, the values must agree
 * (SAME_CLOSE_REL) and the stored one is kept; the first disagreement refuses the whole merge.
 * @param stored - the series already kept, or null for the first import
 * @param incoming - the series just imported, same index
 * @example mergeSeries(vixTo2020, vixFrom2019) // { ok: true, value: { added: …, range: { from: '1990-01-02', … } } }
 */
export function mergeSeries(
	stored: IndexSeries | null,
	incoming: IndexSeries,
): { ok: true; value: MergeReport } | MergeRefusal {
	const old = stored ?? { id: incoming.id, days: new Int32Array(0), close: new Float64Array(0) };
	if (incoming.days.length === 0)
		return { ok: false, message: 'there are no closes to merge', conflict: null };
	if (old.id !== incoming.id) {
		return { ok: false, message: `cannot merge ${incoming.id} closes into ${old.id}`, conflict: null };
	}
	const union = unionByDay(old.days, old.close, incoming.days, incoming.close);
	if ('conflict' in union) {
		const { day, stored: x, incoming: y } = union.conflict;
		const date = isoDateOfEpochDay(day);
		return {
			ok: false,
			message: `${old.id} on ${date}: the stored close is ${x}, the file has ${y}`,
			conflict: { date, stored: x, incoming: y },
		};
	}
	const merged = { id: old.id, days: union.days, close: union.values };
	const n = merged.days.length;
	return {
		ok: true,
		value: {
			series: merged,
			added: n - old.days.length,
			range: { from: isoDateOfEpochDay(merged.days[0]), to: isoDateOfEpochDay(merged.days[n - 1]) },
			gaps: businessDayGaps(merged.days),
		},
	};
}

/**
 * The union of a VX contract's stored and incoming settlements (the same contract imported twice, e.g. a file
 * downloaded again later), by the rule of mergeSeries.
 * @example mergeContract(null, contract) // { ok: true, value: { contract, added: contract.days.length } }
 */
export function mergeContract(
	stored: VxContract | null,
	incoming: VxContract,
): { ok: true; value: { contract: VxContract; added: number } } | MergeRefusal {
	if (stored === null) return { ok: true, value: { contract: incoming, added: incoming.days.length } };
	if (stored.expiry !== incoming.expiry)
		return { ok: false, message: `cannot merge ${incoming.code} into ${stored.code}`, conflict: null };
	const union = unionByDay(stored.days, stored.settle, incoming.days, incoming.settle);
	if ('conflict' in union) {
		const { day, stored: x, incoming: y } = union.conflict;
		const date = isoDateOfEpochDay(day);
		return {
			ok: false,
			message: `${stored.code} on ${date}: the stored settlement is ${x}, the file has ${y}`,
			conflict: { date, stored: x, incoming: y },
		};
	}
	return {
		ok: true,
		value: {
			contract: { ...stored, days: union.days, settle: union.values },
			added: union.days.length - stored.days.length,
		},
	};
}
