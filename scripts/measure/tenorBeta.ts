// Measures how much of a spot-VIX move each VX future takes, β(T) = e^{−κ_β·T}, from the CFE contract files in vx/
// and VIX_History.csv; writes src/engine/measured/tenorBeta.generated.ts and prints the tables of
// docs/measured/tenor-beta.md. Run: npx tsx scripts/measure/tenorBeta.ts
import { closeMap, loadHistoryFiles, type VxContractRows } from './historyFiles';
import { leastSquares } from './leastSquares';
import {
	formatModule,
	generatedHeader,
	isMain,
	spliceIntoDoc,
	textTable,
	writeRepoFile,
} from './generatedFiles';

export const MODULE_PATH = 'src/engine/measured/tenorBeta.generated.ts';
const DOC_PATH = 'docs/measured/tenor-beta.md';
/** The spot-move threshold of the exported fit: |Δln VIX| ≥ 0.10. */
const MAIN_THRESHOLD = 0.1;
/** Tenor buckets by calendar days to expiry on the day before the move. */
const BUCKET_EDGES_DAYS = [0, 30, 60, 90, 120, 150, 180, 240, 366];
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** One day-over-day change of one contract: tenor T (years, at the previous close), x = Δln VIX, y = Δln F. */
interface Change {
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
function changesOf(data: TenorData, horizon: number): Change[] {
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
function argmin(f: (k: number) => number, lo: number, hi: number): number {
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
function fitKappa(changes: readonly Change[]): {
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

const large = (changes: readonly Change[], threshold: number) =>
	changes.filter((c) => Math.abs(c.x) >= threshold);

/** The two-parameter β(T) = a·e^{−κT} on the bucket βs (weighted by counts): a in closed form for each κ. */
function fitAmplitude(buckets: readonly BucketBeta[]): { a: number; kappa: number } {
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
const FLIP_DATES = ['2018-02-02', '2020-03-13', '2024-08-02', '2025-04-04'];
/** How many business days after each flip date the sell-off's largest one-day rise is looked for. */
const FLIP_WINDOW_DAYS = 5;

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

/** The generated module's text (prettier-formatted). */
export async function tenorBetaModule(data: TenorData = loadTenorData()): Promise<string> {
	const spikes = flipSpikeDays(data);
	const days = new Set(large(changesOf(data, 1), MAIN_THRESHOLD).map((c) => c.to));
	const text = `${generatedHeader('tenorBeta.ts', ['vx/CFE_VX_*.csv', 'VIX_History.csv', 'SPX_History_yahoo_GSPC.csv'], `β(T) = e^{−κ_β·T} by least squares on every contract's Δln F against Δln VIX on the flips' spike days (${spikes.join(', ')}).`)}
/** κ_β (per year): a VX future T years out moves by (VIX'/VIX)^{e^{−κ_β·T}} when spot VIX moves to VIX' — fitted on the spike days of the curve's flips, the sell-offs the ladder is sized for. */
export const TENOR_BETA_KAPPA = ${measureKappa(data).toFixed(2)};

/** κ_β fitted on all ${days.size} days with |Δln VIX| ≥ ${MAIN_THRESHOLD.toFixed(2)} (per-tenor-bucket slopes): an average spike day moves the curve less. */
export const TENOR_BETA_KAPPA_ALL_SPIKES = ${measureKappaAllSpikes(data).toFixed(2)};
`;
	return formatModule(text, MODULE_PATH);
}

/** The printed tables of docs/measured/tenor-beta.md. */
function report(data: TenorData): string {
	const out: string[] = [];
	const daily = changesOf(data, 1);
	const kappa = measureKappa(data);
	out.push(
		`Day-over-day changes: ${daily.length} contract-days of ${data.contracts.length} contracts (${daily[0].from} → ${daily[daily.length - 1].to})`,
		'',
	);
	const shape: (string | number)[][] = [];
	for (const [horizon, threshold] of [
		[1, 0.1],
		[1, 0.15],
		[1, 0],
		[1, 0.25],
		[1, 0.4],
		[2, 0.1],
		[5, 0.1],
		[5, 0.2],
	]) {
		const sample = large(changesOf(data, horizon), threshold);
		const fit = fitKappa(sample);
		const two = fitAmplitude(fit.buckets);
		const move = `${horizon}-day changes, ${threshold > 0 ? `|dln VIX| >= ${threshold.toFixed(2)}` : 'all'}`;
		shape.push([
			move,
			fit.kappaBuckets.toFixed(2),
			fit.kappaPoints.toFixed(2),
			two.a.toFixed(2),
			two.kappa.toFixed(2),
		]);
		if (horizon > 1 || threshold > 0.15) continue;
		out.push(
			`${move}: ${new Set(sample.map((c) => c.to)).size} days, ${sample.length} contract-days`,
			textTable(
				['tenor', 'n', 'T (days)', 'beta', 'e^-kT (bucket fit)'],
				fit.buckets.map((b) => [
					b.label,
					b.n,
					(b.T * 365).toFixed(1),
					b.beta.toFixed(3),
					Math.exp(-fit.kappaBuckets * b.T).toFixed(3),
				]),
			),
			`kappa_beta: bucket fit ${fit.kappaBuckets.toFixed(2)} /yr, fit on every point ${fit.kappaPoints.toFixed(2)} /yr`,
			'',
		);
	}
	out.push(
		'Shape of beta(T): one-parameter e^-kT (bucket fit, every point) vs two-parameter a·e^-kT (bucket fit)',
		textTable(['changes', 'k buckets', 'k points', 'a', 'k with a'], shape),
		'',
	);
	const spikes = flipSpikeDays(data);
	out.push(
		`Flips' spike days (largest one-day VIX rise from each flip date to ${FLIP_WINDOW_DAYS} business days after it; flips ${FLIP_DATES.join(', ')}): ${spikes.join(', ')}`,
		textTable(
			['day', 'dln VIX', 'contracts', 'kappa that day'],
			spikes.map((d) => {
				const pts = daily.filter((c) => c.to === d);
				const k = argmin((q) => pts.reduce((s, c) => s + (c.y - Math.exp(-q * c.T) * c.x) ** 2, 0), 0, 30);
				return [d, pts[0].x.toFixed(3), pts.length, k.toFixed(2)];
			}),
		),
		`kappa_beta on the flips' spike days, pooled (the app's default): ${measureKappa(data).toFixed(2)} /yr; on all days with |dln VIX| >= ${MAIN_THRESHOLD}: ${measureKappaAllSpikes(data).toFixed(2)} /yr`,
		'',
	);
	const feb = daily.filter((c) => c.from === '2018-02-02' && c.to === '2018-02-05');
	const febKappa = argmin((k) => feb.reduce((s, c) => s + (c.y / c.x - Math.exp(-k * c.T)) ** 2, 0), 0, 30);
	out.push(
		`2018-02-02 → 2018-02-05 (dln VIX = ${feb[0].x.toFixed(4)}): beta = dln F / dln VIX per contract`,
		textTable(
			['expiry', 'days', 'beta', `e^-kT (k = ${kappa.toFixed(2)})`],
			feb.map((c) => [c.expiry, c.days, (c.y / c.x).toFixed(3), Math.exp(-kappa * c.T).toFixed(3)]),
		),
		`k fitted on this day's ${feb.length} contracts alone: ${febKappa.toFixed(2)} /yr`,
	);
	return out.join('\n');
}

if (isMain(import.meta.url)) {
	const data = loadTenorData();
	writeRepoFile(MODULE_PATH, await tenorBetaModule(data));
	const printed = report(data);
	console.log(printed);
	spliceIntoDoc(DOC_PATH, printed);
}
