// Typical VX curve shapes by regime and VIX level: the median F(T)/VIX at fixed tenors over 2009–2026 from the
// calibrated proxy curve, and the same from real CFE settlements where the files have them.
import { calendarDaysBetween, type IsoDate } from '../../src/engine';
import { proxyFuture, type ProxyCalibration } from '../../src/engine/history/proxyFutures';
import type { HistoryFiles } from './historyFiles';
import { REGIMES, regimeOf, termDays, type Day, type StartRegime } from './market';
import { median } from './stats';

/** Upper edges of the VIX buckets: <13, 13–16, …, 40–55, ≥ 55. */
export const VIX_BUCKET_EDGES = [13, 16, 20, 25, 30, 40, 55] as const;
export const SHAPE_TENOR_DAYS = [30, 60, 90, 120, 150, 180, 240] as const;

export function vixBucketLabel(i: number): string {
	const edges = VIX_BUCKET_EDGES;
	return i === 0 ? `<${edges[0]}` : i === edges.length ? `≥ ${edges[i - 1]}` : `${edges[i - 1]}–${edges[i]}`;
}

export function vixBucket(vix: number): number {
	const i = VIX_BUCKET_EDGES.findIndex((edge) => vix < edge);
	return i < 0 ? VIX_BUCKET_EDGES.length : i;
}

/** One day's curve read at the shape tenors, as F(T)/VIX, with VIX3M/VIX. */
export interface ShapeDay {
	date: IsoDate;
	regime: StartRegime;
	bucket: number;
	ratios: (number | null)[];
	vix3mOverVix: number;
}

export function proxyShapeDays(days: readonly Day[], calibration?: ProxyCalibration): ShapeDay[] {
	return termDays(days).map((d) => ({
		date: d.date,
		regime: regimeOf(d.vix, d.vix3m),
		bucket: vixBucket(d.vix),
		ratios: SHAPE_TENOR_DAYS.map((t) => proxyFuture(d.vix, d.vix3m, t, calibration) / d.vix),
		vix3mOverVix: d.vix3m / d.vix,
	}));
}

/** CFE days with VIX3M, the real curve interpolated linearly in tenor between listed contracts (no extrapolation). */
export function cfeShapeDays(files: HistoryFiles, days: readonly Day[]): ShapeDay[] {
	const curves = new Map<IsoDate, { tenor: number; settle: number }[]>();
	for (const c of files.contracts) {
		for (const row of c.rows) {
			const tenor = calendarDaysBetween(row.tradeDate, c.expiry);
			if (tenor <= 0) continue;
			if (!curves.has(row.tradeDate)) curves.set(row.tradeDate, []);
			curves.get(row.tradeDate)!.push({ tenor, settle: row.settle });
		}
	}
	return termDays(days).flatMap((d) => {
		const curve = curves.get(d.date)?.sort((a, b) => a.tenor - b.tenor);
		if (!curve) return [];
		const at = (t: number) => {
			const k = curve.findIndex((p) => p.tenor >= t);
			if (k < 0 || (k === 0 && curve[0].tenor !== t)) return null;
			if (curve[k].tenor === t) return curve[k].settle;
			const [a, b] = [curve[k - 1], curve[k]];
			return a.settle + ((b.settle - a.settle) * (t - a.tenor)) / (b.tenor - a.tenor);
		};
		const ratios = SHAPE_TENOR_DAYS.map((t) => {
			const f = at(t);
			return f === null ? null : f / d.vix;
		});
		return [
			{
				date: d.date,
				regime: regimeOf(d.vix, d.vix3m),
				bucket: vixBucket(d.vix),
				ratios,
				vix3mOverVix: d.vix3m / d.vix,
			},
		];
	});
}

/** Medians per regime × VIX bucket; null where no day (or no reading at that tenor) fell in the cell. */
export interface ShapeTable {
	futureOverVix: Record<StartRegime, (number | null)[][]>;
	vix3mOverVix: Record<StartRegime, (number | null)[]>;
	days: Record<StartRegime, number[]>;
}

export function shapeTable(shapeDays: readonly ShapeDay[]): ShapeTable {
	const buckets = [...Array(VIX_BUCKET_EDGES.length + 1).keys()];
	const cell = (regime: StartRegime, bucket: number) =>
		shapeDays.filter((d) => d.regime === regime && d.bucket === bucket);
	const med = (xs: (number | null)[]) => {
		const known = xs.filter((x): x is number => x !== null);
		return known.length ? median(known) : null;
	};
	const per = <T>(f: (regime: StartRegime) => T) =>
		Object.fromEntries(REGIMES.map((r) => [r, f(r)])) as Record<StartRegime, T>;
	return {
		futureOverVix: per((r) =>
			buckets.map((b) => SHAPE_TENOR_DAYS.map((_, k) => med(cell(r, b).map((d) => d.ratios[k])))),
		),
		vix3mOverVix: per((r) => buckets.map((b) => med(cell(r, b).map((d) => d.vix3mOverVix)))),
		days: per((r) => buckets.map((b) => cell(r, b).length)),
	};
}
