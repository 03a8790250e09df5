// Sections a and c of the real-world VIX measurement: κ_P and η_P from AR(1) fits at daily and monthly steps, the
// dispersion each implies, the jump fit of 45-day changes, and the SPX side (c, ρ, J_S).
import { epochDayOf } from '../../src/engine';
import { DISPERSION_HORIZONS, horizonEnds, meanPairYears } from './horizons';
import { fitJumps, type JumpFit } from './jumpFit';
import { drawShocks, horizonPairs, horizonStats, type HorizonStats } from './jumpModel';
import type { Day } from './market';
import { fixed, markdownTable, pct } from './output';
import { fitAr1, ouChangeSd, ouConditionalSd, ouFromAr1, type OuParams } from './ouFit';
import { correlation, dailyMoves, jumpDayMoves, spxVolScale } from './spxLink';
import { stdev } from './stats';

export const PERIODS = [
	{ label: '1990–2026', from: '1990-01-01' },
	{ label: '2009–2026', from: '2009-01-01' },
] as const;
const LAGS = [1, 5, 10, 21, 42, 63];
/** Simulation: replicate 36-year histories on the data's own calendar, after a 4-year burn-in. */
export const JUMP_SIM = { replicates: 16, burnIn: 1000, seed: 20260707, horizonDays: 45 } as const;

function ouAtLag(days: readonly Day[], lag: number): OuParams & { slope: number; n: number } {
	const dates = days.map((d) => d.date);
	const fit = fitAr1(
		days.map((d) => Math.log(d.vix)),
		lag,
	);
	return {
		...ouFromAr1(fit, meanPairYears(dates, horizonEnds(dates, { label: '', rows: lag }))),
		slope: fit.slope,
		n: fit.n,
	};
}

export interface Dynamics {
	monthly: OuParams;
	daily: OuParams;
	jumps: Record<'none' | 'fixed' | 'exponential', JumpFit>;
	chosen: JumpFit;
	data45: HorizonStats;
	spxVolScale: number;
	rho: number;
	spxJumpLog: number;
	spxPerVixInJump: number;
	markdown: string;
}

