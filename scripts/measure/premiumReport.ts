// Section b of the real-world VIX measurement: the futures risk premium λ by start regime and horizon, from real
// CFE settlements and from the proxy curve over 2009–2026, and the table the app should use.
import type { HistoryFiles } from './historyFiles';
import { HORIZON_BUCKETS, bucketOf } from './buckets';
import { blockBootstrapSe } from '../../src/engine';
import { overlapsEpisode } from '../../src/engine/history';
import { MARCH_2020 } from './march2020';
import { REGIMES, type Day, type StartRegime } from './market';
import { fixed, markdownTable, pct } from './output';
import {
	cfeObservations,
	gapSummary,
	openVersusSoq,
	premiumTable,
	proxyObservations,
	type PremiumCell,
	type PremiumObservation,
} from './premium';

/** Bootstrap of the proxy sample: blocks of 3 consecutive contracts (a quarter), 500 resamples. */
export const PREMIUM_BOOTSTRAP = { blockLength: 3, replicates: 500, seed: 20090918 } as const;

function table(title: string, cells: readonly PremiumCell[], se?: readonly number[]): string {
	return markdownTable(
		title,
		[
			'regime',
			'horizon (days)',
			'mean ln x',
			'ln mean x',
			...(se ? ['SE'] : []),
			'median x',
			'n',
			'contracts',
		],
		cells.map((c, i) => [
			c.regime,
			c.bucket,
			fixed(c.meanLn, 3),
			fixed(c.lnMean, 3),
			...(se ? [fixed(se[i], 3)] : []),
			fixed(c.medianX, 3),
			String(c.n),
			String(c.contracts),
		]),
	);
}

/** λ = −ln mean x per regime and horizon bucket, with block-bootstrap SEs over consecutive contracts. */
function lambdaWithSe(observations: readonly PremiumObservation[]): { cells: PremiumCell[]; se: number[] } {
	const cells = premiumTable(observations);
	const cellOf = new Map(cells.map((c, i) => [`${c.regime} ${c.bucket}`, i]));
	// Each contract as (cell, x) pairs; a resample sums x and counts per cell.
	const byExpiry = new Map<string, [number, number][]>();
	for (const o of observations) {
		const cell = cellOf.get(`${o.regime} ${bucketOf(HORIZON_BUCKETS, o.horizonDays)!.label}`)!;
		byExpiry.set(o.expiry, [...(byExpiry.get(o.expiry) ?? []), [cell, o.x]]);
	}
	const groups = [...byExpiry.keys()].sort().map((e) => byExpiry.get(e)!);
	const lnMeans = (sample: readonly [number, number][][]) => {
		const sum = new Float64Array(cells.length);
		const count = new Float64Array(cells.length);
		for (const group of sample) {
			for (const [cell, x] of group) {
				sum[cell] += x;
				count[cell]++;
			}
		}
		return [...sum].map((s, i) => (count[i] ? Math.log(s / count[i]) : NaN));
	};
	const { blockLength, replicates, seed } = PREMIUM_BOOTSTRAP;
	const resampled = (idx: Int32Array) => lnMeans(Array.from(idx, (i) => groups[i]));
	return { cells, se: blockBootstrapSe(groups.length, resampled, blockLength, replicates, seed) };
}

export interface PremiumResult {
	/** Horizon of each λ value, calendar days (0 first, then the bucket midpoints). */
	horizonDays: number[];
	lambda: Record<StartRegime, number[]>;
	markdown: string;
}

export function measurePremium(files: HistoryFiles, days: readonly Day[]): PremiumResult {
	const cfe = cfeObservations(files, days);
	const proxyOnCfe = proxyObservations(files, days, undefined, cfe);
	const proxy = proxyObservations(files, days).filter((o) => o.date >= '2009-09-18');
	const { cells, se } = lambdaWithSe(proxy);
	const withoutEpisode = premiumTable(proxy.filter((o) => !overlapsEpisode(MARCH_2020, o.date, o.expiry)));
	const gaps = gapSummary(openVersusSoq(files, days));
	const horizonDays = [0, ...HORIZON_BUCKETS.map((b) => (b.lo + b.hi) / 2)];
	const lambda = Object.fromEntries(
		REGIMES.map((r) => [
			r,
			[0, ...HORIZON_BUCKETS.map((b) => -cells.find((c) => c.regime === r && c.bucket === b.label)!.lnMean)],
		]),
	) as Record<StartRegime, number[]>;
	const recommended = markdownTable(
		'Recommended λ(h) = −ln mean(VIX_T/F) (proxy 2009–2026, full sample), at the bucket midpoints; λ(0) = 0',
		['regime', ...horizonDays.map((h) => `${h} d`)],
		REGIMES.map((r) => [r, ...lambda[r].map((x) => fixed(x, 3))]),
	);
	const markdown = [
		`Settlement values: SOQ from the final settlement values file, else the CFE file's settlement on the expiry day (equal to the SOQ on all ${files.contracts.filter((c) => files.soq.has(c.expiry)).length} contracts where both exist), else VIX's open on the expiry day. VIX open vs SOQ over the ${gaps.n} expiries where both are known: mean ln(open/SOQ) = ${fixed(gaps.mean, 4)}, RMS ${fixed(gaps.rms, 3)}, largest ${fixed(gaps.maxAbs, 3)} — unbiased but noisy (${pct(gaps.rms)} a contract).`,
		table('Real CFE futures: x = settlement value / F_t (the three CFE windows)', premiumTable(cfe)),
		table('Proxy futures on the same (day, contract) pairs as the CFE table', premiumTable(proxyOnCfe)),
		table(
			`Proxy futures, every day 2009-09-18 → ${days.filter((d) => d.vix3m !== null).at(-1)!.date}, every listed monthly expiry (SE of ln mean x: block bootstrap over ${PREMIUM_BOOTSTRAP.blockLength} consecutive contracts, ${PREMIUM_BOOTSTRAP.replicates} resamples)`,
			cells,
			se,
		),
		table(
			'Proxy futures 2009–2026 without the (day, contract) pairs whose window overlaps 2020-02-20 … 2020-04-30',
			withoutEpisode,
		),
		recommended,
	].join('\n\n');
	return { horizonDays, lambda, markdown };
}
