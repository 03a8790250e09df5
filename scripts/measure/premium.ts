// The futures risk premium: how VIX at a VX contract's settlement compares with the future some days earlier,
// x = settlement value / F_t, by the regime at t and the horizon, from real CFE settlements and from proxy futures.
import { calendarDaysBetween, vxExpiriesAfter, type IsoDate } from '../../src/engine';
import { proxyFuture, type ProxyCalibration } from '../../src/engine/history/proxyFutures';
import { PROXY_CALIBRATION } from '../../src/engine/measured/proxyCalibration.generated';
import { HORIZON_BUCKETS, bucketOf } from './buckets';
import type { HistoryFiles } from './historyFiles';
import { REGIMES, regimeOf, settlementValue, termDays, type Day, type StartRegime } from './market';
import { mean, median, rms } from './stats';

export interface PremiumObservation {
	date: IsoDate;
	expiry: IsoDate;
	horizonDays: number;
	regime: StartRegime;
	/** Settlement value / future at t. */
	x: number;
}

/** Every CFE settlement within 270 days of its expiry, on a day with VIX and VIX3M, against the contract's SOQ. */
export function cfeObservations(files: HistoryFiles, days: readonly Day[]): PremiumObservation[] {
	const byDate = new Map(days.map((d) => [d.date, d]));
	return files.contracts.flatMap((contract) => {
		const settled = settlementValue(files, byDate, contract.expiry);
		if (!settled) return [];
		return contract.rows.flatMap((row) => {
			const day = byDate.get(row.tradeDate);
			const horizonDays = calendarDaysBetween(row.tradeDate, contract.expiry);
			if (!day || day.vix3m === null || !bucketOf(HORIZON_BUCKETS, horizonDays)) return [];
			const regime = regimeOf(day.vix, day.vix3m);
			return [
				{ date: row.tradeDate, expiry: contract.expiry, horizonDays, regime, x: settled.value / row.settle },
			];
		});
	});
}

/**
 * Every day with VIX and VIX3M and every listed monthly VX expiry within 270 days whose settlement is known,
 * against the proxy future of that day (`only` keeps the (date, expiry) pairs of another sample).
 */
export function proxyObservations(
	files: HistoryFiles,
	days: readonly Day[],
	calibration: ProxyCalibration = PROXY_CALIBRATION,
	only?: readonly PremiumObservation[],
): PremiumObservation[] {
	const byDate = new Map(days.map((d) => [d.date, d]));
	const keep = only && new Set(only.map((o) => `${o.date} ${o.expiry}`));
	const settled = new Map<IsoDate, number | null>();
	const value = (expiry: IsoDate) => {
		if (!settled.has(expiry)) settled.set(expiry, settlementValue(files, byDate, expiry)?.value ?? null);
		return settled.get(expiry)!;
	};
	return termDays(days).flatMap((day) =>
		vxExpiriesAfter(day.date, 10).flatMap((expiry) => {
			const horizonDays = calendarDaysBetween(day.date, expiry);
			const settle = value(expiry);
			if (!bucketOf(HORIZON_BUCKETS, horizonDays) || settle === null) return [];
			if (keep && !keep.has(`${day.date} ${expiry}`)) return [];
			const future = proxyFuture(day.vix, day.vix3m, horizonDays, calibration);
			return [
				{ date: day.date, expiry, horizonDays, regime: regimeOf(day.vix, day.vix3m), x: settle / future },
			];
		}),
	);
}

export interface PremiumCell {
	regime: StartRegime;
	bucket: string;
	/** Mean of ln x. */
	meanLn: number;
	/** ln of the mean of x: −λ in E[VIX_T] = F·e^{−λ}. */
	lnMean: number;
	medianX: number;
	n: number;
	/** Distinct contracts (expiries) behind the cell. */
	contracts: number;
}

export function premiumTable(observations: readonly PremiumObservation[]): PremiumCell[] {
	return REGIMES.flatMap((regime) =>
		HORIZON_BUCKETS.flatMap((bucket) => {
			const cell = observations.filter(
				(o) => o.regime === regime && bucketOf(HORIZON_BUCKETS, o.horizonDays) === bucket,
			);
			if (cell.length === 0) return [];
			const xs = cell.map((o) => o.x);
			return [
				{
					regime,
					bucket: bucket.label,
					meanLn: mean(xs.map(Math.log)),
					lnMean: Math.log(mean(xs)),
					medianX: median(xs),
					n: xs.length,
					contracts: new Set(cell.map((o) => o.expiry)).size,
				},
			];
		}),
	);
}

/** VIX's open on the expiry day against the SOQ, for every expiry where both are known: ln(open/SOQ). */
export function openVersusSoq(
	files: HistoryFiles,
	days: readonly Day[],
): { expiry: IsoDate; lnGap: number }[] {
	const byDate = new Map(days.map((d) => [d.date, d]));
	const expiries = [...new Set([...files.soq.keys(), ...files.contracts.map((c) => c.expiry)])].sort();
	return expiries.flatMap((expiry) => {
		const settled = settlementValue(files, byDate, expiry);
		const day = byDate.get(expiry);
		if (!settled || settled.source === 'vixOpen' || !day) return [];
		return [{ expiry, lnGap: Math.log(day.vixOpen / settled.value) }];
	});
}

export function gapSummary(gaps: readonly { lnGap: number }[]): {
	n: number;
	mean: number;
	rms: number;
	maxAbs: number;
} {
	const xs = gaps.map((g) => g.lnGap);
	return { n: xs.length, mean: mean(xs), rms: rms(xs), maxAbs: Math.max(...xs.map(Math.abs)) };
}