export function measureDynamics(allDays: readonly Day[]): Dynamics {
	const fits = PERIODS.map((p) => {
		const days = allDays.filter((d) => d.date >= p.from);
		return { period: p.label, days, byLag: LAGS.map((lag) => ({ lag, ...ouAtLag(days, lag) })) };
	});
	const lagRows = fits.flatMap((f) =>
		f.byLag.map((r) => [
			f.period,
			String(r.lag),
			fixed(r.slope, 4),
			fixed(r.kappa, 2),
			fixed(r.eta, 3),
			String(r.n),
		]),
	);
	const [full] = fits;
	const daily = full.byLag.find((r) => r.lag === 1)!;
	const monthly = full.byLag.find((r) => r.lag === 21)!;

	const dates = full.days.map((d) => d.date);
	const logVix = full.days.map((d) => Math.log(d.vix));
	const dispersionRows = DISPERSION_HORIZONS.map((h) => {
		const ends = horizonEnds(dates, h);
		const years = meanPairYears(dates, ends);
		const changes = [...ends.keys()].filter((t) => ends[t] >= 0).map((t) => logVix[ends[t]] - logVix[t]);
		const realizedConditional = horizonStats(logVix, horizonPairs(ends)).sd;
		return [
			h.label,
			fixed(stdev(changes), 3),
			fixed(ouChangeSd(daily, years), 3),
			fixed(ouChangeSd(monthly, years), 3),
			fixed(realizedConditional, 3),
			fixed(ouConditionalSd(daily, years), 3),
			fixed(ouConditionalSd(monthly, years), 3),
		];
	});

	// c: jump fit of 45-calendar-day changes on the 1990–2026 calendar.
	const pairs = horizonPairs(horizonEnds(dates, { label: '', calendarDays: JUMP_SIM.horizonDays }));
	const data45 = horizonStats(logVix, pairs);
	const stepYears = Float64Array.from(dates.slice(1), (d, i) => (epochDayOf(d) - epochDayOf(dates[i])) / 365);
	const shocks = drawShocks(JUMP_SIM.burnIn + stepYears.length, JUMP_SIM.replicates, JUMP_SIM.seed);
	const jumps = fitJumps({ kappa: monthly.kappa, stepYears, pairs, shocks, burnIn: JUMP_SIM.burnIn }, data45);
	const chosen = jumps.fixed.loss < jumps.exponential.loss ? jumps.fixed : jumps.exponential;
	const statRow = (label: string, f: (s: HorizonStats) => string) => [
		label,
		f(data45),
		...(['none', 'fixed', 'exponential'] as const).map(
			(k) => `${f(jumps[k].stats.mean)} (${f(jumps[k].stats.lo)}…${f(jumps[k].stats.hi)})`,
		),
	];
	const describe = (fit: JumpFit) => {
		const { jump, jumpRatePerYear, eta } = fit.model;
		const law = jump.kind === 'fixed' ? `J_V = ${jump.logSize}` : `J_V ~ Exp(mean ${jump.meanLogSize})`;
		const jumps = jumpRatePerYear === 0 ? '' : `λ_J = ${jumpRatePerYear} /yr, ${law}, `;
		return `${jumps}η = ${fixed(eta, 3)}; misfit ${fixed(fit.loss, 4)}`;
	};

	// SPX side, 1990–2026 and 2009–2026.
	const years = (epochDayOf(dates.at(-1)!) - epochDayOf(dates[0])) / 365.25;
	const jumpCount = Math.round(chosen.model.jumpRatePerYear * years);
	const spxRows = fits.map((f) => {
		const moves = dailyMoves(f.days);
		const scale = spxVolScale(moves);
		const jd = jumpDayMoves(moves, Math.round((jumpCount * f.days.length) / full.days.length));
		const calm = [...moves.vix.keys()].filter((i) => moves.vix[i] < jd.threshold);
		const rhoAll = correlation(moves.spx, moves.vix);
		const rhoCalm = correlation(
			calm.map((i) => moves.spx[i]),
			calm.map((i) => moves.vix[i]),
		);
		const jumpVar = chosen.model.jumpRatePerYear * jd.meanSpx ** 2;
		const cDiffusion = Math.sqrt((scale.meanRv2 - jumpVar) / scale.meanVix2);
		return { period: f.period, scale, jd, rhoAll, rhoCalm, cDiffusion };
	});
	const [spxFull, spxRecent] = spxRows;
	const markdown = [
		markdownTable(
			'AR(1) of ln VIX on k-business-day steps → κ = −ln b/Δ, η² = 2κ·s²/(1 − b²)',
			['period', 'k', 'b', 'κ /yr', 'η /√yr', 'pairs'],
			lagRows,
		),
		markdownTable(
			'Dispersion of ln VIX changes, 1990–2026: realized vs stationary OU (unconditional change sd √((η²/κ)(1 − e^{−κh})); conditional sd around the AR projection √(η²(1 − e^{−2κh})/(2κ)))',
			[
				'horizon',
				'realized change sd',
				'daily fit',
				'monthly fit',
				'realized conditional sd',
				'daily fit',
				'monthly fit',
			],
			dispersionRows,
		),
		markdownTable(
			`45-calendar-day ln VIX, 1990–2026: data vs model (κ = ${fixed(monthly.kappa, 3)} /yr; mean of ${JUMP_SIM.replicates} simulated histories, 5–95 % range across them in brackets)`,
			['statistic', 'data', 'no jumps', 'fixed jump', 'exponential jump'],
			[
				statRow('conditional sd', (s) => fixed(s.sd, 3)),
				statRow('skewness', (s) => fixed(s.skew, 2)),
				statRow('90th percentile', (s) => fixed(s.p90, 3)),
				statRow('95th percentile', (s) => fixed(s.p95, 3)),
				statRow('99th percentile', (s) => fixed(s.p99, 3)),
				statRow('P(VIX more than doubles)', (s) => pct(s.pDouble, 2)),
				statRow('AR slope at 45 days', (s) => fixed(s.slope, 3)),
			],
		),
		`Fits: no jumps — ${describe(jumps.none)}; fixed — ${describe(jumps.fixed)}; exponential — ${describe(jumps.exponential)}. Chosen: ${chosen.model.jump.kind}.`,
		markdownTable(
			`SPX side (jump days: the ${jumpCount} largest daily VIX log rises of 1990–2026, λ_J × years, and as many per year in 2009–2026)`,
			[
				'period',
				'RV21/VIX mean',
				'median',
				'c = √(mean RV²/mean VIX²)',
				'c without jump variance',
				'ρ all days',
				'ρ without jump days',
				'jump days',
				'threshold Δln VIX',
				'mean Δln VIX',
				'mean Δln SPX',
				'Δln SPX / Δln VIX',
			],
			spxRows.map((r) => [
				r.period,
				fixed(r.scale.meanRatio, 3),
				fixed(r.scale.medianRatio, 3),
				fixed(r.scale.varianceRatio, 3),
				fixed(r.cDiffusion, 3),
				fixed(r.rhoAll, 3),
				fixed(r.rhoCalm, 3),
				String(r.jd.days),
				fixed(r.jd.threshold, 3),
				fixed(r.jd.meanVix, 3),
				fixed(r.jd.meanSpx, 4),
				fixed(r.jd.spxPerVix, 3),
			]),
		),
	].join('\n\n');
	return {
		monthly,
		daily,
		jumps,
		chosen,
		data45,
		spxVolScale: spxFull.cDiffusion,
		rho: spxRecent.rhoCalm,
		spxJumpLog: spxFull.jd.meanSpx,
		spxPerVixInJump: spxFull.jd.spxPerVix,
		markdown,
	};
}
