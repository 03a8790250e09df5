// Measures the VX curve fit's prior: the (κ₀, L₀, spreads) under which a fit to spot VIX and the first three
// contracts best extrapolates the later contracts of real curves (the CFE files in vx/); writes
// src/engine/measured/curvePrior.generated.ts and prints the tables of docs/measured/curve-prior.md.
// Run: npx tsx scripts/measure/curvePrior.ts
import { curveFuture, fitVixCurve, type CurvePrior } from '../../src/engine';
import { closeMap, loadHistoryFiles } from './historyFiles';
import {
	formatModule,
	generatedHeader,
	isMain,
	spliceIntoDoc,
	textTable,
	writeRepoFile,
} from './generatedFiles';

export const MODULE_PATH = 'src/engine/measured/curvePrior.generated.ts';
const DOC_PATH = 'docs/measured/curve-prior.md';
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
/** Contracts the fit sees (as a trader typing VX1–VX3), and the later ones it must extrapolate. */
const FITTED = 3;
const PREDICTED = 5;
const OBS_SD = 0.02;

/** One trading day's curve: spot VIX and the settled contracts (days to expiry ≥ 1), nearest first. */
export interface CurveDay {
	date: string;
	vix: number;
	futures: { days: number; price: number }[];
}

export function loadCurveDays(): CurveDay[] {
	const files = loadHistoryFiles();
	const vix = closeMap(files.vix);
	const contracts = files.contracts;
	const dates = [...new Set(contracts.flatMap((c) => [...c.settles.keys()]))].sort();
	return dates.flatMap((date) => {
		const v = vix.get(date);
		const futures = contracts
			.filter((c) => c.expiry > date && (c.settles.get(date) ?? 0) > 0)
			.map((c) => ({ days: daysBetween(date, c.expiry), price: c.settles.get(date)! }));
		return v !== undefined && futures.length >= FITTED + 2 ? [{ date, vix: v, futures }] : [];
	});
}

/** Log errors ln(extrapolated/real) of contracts FITTED+1 … FITTED+PREDICTED, with their days to expiry. */
export function extrapolationErrors(days: CurveDay[], prior: CurvePrior): { days: number; err: number }[] {
	return days.flatMap((d) => {
		const fit = fitVixCurve(
			{
				vix: d.vix,
				eta: 1,
				futures: d.futures.slice(0, FITTED).map((f) => ({ T: f.days / 365, price: f.price })),
			},
			prior,
		);
		return d.futures
			.slice(FITTED, FITTED + PREDICTED)
			.map((f) => ({ days: f.days, err: Math.log(curveFuture(fit, f.days / 365) / f.price) }));
	});
}

const rmse = (xs: { err: number }[]) => Math.sqrt(xs.reduce((s, x) => s + x.err * x.err, 0) / xs.length);

/**
 * The grid. The spreads start where the prior weighs less than about one contract, so that six or more contracts
 * outweigh it (a tighter prior extrapolates three-contract curves a little better — see the report — but would then
 * ignore a full curve the trader typed).
 */
const GRID = {
	kappa: [2, 3, 4, 5, 6, 8],
	level: [17, 19, 21, 23, 25],
	lnKappaSd: [0.35, 0.5, 0.75, 1],
	thetaSd: [0.1, 0.15, 0.25, 0.5],
};
/** A prior so tight it fixes κ and e^θ, for the report's comparison. */
const FIXED = { kappa: 8, level: 22, lnKappaSd: 0.03, thetaSd: 0.01, obsSd: OBS_SD };

/** The grid point with the smallest extrapolation RMSE. */
export function measurePrior(days: CurveDay[]): { prior: CurvePrior; rmse: number } {
	let best = { prior: { kappa: 4, level: 19, lnKappaSd: 0.5, thetaSd: 0.25, obsSd: OBS_SD }, rmse: Infinity };
	for (const kappa of GRID.kappa)
		for (const level of GRID.level)
			for (const lnKappaSd of GRID.lnKappaSd)
				for (const thetaSd of GRID.thetaSd) {
					const prior = { kappa, level, lnKappaSd, thetaSd, obsSd: OBS_SD };
					const r = rmse(extrapolationErrors(days, prior));
					if (r < best.rmse) best = { prior, rmse: r };
				}
	return best;
}

