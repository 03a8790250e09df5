// Analog paths for the regime lab (docs/simulation.md, "Analogs"): instead of the model's paths, the real windows of
// history whose first day looked like today — the same VIX bucket (the measured curve shapes' buckets) and the same
// VIX/VIX3M bucket — bootstrapped, their SPX and VIX moves applied to today's market as ratios, then marked and run
// through the policies like any path. Each pair draws its two windows from its own seeded stream, so a pool of
// workers gives the same paths as one worker. Only windows that ended before the market's date are used.
import type { MarketSnapshot } from '../market/snapshot';
import type { HistoryTable } from '../history/historyTable';
import { bucketLabel, vixBucket } from '../scenario/counterparts';
import { CURVE_SHAPES } from '../measured/realWorldVix.generated';
import type { OpenSteps, PathBlock } from './paths';
import { Xoshiro128, streamSeed } from './prng';

/** VIX/VIX3M bucket edges: steep contango, contango, flat contango, backwardation (above 1, as the curve shapes). */
export const ANALOG_RATIO_EDGES = [0.85, 0.92, 1] as const;
/** Fewer windows than this in today's cell and the nearest cell with enough stands in (and the start says so). */
export const MIN_ANALOG_WINDOWS = 20;

/** The windows a start draws from: their first rows in the history table, and which cell they come from. */
export interface AnalogWindows {
	table: HistoryTable;
	rows: Int32Array;
	/** Steps (closes after the first) each window spans. */
	steps: number;
	vixBucket: number;
	ratioBucket: number;
	/** Whether the cell is today's own (else the nearest with MIN_ANALOG_WINDOWS windows). */
	sameCell: boolean;
}

/** The VIX/VIX3M bucket of a ratio (0 … ANALOG_RATIO_EDGES.length). */
export const ratioBucket = (ratio: number) => ANALOG_RATIO_EDGES.filter((e) => ratio > e).length;

function ratioLabel(b: number): string {
	const e = ANALOG_RATIO_EDGES;
	return b === 0 ? `≤ ${e[0]}` : b === e.length ? `> ${e[e.length - 1]}` : `${e[b - 1]}–${e[b]}`;
}

/**
 * The windows of `steps` consecutive business days that ended before the market's date, whose first day is in the
 * market's VIX and VIX/VIX3M cell (VIX1 stands in for an unknown VIX3M) — or, with fewer than MIN_ANALOG_WINDOWS
 * there, the nearest cell that has them (the VIX bucket first, then the ratio bucket).
 * @throws RangeError when no cell has MIN_ANALOG_WINDOWS windows (a history too short or too late).
 */
export function analogWindows(table: HistoryTable, market: MarketSnapshot, steps: number): AnalogWindows {
	const cells = new Map<number, number[]>();
	const VB = CURVE_SHAPES.vixBucketEdges.length + 1;
	const n = table.days.length;
	let run = 0;
	// run = consecutive business days ending at row i; a window starting at i − steps fits when run > steps.
	for (let i = 0; i < n && table.dates[i] < market.valuationDate; i++) {
		run = table.follows[i] === 1 ? run + 1 : 1;
		const first = i - steps;
		if (run <= steps || !(table.vix3m[first] > 0)) continue;
		const key = ratioBucket(table.vix[first] / table.vix3m[first]) * VB + vixBucket(table.vix[first]);
		if (!cells.has(key)) cells.set(key, []);
		cells.get(key)!.push(first);
	}
	const vb = vixBucket(market.vix);
	const rb = ratioBucket(market.vix / (market.vix3m ?? market.futures[0].price));
	const order: [number, number][] = [];
	for (let dr = 0; dr <= ANALOG_RATIO_EDGES.length; dr++)
		for (let dv = 0; dv < VB; dv++)
			for (const r of new Set([rb - dr, rb + dr]))
				for (const v of new Set([vb - dv, vb + dv]))
					if (r >= 0 && r <= ANALOG_RATIO_EDGES.length && v >= 0 && v < VB) order.push([r, v]);
	for (const [r, v] of order) {
		const rows = cells.get(r * VB + v) ?? [];
		if (rows.length >= MIN_ANALOG_WINDOWS)
			return {
				table,
				rows: Int32Array.from(rows),
				steps,
				vixBucket: v,
				ratioBucket: r,
				sameCell: r === rb && v === vb,
			};
	}
	throw new RangeError(
		`fewer than ${MIN_ANALOG_WINDOWS} history windows of ${steps} business days end before ${market.valuationDate}`,
	);
}

/** What a start's results say about its windows. */
export function analogSource(w: AnalogWindows): string {
	const first = w.table.dates[w.rows[0]].slice(0, 4);
	const last = w.table.dates[w.rows[w.rows.length - 1] + w.steps].slice(0, 4);
	const cell = `VIX ${bucketLabel(w.vixBucket)}, VIX/VIX3M ${ratioLabel(w.ratioBucket)}`;
	return `${w.rows.length} real windows of ${first}–${last} starting at ${cell}${w.sameCell ? '' : ' (the nearest cell with enough)'}`;
}

/**
 * Pairs firstPair … firstPair + pairs − 1 drawn from the windows into a block: each path is a window (drawn uniformly
 * from the pair's stream), its SPX and VIX ratios to its first close applied to today's SPX and VIX. VIX at an SOQ
 * open is the window's close before it (the history's stand-in for the open).
 */
export function analogPairs(
	w: AnalogWindows,
	start: { spx: number; vix: number },
	seed: number,
	firstPair: number,
	pairs: number,
	opens: OpenSteps,
	out: PathBlock,
): PathBlock {
	const stride = w.steps + 1;
	const nOpens = opens.steps.length;
	if (out.steps !== w.steps || out.spx.length < 2 * pairs * stride || out.vixOpen.length < 2 * pairs * nOpens)
		throw new RangeError('out block is too small for these pairs, steps and opens');
	out.pairs = pairs;
	const { spx, vix } = w.table;
	const rng = new Xoshiro128(0);
	for (let k = 0; k < pairs; k++) {
		rng.reseed(streamSeed(seed, firstPair + k));
		for (const row of [k, pairs + k]) {
			const first = w.rows[Math.floor(rng.uniform() * w.rows.length)];
			const sScale = start.spx / spx[first];
			const vScale = start.vix / vix[first];
			for (let j = 0; j < stride; j++) {
				out.spx[row * stride + j] = sScale * spx[first + j];
				out.vix[row * stride + j] = vScale * vix[first + j];
			}
			for (let o = 0; o < nOpens; o++)
				out.vixOpen[row * nOpens + o] = vScale * vix[first + opens.steps[o] - 1];
		}
	}
	return out;
}
