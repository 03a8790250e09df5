// The back-test (docs/history.md, "Back-test"): the book entered at every k-th close of the history and held to the
// condor's expiry under each policy, marked daily with the app's pricing (history/historyStart.ts) and run through
// the lab's rule engine. Chunkable like the lab: backTestPart runs a range of the starts (a worker reports progress
// and may cancel between chunks), mergeBackTestSeries joins the ranges in order, backTestResult reports.
import type { BookSpec } from '../book/bookSpec';
import { spxExpiryForDte } from '../scenario/marketModel';
import { pathOutcome } from '../simulation/pathRun';
import { runPolicyOnPath } from '../simulation/policies';
import { checkBackTestSettings, DEFAULT_BACK_TEST_SETTINGS, type BackTestSettings } from './backTestSettings';
import { backTestResult, type BackTestResult } from './backTestReport';
import type { HistoryDays } from './historyDays';
import { historyStart } from './historyStart';
import { dayIndex } from './historyTable';

/** Per start (in start order), what each policy did; typed arrays pass to and from workers as they are. */
export interface BackTestSeries {
	/** Table rows of the starts run, and the day numbers of each start and of its condor's expiry. */
	rows: Int32Array;
	startDays: Int32Array;
	endDays: Int32Array;
	/** 1 where the start was in backwardation (VIX above VIX3M). */
	backwardation: Uint8Array;
	/** Per policy, dollars per start: hedge premium and condor credit at entry; P&L at mid and after costs. */
	policies: {
		premiumUsd: Float64Array;
		creditUsd: Float64Array;
		condorUsd: Float64Array;
		hedgeUsd: Float64Array;
		condorNetUsd: Float64Array;
		hedgeNetUsd: Float64Array;
	}[];
	/** Starts left out because the book could not be entered that day, and the first reason. */
	skipped: number;
	firstSkip: string | null;
}

const POLICY_KEYS = [
	'premiumUsd',
	'creditUsd',
	'condorUsd',
	'hedgeUsd',
	'condorNetUsd',
	'hedgeNetUsd',
] as const;

/**
 * The table rows the back-test starts on: every `every`-th day within [from, to] whose condor's expiry is a day of
 * the history reached by consecutive business days (so every start is held to its expiry).
 */
export function backTestStarts(days: HistoryDays, spec: BookSpec, settings: BackTestSettings): Int32Array {
	checkBackTestSettings(settings);
	const { table } = days;
	const n = table.days.length;
	// The first row after each row where the business days break (a gap, or another episode).
	const breakAt = new Int32Array(n + 1).fill(n);
	for (let i = n - 1; i >= 0; i--)
		breakAt[i] = i + 1 < n && table.follows[i + 1] === 0 ? i + 1 : breakAt[i + 1];
	const rows: number[] = [];
	for (let i = 0; i < n; i++) {
		const date = table.dates[i];
		if ((settings.from !== null && date < settings.from) || (settings.to !== null && date > settings.to))
			continue;
		const end = dayIndex(table, spxExpiryForDte(date, spec.condorDteDays));
		if (end > i && end < breakAt[i]) rows.push(i);
	}
	return Int32Array.from(rows.filter((_, k) => k % settings.every === 0));
}

function emptySeries(count: number, policies: number): BackTestSeries {
	return {
		rows: new Int32Array(count),
		startDays: new Int32Array(count),
		endDays: new Int32Array(count),
		backwardation: new Uint8Array(count),
		policies: Array.from({ length: policies }, () =>
			Object.fromEntries(POLICY_KEYS.map((k) => [k, new Float64Array(count)])),
		) as BackTestSeries['policies'],
		skipped: 0,
		firstSkip: null,
	};
}

/** The series with only its first `count` starts. */
function truncated(s: BackTestSeries, count: number): BackTestSeries {
	return {
		...s,
		rows: s.rows.slice(0, count),
		startDays: s.startDays.slice(0, count),
		endDays: s.endDays.slice(0, count),
		backwardation: s.backwardation.slice(0, count),
		policies: s.policies.map(
			(p) =>
				Object.fromEntries(POLICY_KEYS.map((k) => [k, p[k].slice(0, count)])) as (typeof s.policies)[number],
		),
	};
}

