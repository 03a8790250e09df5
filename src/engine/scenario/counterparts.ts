// A market's other-regime counterpart built from history, never mirrored (docs/simulation.md, "Start states"): the same
// SPX, valuation date and smile (a smile whose ATM follows VIX keeps its wings in proportion to that ATM), and the other regime's typical VX curve — the median F(T)/VIX of 2009–2026 days in
// that regime at the same VIX level (measured in docs/measured/real-world-vix.md). Where the other regime never
// occurred at that level (a contango at VIX 45, a backwardation at VIX 11), the nearest level where it did stands in,
// with its typical VIX, and the counterpart says so.
import { CURVE_SHAPES } from '../measured/realWorldVix.generated';
import { classifyCurve } from '../market/regime';
import { calendarDaysBetween } from '../market/isoDate';
import type { MarketSnapshot, SmileInput } from '../market/snapshot';
import { linkedAtmVol } from '../market/validateSmile';

export type CounterpartRegime = 'contango' | 'backwardation';

export interface Counterpart {
	market: MarketSnapshot;
	regime: CounterpartRegime;
	/** The VIX bucket the shape comes from, e.g. '16–20', and whether it is the market's own bucket. */
	bucket: string;
	sameBucket: boolean;
}

const EDGES = CURVE_SHAPES.vixBucketEdges;

/** Index of the VIX bucket (0: below the first edge … EDGES.length: at or above the last). */
export const vixBucket = (vix: number) => EDGES.filter((e) => vix >= e).length;

export function bucketLabel(b: number): string {
	if (b === 0) return `< ${EDGES[0]}`;
	if (b === EDGES.length) return `≥ ${EDGES[EDGES.length - 1]}`;
	return `${EDGES[b - 1]}–${EDGES[b]}`;
}

/** A VIX inside bucket b: the geometric middle of its edges (the open ends a step beyond the edge). */
function typicalVix(b: number): number {
	const lo = b === 0 ? EDGES[0] * 0.8 : EDGES[b - 1];
	const hi = b === EDGES.length ? EDGES[EDGES.length - 1] * 1.25 : EDGES[b];
	return Math.round(Math.sqrt(lo * hi) * 100) / 100;
}

/** F(T)/VIX of a shape at `days` (linear in days; 1 at 0 days, flat beyond the last tenor). */
function ratioAt(row: readonly (number | null)[], days: number): number {
	const tenors = CURVE_SHAPES.tenorDays;
	const at = (i: number) => row[i] as number;
	if (days <= tenors[0]) return 1 + ((at(0) - 1) * days) / tenors[0];
	for (let i = 1; i < tenors.length; i++)
		if (days <= tenors[i])
			return at(i - 1) + ((days - tenors[i - 1]) / (tenors[i] - tenors[i - 1])) * (at(i) - at(i - 1));
	return at(tenors.length - 1);
}

/**
 * The smile the counterpart carries: typed 25Δ vols around an ATM read from VIX become multiples of that ATM, so the
 * wings move with the counterpart's ATM (fixed wings under a moved ATM need not even form a smile).
 */
function counterpartSmile(m: MarketSnapshot): SmileInput {
	const s = m.smile;
	if (s.mode !== 'quotes' || s.atmVol !== null) return s;
	const atm = linkedAtmVol(m);
	if (atm === null) return s;
	return { mode: 'linked', put25OverAtm: s.put25Vol / atm, call25OverAtm: s.call25Vol / atm };
}

/** The market with the typical `regime` curve of bucket b at spot VIX `vix`. */
function withShape(m: MarketSnapshot, regime: CounterpartRegime, b: number, vix: number): MarketSnapshot {
	const row = CURVE_SHAPES.futureOverVix[regime][b];
	const v3 = CURVE_SHAPES.vix3mOverVix[regime][b];
	const round = (x: number) => Math.round(x * 100) / 100;
	return {
		...m,
		smile: counterpartSmile(m),
		vix,
		vix3m: m.vix3m === null || v3 === null ? null : round(vix * v3),
		futures: m.futures.map((f) => ({
			expiry: f.expiry,
			price: round(vix * ratioAt(row, calendarDaysBetween(m.valuationDate, f.expiry))),
		})),
		// The counterpart's VIX is hypothetical: there are no closes behind it.
		recentVixCloses: [],
	};
}

/**
 * The market's counterpart in `regime`: its own VIX bucket when the regime occurred there and the built curve reads
 * as that regime, else the nearest bucket that does.
 * @throws RangeError when no bucket gives a curve of that regime (cannot happen with the measured table).
 */
export function counterpart(m: MarketSnapshot, regime: CounterpartRegime): Counterpart {
	const own = vixBucket(m.vix);
	const order = [...Array(EDGES.length + 1).keys()].sort(
		(a, b) => Math.abs(a - own) - Math.abs(b - own) || a - b,
	);
	for (const b of order) {
		if (CURVE_SHAPES.futureOverVix[regime][b][0] === null) continue;
		const market = withShape(m, regime, b, b === own ? m.vix : typicalVix(b));
		if (classifyCurve(market).regime === regime)
			return { market, regime, bucket: bucketLabel(b), sameBucket: b === own };
	}
	throw new RangeError(`no ${regime} curve in the measured shapes`);
}