export async function curvePriorModule(prior: CurvePrior, n: number): Promise<string> {
	const text = `${generatedHeader('curvePrior.ts', ['vx/CFE_VX_*.csv', 'VIX_History.csv'], `The prior on a ${GRID.kappa.length}×${GRID.level.length}×${GRID.lnKappaSd.length}×${GRID.thetaSd.length} grid with the smallest RMSE of ln(extrapolated/real) for contracts 4–8 of ${n} real curves fitted on spot and contracts 1–3.`)}
/** The VX curve fit's prior (see market/vixCurve.ts, CurvePrior). */
export const CURVE_PRIOR_MEASURED = ${JSON.stringify(prior)};
`;
	return formatModule(text, MODULE_PATH);
}

function report(days: CurveDay[], best: { prior: CurvePrior; rmse: number }): string {
	const loose: CurvePrior = { ...best.prior, lnKappaSd: 1e6, thetaSd: 1e6 };
	const byTenor = (prior: CurvePrior) => {
		const errs = extrapolationErrors(days, prior);
		const edges = [0, 90, 150, 210, 270, 400];
		return edges.slice(0, -1).map((lo, i) => {
			const xs = errs.filter((e) => e.days >= lo && e.days < edges[i + 1]);
			const mean = xs.reduce((s, x) => s + x.err, 0) / Math.max(xs.length, 1);
			return [`${lo}–${edges[i + 1] - 1}`, xs.length, (100 * mean).toFixed(1), (100 * rmse(xs)).toFixed(1)];
		});
	};
	const windows = ['2017', '2019', '2020', '2024', '2025'].map((y) => {
		const sample = days.filter((d) => d.date.startsWith(y));
		return [
			y,
			sample.length,
			(100 * rmse(extrapolationErrors(sample, best.prior))).toFixed(1),
			(100 * rmse(extrapolationErrors(sample, loose))).toFixed(1),
		];
	});
	return [
		`${days.length} curves (days with spot VIX and at least ${FITTED + 2} settled contracts), contracts 4–8 extrapolated from spot and contracts 1–3`,
		`best prior: kappa0 ${best.prior.kappa} /yr, level0 ${best.prior.level}, sd(ln kappa) ${best.prior.lnKappaSd}, sd(theta) ${best.prior.thetaSd} (per contract misfit ${OBS_SD})`,
		`RMSE of ln(extrapolated/real): ${(100 * best.rmse).toFixed(2)} % with the prior, ${(100 * rmse(extrapolationErrors(days, loose))).toFixed(2)} % without (kappa free in 1–15),`,
		`${(100 * rmse(extrapolationErrors(days, FIXED))).toFixed(2)} % with kappa and the level all but fixed at 8 /yr and 22 (the best over tighter spreads, which would ignore six typed contracts)`,
		'',
		'By days to expiry, with the prior (mean and RMSE of the log error, %)',
		textTable(['days', 'n', 'mean %', 'RMSE %'], byTenor(best.prior)),
		'',
		'Without the prior',
		textTable(['days', 'n', 'mean %', 'RMSE %'], byTenor(loose)),
		'',
		'By year of the trade date (RMSE %)',
		textTable(['year', 'curves', 'prior', 'no prior'], windows),
	].join('\n');
}

if (isMain(import.meta.url)) {
	const days = loadCurveDays();
	const best = measurePrior(days);
	writeRepoFile(MODULE_PATH, await curvePriorModule(best.prior, days.length));
	const printed = report(days, best);
	console.log(printed);
	spliceIntoDoc(DOC_PATH, printed);
}