/**
 * Runs starts[from … from + count − 1]: each entered once for all policies (they share its marks).
 * @param starts from backTestStarts (the same settings and spec).
 */
export function backTestPart(
	days: HistoryDays,
	spec: BookSpec,
	settings: BackTestSettings,
	starts: Int32Array,
	from: number,
	count: number,
): BackTestSeries {
	const out = emptySeries(count, settings.policies.length);
	const outcome = pathOutcome();
	let k = 0;
	for (let s = from; s < from + count && s < starts.length; s++) {
		let start;
		try {
			start = historyStart(days, starts[s], spec, settings.policies, true);
		} catch (e) {
			out.skipped++;
			out.firstSkip ??= `${days.table.dates[starts[s]]}: ${(e as Error).message}`;
			continue;
		}
		if (!start) continue;
		out.rows[k] = start.first;
		out.startDays[k] = days.table.days[start.first];
		out.endDays[k] = days.table.days[start.last];
		out.backwardation[k] = start.regime === 'backwardation' ? 1 : 0;
		settings.policies.forEach((policy, p) => {
			const o = runPolicyOnPath(
				policy,
				start.books[p],
				start.marks,
				start.vx,
				start.rollStrike,
				spec.costs,
				0,
				outcome,
			);
			const series = out.policies[p];
			series.premiumUsd[k] = start.entries[p].hedgePremiumUsd;
			series.creditUsd[k] = start.entries[p].creditUsd;
			series.condorUsd[k] = o.condorUsd;
			series.hedgeUsd[k] = o.hedgeUsd;
			series.condorNetUsd[k] = o.condorUsd - o.condorCostsUsd;
			series.hedgeNetUsd[k] = o.hedgeUsd - o.hedgeCostsUsd;
		});
		k++;
	}
	return truncated(out, k);
}

/** Consecutive parts (in start order) as one series. */
export function mergeBackTestSeries(parts: readonly BackTestSeries[]): BackTestSeries {
	const n = parts.reduce((s, p) => s + p.rows.length, 0);
	const whole = emptySeries(n, parts[0].policies.length);
	let at = 0;
	for (const part of parts) {
		whole.rows.set(part.rows, at);
		whole.startDays.set(part.startDays, at);
		whole.endDays.set(part.endDays, at);
		whole.backwardation.set(part.backwardation, at);
		part.policies.forEach((p, i) => POLICY_KEYS.forEach((key) => whole.policies[i][key].set(p[key], at)));
		whole.skipped += part.skipped;
		whole.firstSkip ??= part.firstSkip;
		at += part.rows.length;
	}
	return whole;
}

/**
 * The whole back-test in one worker, chunk by chunk.
 * @param onChunk awaited after each chunk with the fraction done; false cancels (the result is then null).
 * @throws RangeError on settings that cannot run, or when no start reaches its condor's expiry.
 */
export async function runBackTest(
	days: HistoryDays,
	spec: BookSpec,
	settings: BackTestSettings = DEFAULT_BACK_TEST_SETTINGS,
	onChunk?: (doneFraction: number) => boolean | void | Promise<boolean | void>,
): Promise<BackTestResult | null> {
	const starts = backTestStarts(days, spec, settings);
	const parts: BackTestSeries[] = [];
	for (let from = 0; from < starts.length; from += settings.chunkStarts) {
		parts.push(backTestPart(days, spec, settings, starts, from, settings.chunkStarts));
		const done = Math.min(1, (from + settings.chunkStarts) / starts.length);
		if (onChunk && (await onChunk(done)) === false) return null;
	}
	if (parts.length === 0) throw new RangeError('no start of this history reaches its condor’s expiry');
	return backTestResult(days.table, spec, settings, mergeBackTestSeries(parts));
}
