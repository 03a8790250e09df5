// The printed tables of docs/measured/spot-vol-link.md: the start-level fit with block-bootstrap standard errors,
// its variants (2004–2026, non-overlapping phases, direct knot fit, no γ), the daily regression, and the checks
// against real sell-offs for the start-level, constant and integrated links.
import { blockBootstrapSe } from './leastSquares';
import { textTable } from './generatedFiles';
import {
	BUCKET_LABELS,
	fitBuckets,
	fitIntegrated,
	fitKnotsDirect,
	integratedVix,
	startLevelVix,
	type Move,
} from './spotVolModels';
import {
	ALL_FROM,
	HORIZON_DAYS,
	RECENT_FROM,
	dailySlope,
	falls,
	fitLink,
	measureLink,
	rises,
	windows,
	type CommonDays,
} from './spotVolSample';

const f2 = (x: number) => x.toFixed(2);

/** −10 % episodes from VIX < 15: start = the cluster's highest SPX close, trough = the lowest within 10 days. */
function sellOffs(s: CommonDays): { start: number; trough: number }[] {
	const reach = 10;
	const qualifies = (i: number) =>
		s.vix[i] < 15 && s.spx.slice(i + 1, i + 1 + reach).some((x) => x / s.spx[i] <= 0.9);
	const starts = s.dates.map((_, i) => i).filter(qualifies);
	const clusters: number[][] = [];
	for (const i of starts) {
		const last = clusters[clusters.length - 1];
		if (last && i - last[last.length - 1] <= reach) last.push(i);
		else clusters.push([i]);
	}
	return clusters.map((c) => {
		const start = c.reduce((a, b) => (s.spx[b] > s.spx[a] ? b : a));
		let trough = start + 1;
		for (let j = start + 1; j <= start + reach; j++) if (s.spx[j] < s.spx[trough]) trough = j;
		return { start, trough };
	});
}

