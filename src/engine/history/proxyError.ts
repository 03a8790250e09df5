// How far the proxy VX futures (history/proxyFutures.ts) stand from the real CFE settlements a history holds: on
// every day with a VIX3M close and a settlement, ln(F_proxy / F_real) by days to the contract's expiry. The History
// screen shows it beside the import report, so a trader sees what the days without settlements are priced with.
import { VIX3M_TENOR_DAYS, VIX_TENOR_DAYS, proxyFuture } from './proxyFutures';
import type { HistoryTable } from './historyTable';

/** Lower edges of the tenor buckets, calendar days to the future's expiry (the last bucket is open-ended). */
export const PROXY_ERROR_TENORS_DAYS = [0, 30, 60, 120, 270] as const;

export interface ProxyErrorBucket {
	/** Calendar days to expiry: fromDays ≤ tenor < toDays (toDays null: no upper edge). */
	fromDays: number;
	toDays: number | null;
	/** Settlements compared. */
	n: number;
	/** Mean and root-mean-square of ln(F_proxy / F_real), dimensionless (0.04 ≈ 4 %). */
	meanLog: number;
	rmseLog: number;
}

export interface ProxyErrorReport {
	/** Days with at least one settlement compared, and the settlements compared in all. */
	days: number;
	settlements: number;
	/** Buckets with at least one settlement, shortest tenor first. */
	buckets: ProxyErrorBucket[];
}

/**
 * The proxy's error against every real settlement of the table on a day with a VIX3M close.
 * @param table - a history (imported files or the embedded episodes)
 * @example proxyErrorReport(importedHistoryTable(series)).buckets[0] // { fromDays: 0, toDays: 30, n: …, meanLog: 0.017, … }
 */
export function proxyErrorReport(table: HistoryTable): ProxyErrorReport {
	const edges = PROXY_ERROR_TENORS_DAYS;
	const sum = new Float64Array(edges.length);
	const sumSq = new Float64Array(edges.length);
	const count = new Int32Array(edges.length);
	const seen = new Uint8Array(table.days.length);
	table.settle.forEach((settle, g) => {
		if (!settle) return;
		for (let i = 0; i < settle.length; i++) {
			const real = settle[i];
			const vix = table.vix[i];
			const vix3m = table.vix3m[i];
			const tenor = table.expiryDays[g] - table.days[i];
			// A VIX3M too far below VIX has no forward variance from 30 to 93 days: the proxy is not defined there.
			if (
				!(real > 0 && vix3m > 0 && tenor >= 0) ||
				vix3m * vix3m * VIX3M_TENOR_DAYS <= vix * vix * VIX_TENOR_DAYS
			)
				continue;
			const err = Math.log(proxyFuture(vix, vix3m, tenor) / real);
			let b = edges.length - 1;
			while (tenor < edges[b]) b--;
			sum[b] += err;
			sumSq[b] += err * err;
			count[b]++;
			seen[i] = 1;
		}
	});
	const buckets: ProxyErrorBucket[] = [];
	edges.forEach((fromDays, b) => {
		if (count[b] === 0) return;
		buckets.push({
			fromDays,
			toDays: edges[b + 1] ?? null,
			n: count[b],
			meanLog: sum[b] / count[b],
			rmseLog: Math.sqrt(sumSq[b] / count[b]),
		});
	});
	return { days: seen.reduce((a, x) => a + x, 0), settlements: count.reduce((a, x) => a + x, 0), buckets };
}
