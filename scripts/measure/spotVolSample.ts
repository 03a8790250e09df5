// The sample the spot-vol link is measured on: closes on the days both VIX_History.csv and
// SPX_History_yahoo_GSPC.csv have, their overlapping 5-business-day windows, the start-level fit and the daily
// regression slope.
import { closeMap, loadHistoryFiles } from './historyFiles';
import { median } from './leastSquares';
import { BUCKET_LABELS, bucketOf, fitBuckets, type Move, type StartLevelLink } from './spotVolModels';

export const HORIZON_DAYS = 5;
export const ALL_FROM = '1990-01-01';
export const RECENT_FROM = '2004-01-01';
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Closes on the days both files have (the VIX file's holiday rows drop out), oldest first. */
export interface CommonDays {
	dates: string[];
	vix: number[];
	spx: number[];
}

export function loadCommonDays(): CommonDays {
	const files = loadHistoryFiles();
	const vix = files.vix;
	const spx = closeMap(files.spx);
	const keep = vix.dates.map((d, i) => i).filter((i) => spx.has(vix.dates[i]));
	return {
		dates: keep.map((i) => vix.dates[i]),
		vix: keep.map((i) => vix.closes[i]),
		spx: keep.map((i) => spx.get(vix.dates[i])!),
	};
}

/** Every overlapping window of `HORIZON_DAYS` common days starting on or after `from`. */
export function windows(s: CommonDays, from: string): Move[] {
	const out: Move[] = [];
	for (let i = 0; i + HORIZON_DAYS < s.dates.length; i++) {
		if (s.dates[i] < from) continue;
		const j = i + HORIZON_DAYS;
		const vix = s.vix[i];
		out.push({
			start: i,
			vix,
			u: -Math.log(s.spx[j] / s.spx[i]),
			y: Math.log(s.vix[j] / vix),
			bucket: bucketOf(vix),
		});
	}
	return out;
}

export const falls = (ms: readonly Move[]) => ms.filter((m) => m.u > 0);
export const rises = (ms: readonly Move[]) => ms.filter((m) => m.u < 0);

/** ε_down per bucket and γ (falls), then ε_up per bucket (rises). */
export function fitLink(ms: readonly Move[]): { epsDown: number[]; gamma: number; epsUp: number[] } {
	const down = fitBuckets(falls(ms), true);
	return { epsDown: down.slice(0, -1), gamma: down[down.length - 1], epsUp: fitBuckets(rises(ms), false) };
}

/** Slope of daily changes of VIX on SPX with an intercept: log changes, or simple returns. */
export function dailySlope(
	s: CommonDays,
	from: string,
	kind: 'log' | 'simple',
): { slope: number; n: number } {
	const change = (a: number, b: number) => (kind === 'log' ? Math.log(b / a) : b / a - 1);
	const xs: number[] = [];
	const ys: number[] = [];
	for (let i = 1; i < s.dates.length; i++) {
		if (s.dates[i - 1] < from) continue;
		xs.push(change(s.spx[i - 1], s.spx[i]));
		ys.push(change(s.vix[i - 1], s.vix[i]));
	}
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	xs.forEach((x, k) => {
		sxy += (x - mx) * (ys[k] - my);
		sxx += (x - mx) ** 2;
	});
	return { slope: -sxy / sxx, n: xs.length };
}

/** The exported link (rounded to 2 dp, as the module writes it) and the regression ε. */
export function measureLink(s: CommonDays): { link: StartLevelLink; regressionEps: number; windows: Move[] } {
	const ms = windows(s, ALL_FROM);
	const knots = BUCKET_LABELS.map((_, b) => median(ms.filter((m) => m.bucket === b).map((m) => m.vix)));
	const fit = fitLink(ms);
	const link = {
		knots: knots.map(round2),
		epsDown: fit.epsDown.map(round2),
		epsUp: fit.epsUp.map(round2),
		gamma: round2(fit.gamma),
	};
	return { link, regressionEps: round2(dailySlope(s, RECENT_FROM, 'log').slope), windows: ms };
}
