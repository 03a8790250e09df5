// Section d of the real-world VIX measurement: median F(T)/VIX by regime × VIX bucket, from the proxy curve over
// 2009–2026 and, where the CFE files reach, from real settlements.
import {
	SHAPE_TENOR_DAYS,
	VIX_BUCKET_EDGES,
	cfeShapeDays,
	proxyShapeDays,
	shapeTable,
	vixBucketLabel,
	type ShapeTable,
} from './curveShapes';
import type { HistoryFiles } from './historyFiles';
import { REGIMES, type Day } from './market';
import { fixed, markdownTable } from './output';

/** Cells with fewer real CFE days than this are left out of the comparison. */
const MIN_CFE_DAYS = 10;

export function measureShapes(
	files: HistoryFiles,
	days: readonly Day[],
): { table: ShapeTable; markdown: string } {
	const proxyDays = proxyShapeDays(days).filter((d) => d.date >= '2009-09-18');
	const table = shapeTable(proxyDays);
	const buckets = [...Array(VIX_BUCKET_EDGES.length + 1).keys()];
	const proxyTables = REGIMES.map((r) =>
		markdownTable(
			`Median F(T)/VIX, ${r} days 2009–2026 (proxy curve); empty cells: the regime never occurred at that VIX level`,
			['VIX', 'days', 'VIX3M/VIX', ...SHAPE_TENOR_DAYS.map((t) => `${t} d`)],
			buckets.map((b) => [
				vixBucketLabel(b),
				String(table.days[r][b]),
				fixed(table.vix3mOverVix[r][b] ?? NaN, 3),
				...table.futureOverVix[r][b].map((x) => fixed(x ?? NaN, 3)),
			]),
		),
	);
	const cfeDays = cfeShapeDays(files, days);
	const real = shapeTable(cfeDays);
	const sameDays = new Set(cfeDays.map((d) => d.date));
	const proxyOnCfe = shapeTable(proxyDays.filter((d) => sameDays.has(d.date)));
	const rows = REGIMES.flatMap((r) =>
		buckets
			.filter((b) => real.days[r][b] >= MIN_CFE_DAYS)
			.map((b) => [
				r,
				vixBucketLabel(b),
				String(real.days[r][b]),
				...SHAPE_TENOR_DAYS.map((_, k) => {
					const x = real.futureOverVix[r][b][k];
					return x === null ? '' : `${fixed(x, 3)} / ${fixed(proxyOnCfe.futureOverVix[r][b][k]!, 3)}`;
				}),
			]),
	);
	const comparison = markdownTable(
		`Real CFE curve (interpolated linearly in tenor between listed contracts) vs proxy on the same days: median F(T)/VIX, real / proxy (cells with ≥ ${MIN_CFE_DAYS} days)`,
		['regime', 'VIX', 'days', ...SHAPE_TENOR_DAYS.map((t) => `${t} d`)],
		rows,
	);
	return { table, markdown: [...proxyTables, comparison].join('\n\n') };
}
