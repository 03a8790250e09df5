// Everything a regime-lab start needs before any path is drawn (docs/simulation.md): the step grid, the VX and
// condor tables the marks read, each policy's entry book and read-outs, the mean VIX path the real-world model is tied
// to (today's curve less the measured futures risk premium), the RSI seed and the roll's strike rule.
import type { MarketSnapshot } from '../market/snapshot';
import type { Regime } from '../market/regime';
import { calendarDaysBetween } from '../market/isoDate';
import { vxExpiriesAfter } from '../market/expiries';
import { curveFuture } from '../market/vixCurve';
import { FUTURES_RISK_PREMIUM } from '../measured/realWorldVix.generated';
import type { BookSpec } from '../book/bookSpec';
import { layerStrike } from '../book/ladderLayers';
import { roundVixStrike } from '../book/ladderSpec';
import { priceBook, type PricedBook } from '../scenario/priceBook';
import type { MarketModel } from '../scenario/marketModel';
import { dateState } from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { horizonDate, stepGrid, type StepGrid } from './stepGrid';
import { condorTables, type CondorTables } from './condorMarks';
import { modelFuture, vxTables, type VxTables } from './vixCallMarks';
import type { PathStart } from './paths';
import type { PathModel } from './pathModel';
import type { EntryRule } from './policySpec';
import type { EntryBook, RollStrike } from './pathRun';
import { entrySpec, policyEntries, type PolicyEntry } from './policyEntries';
import { rsiSeed, type RsiSeed } from './signals';
import type { RegimeLabSettings } from './labSettings';
import type { HistoryTable } from '../history/historyTable';
import { analogSource, analogWindows, type AnalogWindows } from './analogs';
import { DAYS_PER_YEAR } from '../conventions';

export interface StartPlan {
	/** Real history windows the paths are drawn from (analog starts), else null: the model's paths. */
	analogs: AnalogWindows | null;
	/** What an analog start's results say about its windows; null for the others. */
	source: string | null;
	model: MarketModel;
	grid: StepGrid;
	vx: VxTables;
	condors: CondorTables[];
	/** The ladder's calls: expiry index into the VX tables and strike. */
	calls: { expiryIndex: number; strike: number }[];
	books: EntryBook[];
	entries: PolicyEntry[];
	pathStart: PathStart;
	rsi: RsiSeed;
	rollStrike: RollStrike;
	horizonDays: number;
}

/** The measured λ(days) of a regime, linear between horizons and flat beyond the last. */
export function riskPremium(regime: 'contango' | 'backwardation', days: number): number {
	const h = FUTURES_RISK_PREMIUM.horizonDays;
	const v = FUTURES_RISK_PREMIUM[regime];
	if (days >= h[h.length - 1]) return v[v.length - 1];
	let i = 1;
	while (h[i] < days) i++;
	return v[i - 1] + ((days - h[i - 1]) / (h[i] - h[i - 1])) * (v[i] - v[i - 1]);
}

/** The regime λ is measured by: VIX above VIX3M (or above VX1 when VIX3M is unknown) is backwardation. */
export const premiumRegime = (m: MarketSnapshot): 'contango' | 'backwardation' =>
	m.vix > (m.vix3m ?? m.futures[0].price) ? 'backwardation' : 'contango';

/** ln E^P[VIX] on each grid date: today's curve less the futures risk premium, λ scaled by the model's setting. */
export function meanVixPath(
	model: MarketModel,
	grid: StepGrid,
	regime: 'contango' | 'backwardation',
	p: PathModel,
) {
	return Float64Array.from(grid.t, (t) =>
		t === 0
			? Math.log(model.vix.curve.vix)
			: Math.log(curveFuture(model.vix.curve, t)) -
				p.riskPremiumScale * riskPremium(regime, t * DAYS_PER_YEAR),
	);
}

/**
 * The plan of one start.
 * @param history for an analog start, the history its windows come from (null: the model's paths).
 */
export function planStart(
	market: MarketSnapshot,
	regime: Regime,
	spec: BookSpec,
	settings: RegimeLabSettings,
	history: HistoryTable | null = null,
): StartPlan {
	const priced = new Map<EntryRule, PricedBook>();
	for (const p of settings.policies)
		if (!priced.has(p.entry))
			priced.set(p.entry, priceBook(market, entrySpec(spec, p.entry, market, regime)));
	const ref = priced.values().next().value!;
	const model = ref.model;
	const end = horizonDate(market.valuationDate, settings.horizonDays, model.condorExpiry);
	if (!(end > market.valuationDate))
		throw new RangeError(
			`the lab steps from one daily close to the next, and the condor expires on the valuation day (${end}): pick a condor 1 DTE or more`,
		);
	const grid = stepGrid(market.valuationDate, market.valuationMinutesEt, end);
	const stride = grid.dt.length + 1;
	// VX expiries: through the longest layer plus one (a roll's target), and past the horizon (the front future).
	const longestDays = Math.max(
		calendarDaysBetween(market.valuationDate, end),
		...ref.ladder.layers.map((l) => l.dteDays),
	);
	const listed = vxExpiriesAfter(market.valuationDate, Math.ceil(longestDays / 27) + 4);
	const layerIdx = ref.ladder.layers.map((l) => listed.indexOf(l.expiry));
	const pastHorizon = listed.findIndex((e) => e > end);
	const regimeForPremium = premiumRegime(market);
	const lnMeanVix = meanVixPath(model, grid, regimeForPremium, settings.model);
	const vx = vxTables(model, grid, Math.max(pastHorizon + 1, ...layerIdx.map((i) => i + 2)), {
		lnMeanVix,
		premium: (days) => settings.model.riskPremiumScale * riskPremium(regimeForPremium, days),
	});
	const calls = ref.ladder.layers.map((l, i) => ({ expiryIndex: layerIdx[i], strike: l.strike }));
	const { condors, books, entries } = policyEntries(settings.policies, priced, spec, (e) =>
		listed.indexOf(e),
	);
	const today = dateState(model, NO_SHOCK, 0);
	const rollStrike = (e: number, j: number, vix: number) => {
		const i = e * stride + j;
		const F = modelFuture(vx, e, j, vix);
		const slot = { T: vx.tau[i], sqrtT: vx.sqrtTau[i], df: 1, future: F, beta: 1, atmVol: vx.atmVol[i] };
		return roundVixStrike(layerStrike(spec.ladder.strikeRule, today, slot, F), spec.ladder.halfPointStrikes);
	};
	const analogs = history ? analogWindows(history, market, grid.dt.length) : null;
	return {
		analogs,
		source: analogs ? analogSource(analogs) : null,
		model,
		grid,
		vx,
		condors: condors.map((k) => condorTables(model, k, grid)),
		calls,
		books,
		entries,
		pathStart: {
			spx: market.spx,
			rate: market.rate,
			dividendYield: model.spx.dividendYield,
			lnMeanVix,
		},
		rsi: rsiSeed(market.recentVixCloses, market.vix, settings.model.eta),
		rollStrike,
		horizonDays: calendarDaysBetween(market.valuationDate, grid.dates[grid.dates.length - 1]),
	};
}
