// Measures how much of a spot-VIX move each VX future takes, β(T) = e^{−κ_β·T}, from the CFE contract files in vx/
// and VIX_History.csv; writes src/engine/measured/tenorBeta.generated.ts and prints the tables of
// docs/measured/tenor-beta.md. Run: npx tsx scripts/measure/tenorBeta.ts
import {
	formatModule,
	generatedHeader,
	isMain,
	spliceIntoDoc,
	textTable,
	writeRepoFile,
} from './generatedFiles';
import {
	MAIN_THRESHOLD,
	changesOf,
	argmin,
	fitKappa,
	large,
	fitAmplitude,
	FLIP_DATES,
	FLIP_WINDOW_DAYS,
	flipSpikeDays,
	measureKappa,
	measureKappaAllSpikes,
	loadTenorData,
	type TenorData,
} from './tenorBetaFit';

export const MODULE_PATH = 'src/engine/measured/tenorBeta.generated.ts';
const DOC_PATH = 'docs/measured/tenor-beta.md';

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
