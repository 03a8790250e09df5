// The fit behind the tenor beta β(T) = e^{−κ_β·T}: every VX contract's Δln F against Δln VIX from the CFE files in
// vx/ and VIX_History.csv, by tenor bucket and on the flips' spike days (tenorBeta.ts writes the module and the doc).
import { closeMap, loadHistoryFiles, type VxContractRows } from './historyFiles';
import { leastSquares } from './leastSquares';

/** The spot-move threshold of the exported fit: |Δln VIX| ≥ 0.10. */
export const MAIN_THRESHOLD = 0.1;
/** Tenor buckets by calendar days to expiry on the day before the move. */
const BUCKET_EDGES_DAYS = [0, 30, 60, 90, 120, 150, 180, 240, 366];
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** One day-over-day change of one contract: tenor T (years, at the previous close), x = Δln VIX, y = Δln F. */
export interface Change {
	from: string;
	to: string;
	expiry: string;
	days: number;
	T: number;
	x: number;
	y: number;
}

/** Business days (in both the VIX and SPX files), VIX closes and the VX contracts. */
export interface TenorData {
	days: string[];
	vix: Map<string, number>;
	contracts: VxContractRows[];
}

export function loadTenorData(): TenorData {
	const files = loadHistoryFiles();
	const spx = new Set(files.spx.dates);
	return {
		days: files.vix.dates.filter((d) => spx.has(d)),
		vix: closeMap(files.vix),
		contracts: files.contracts,
	};
}

/**
 * Changes over `horizon` business days of every contract settled on both days and not expiring by the second (its
 * last row is the final settlement).
 */
export function changesOf(data: TenorData, horizon: number): Change[] {
	const out: Change[] = [];
	for (let i = horizon; i < data.days.length; i++) {
		const [from, to] = [data.days[i - horizon], data.days[i]];
		for (const c of data.contracts) {
			const f0 = c.settles.get(from);
			const f1 = c.settles.get(to);
			if (f0 === undefined || f1 === undefined || to >= c.expiry) continue;
			const dte = daysBetween(from, c.expiry);
			out.push({
				from,
				to,
				expiry: c.expiry,
				days: dte,
				T: dte / 365,
				x: Math.log(data.vix.get(to)! / data.vix.get(from)!),
				y: Math.log(f1 / f0),
			});
		}
	}
	return out;
}

/** Golden-section minimum of a unimodal function on [lo, hi] (to 1e-9). */
export function argmin(f: (k: number) => number, lo: number, hi: number): number {
	const g = (Math.sqrt(5) - 1) / 2;
	let [a, b] = [lo, hi];
	while (b - a > 1e-9) {
		const c = b - g * (b - a);
		const d = a + g * (b - a);
		if (f(c) < f(d)) b = d;
		else a = c;
	}
	return (a + b) / 2;
}

interface BucketBeta {
	label: string;
	n: number;
	/** Tenor (years): the bucket's mean T weighted by x², as the through-origin slope weights its points. */
	T: number;
	beta: number;
}

/** β per tenor bucket (Δln F on Δln VIX through the origin) on the changes with |x| ≥ threshold. */
function bucketBetas(changes: readonly Change[]): BucketBeta[] {
	return BUCKET_EDGES_DAYS.slice(0, -1)
		.map((lo, b) => {
			const hi = BUCKET_EDGES_DAYS[b + 1];
			const pts = changes.filter((c) => c.days >= lo && c.days < hi);
			const sxx = pts.reduce((s, c) => s + c.x * c.x, 0);
			return {
				label: `${lo}–${hi - 1} d`,
				n: pts.length,
				T: pts.reduce((s, c) => s + c.x * c.x * c.T, 0) / sxx,
				beta: leastSquares(
					pts.map((c) => [c.x]),
					pts.map((c) => c.y),
				)[0],
			};
		})
		.filter((b) => b.n > 0);
}

/** κ_β two ways: β(T) = e^{−κT} on the bucket βs weighted by counts, and on every change directly. */
export function fitKappa(changes: readonly Change[]): {
	buckets: BucketBeta[];
	kappaBuckets: number;
	kappaPoints: number;
} {
	const buckets = bucketBetas(changes);
	const kappaBuckets = argmin(
		(k) => buckets.reduce((s, b) => s + b.n * (b.beta - Math.exp(-k * b.T)) ** 2, 0),
		0,
		30,
	);
	const kappaPoints = argmin(
		(k) => changes.reduce((s, c) => s + (c.y - Math.exp(-k * c.T) * c.x) ** 2, 0),
		0,
		30,
	);
	return { buckets, kappaBuckets, kappaPoints };
}

export const large = (changes: readonly Change[], threshold: number) =>
	changes.filter((c) => Math.abs(c.x) >= threshold);

/** The two-parameter β(T) = a·e^{−κT} on the bucket βs (weighted by counts): a in closed form for each κ. */
export function fitAmplitude(buckets: readonly BucketBeta[]): { a: number; kappa: number } {
	const ampl = (k: number) =>
		buckets.reduce((s, b) => s + b.n * b.beta * Math.exp(-k * b.T), 0) /
		buckets.reduce((s, b) => s + b.n * Math.exp(-2 * k * b.T), 0);
	const kappa = argmin(
		(k) => buckets.reduce((s, b) => s + b.n * (b.beta - ampl(k) * Math.exp(-k * b.T)) ** 2, 0),
		0,
		30,
	);
	return { a: ampl(kappa), kappa };
}

/** The pooled κ_β of all day-over-day changes with |Δln VIX| ≥ 0.10 (bucket fit, per year, 2 dp). */
export function measureKappaAllSpikes(data: TenorData): number {
	return Math.round(fitKappa(large(changesOf(data, 1), MAIN_THRESHOLD)).kappaBuckets * 100) / 100;
}

/** The flips the app's episodes are built around (the VIX/VIX3M crossings of 2018, 2020, 2024, 2025). */
export const FLIP_DATES = ['2018-02-02', '2020-03-13', '2024-08-02', '2025-04-04'];
/** How many business days after each flip date the sell-off's largest one-day rise is looked for. */
export const FLIP_WINDOW_DAYS = 5;

/** Per flip: the day of the largest one-day rise of VIX from the flip date to 5 business days after it. */
export function flipSpikeDays(data: TenorData): string[] {
	const daily = changesOf(data, 1);
	return FLIP_DATES.map((flip) => {
		const at = data.days.indexOf(flip);
		const window = new Set(data.days.slice(at, at + FLIP_WINDOW_DAYS + 1));
		const inWindow = daily.filter((c) => window.has(c.to));
		return inWindow.reduce((best, c) => (c.x > best.x ? c : best)).to;
	});
}

/**
 * The exported κ_β (per year, 2 dp): fitted on every contract's move on the flips' spike days — the sell-offs the
 * ladder is sized for. Averaged over all spike days the curve answers less (measureKappaAllSpikes, ≈ 4.2); on the days
 * a contango curve flips it answers more (≈ 2.7, as Feb 2018 alone showed).
 */
export function measureKappa(data: TenorData): number {
	const days = new Set(flipSpikeDays(data));
	const pts = changesOf(data, 1).filter((c) => days.has(c.to));
	const k = argmin((kappa) => pts.reduce((s, c) => s + (c.y - Math.exp(-kappa * c.T) * c.x) ** 2, 0), 0, 30);
	return Math.round(k * 100) / 100;
}