/** The printed tables of docs/measured/spot-vol-link.md. */
export function spotVolReport(s: CommonDays): string {
	const { link, regressionEps, windows: ms } = measureLink(s);
	const out: string[] = [];
	const seOf = (sample: Move[], block: number) =>
		blockBootstrapSe(
			sample.length,
			(idx) => {
				const f = fitLink(idx.map((k) => sample[k]));
				return [...f.epsDown, f.gamma, ...f.epsUp];
			},
			block,
			400,
			20260101,
		);
	const se60 = seOf(ms, 60);
	const se20 = seOf(ms, 20);
	const nb = BUCKET_LABELS.length;
	out.push(
		`Common days of VIX_History.csv and SPX_History_yahoo_GSPC.csv: ${s.dates.length} (${s.dates[0]} → ${s.dates[s.dates.length - 1]})`,
		`5-business-day windows (overlapping, one per start day): ${ms.length}; falls ${falls(ms).length}, rises ${rises(ms).length}`,
		'',
		'Start-level link, 1990–2026 (SE: moving-block bootstrap, 400 resamples, blocks of 60 and 20 windows)',
		textTable(
			['start VIX', 'knot', 'falls', 'eps_down', 'SE60', 'SE20', 'rises', 'eps_up', 'SE60', 'SE20'],
			BUCKET_LABELS.map((label, b) => [
				label,
				f2(link.knots[b]),
				falls(ms).filter((m) => m.bucket === b).length,
				f2(link.epsDown[b]),
				f2(se60[b]),
				f2(se20[b]),
				rises(ms).filter((m) => m.bucket === b).length,
				f2(link.epsUp[b]),
				f2(se60[nb + 1 + b]),
				f2(se20[nb + 1 + b]),
			]),
		),
		`gamma = ${f2(link.gamma)} (SE60 ${f2(se60[nb])}, SE20 ${f2(se20[nb])})`,
		'',
	);
	const recent = windows(s, RECENT_FROM);
	const variants: [string, number[]][] = [];
	const add = (name: string, f: { epsDown: number[]; gamma: number; epsUp: number[] }) =>
		variants.push([name, [...f.epsDown, f.gamma, ...f.epsUp]]);
	add('1990–2026, all windows', fitLink(ms));
	add('2004–2026, all windows', fitLink(recent));
	const phases = [0, 1, 2, 3, 4].map((p) => fitLink(ms.filter((m) => m.start % HORIZON_DAYS === p)));
	phases.forEach((f, p) => add(`1990–2026, non-overlapping, phase ${p}`, f));
	variants.push([
		'1990–2026, mean of the 5 phases',
		variants[2][1].map((_, k) => phases.reduce((a, f) => a + [...f.epsDown, f.gamma, ...f.epsUp][k], 0) / 5),
	]);
	const direct = fitKnotsDirect(falls(ms), link.knots);
	const noGamma = fitBuckets(falls(ms), false);
	const variantTable = (cols: string[], pick: (v: number[]) => number[]) =>
		textTable(
			['fit', ...cols],
			variants.map(([name, v]) => [name, ...pick(v).map(f2)]),
		);
	out.push(
		'Variants: eps_down per start bucket and gamma (falls)',
		variantTable([...BUCKET_LABELS, 'gamma'], (v) => v.slice(0, nb + 1)),
		'',
		'Variants: eps_up per start bucket (rises)',
		variantTable(BUCKET_LABELS, (v) => v.slice(nb + 1)),
		'',
		`Knot values fitted directly with the ln-VIX interpolation weights (falls): eps_down ${direct.slice(0, nb).map(f2).join(' ')}, gamma ${f2(direct[nb])}`,
		`Per-bucket eps_down with no gamma term: ${noGamma.map(f2).join(' ')}`,
		'',
	);
	const slopes = (
		[
			[ALL_FROM, 'log'],
			[RECENT_FROM, 'log'],
			[ALL_FROM, 'simple'],
			[RECENT_FROM, 'simple'],
		] as const
	).map(([from, kind]) => {
		const r = dailySlope(s, from, kind);
		return [
			`${from.slice(0, 4)}–2026`,
			kind === 'log' ? 'dln VIX on dln SPX' : 'dVIX/VIX on dSPX/SPX',
			r.n,
			f2(r.slope),
		];
	});
	out.push(
		'Daily regression (with intercept), reported as minus the slope',
		textTable(['period', 'changes', 'days', 'eps'], slopes),
		`"regression" preset eps (log changes, 2004–2026): ${f2(regressionEps)}`,
		'',
	);
	const intKnots = fitIntegrated(falls(ms), link.knots, noGamma);
	const models: [string, (v: number, r: number) => number][] = [
		['start-level (a)', (v, r) => startLevelVix(link, v, r)],
		['constant 4.8 (b)', (v, r) => v * Math.pow(r, -4.8)],
		['integrated (c)', (v, r) => (r < 1 ? integratedVix(link.knots, intKnots, v, r) : NaN)],
	];
	out.push(
		`Integrated link d ln VIX = eps(VIX)·du fitted on the falls (Gauss–Newton): eps at the knots ${intKnots.map(f2).join(' ')}`,
		`From VIX 9.14, reaching 30 at SPX -10 % needs eps to average ln(30/9.14)/ln(1/0.9) = ${f2(Math.log(30 / 9.14) / -Math.log(0.9))} along the path`,
		'',
		'Checks (VIX after the SPX move; raw values, before any cap)',
		textTable(
			['start VIX', 'SPX move', ...models.map(([n]) => n)],
			[
				[9.14, 0.9],
				[9.14, 0.8],
				[14.49, 0.9],
				[82.69, 0.8],
			].map(([v, r]) => [f2(v), `${f2((r - 1) * 100)} %`, ...models.map(([, m]) => f2(m(v, r)))]),
		),
		'',
	);
	const spxMove = (i: number, j: number) => `${f2((s.spx[j] / s.spx[i] - 1) * 100)} %`;
	const episodeRows = sellOffs(s).map(({ start, trough }) => [
		s.dates[start],
		f2(s.vix[start]),
		s.dates[trough],
		spxMove(start, trough),
		f2(s.vix[trough]),
		...models.map(([, m]) => f2(m(s.vix[start], s.spx[trough] / s.spx[start]))),
	]);
	out.push(
		'Sell-offs of 10 % or more within 10 business days from VIX < 15 (start: the highest SPX close among the qualifying start days; trough: the lowest SPX close within 10 days)',
		textTable(['start', 'VIX', 'trough', 'SPX move', 'real VIX', ...models.map(([n]) => n)], episodeRows),
		'',
	);
	const big = falls(ms).filter((m) => m.u > -Math.log(0.95));
	const rmse = (m: (v: number, r: number) => number) =>
		Math.sqrt(
			big.reduce((a, w) => a + (Math.log(m(w.vix, Math.exp(-w.u)) / w.vix) - w.y) ** 2, 0) / big.length,
		);
	out.push(
		`RMSE of ln VIX' on the ${big.length} 5-day windows with SPX down more than 5 %`,
		textTable(
			['model', 'RMSE'],
			models.map(([n, m]) => [n, rmse(m).toFixed(3)]),
		),
		'',
	);
	const oneDay = (
		[
			['2018-02-02', '2018-02-05'],
			['2020-03-13', '2020-03-16'],
			['2024-08-02', '2024-08-05'],
		] as const
	).map(([a, b]) => {
		const i = s.dates.indexOf(a);
		const j = s.dates.indexOf(b);
		return [
			`${a} → ${b}`,
			f2(s.vix[i]),
			spxMove(i, j),
			f2(s.vix[j]),
			...models.map(([, m]) => f2(m(s.vix[i], s.spx[j] / s.spx[i]))),
		];
	});
	out.push(
		'One-day moves (for information: the link is measured on 5-day moves)',
		textTable(['days', 'VIX', 'SPX move', 'real VIX', ...models.map(([n]) => n)], oneDay),
	);
	return out.join('\n');
}
