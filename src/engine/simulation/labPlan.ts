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
import type { CondorStrikes } from '../book/ironCondor';
import { layerStrike } from '../book/ladderLayers';
import { roundVixStrike } from '../book/ladderSpec';
import { applyPlaybook, playbookFor } from '../book/playbook';
import { tradeCostUsd } from '../book/tradingCosts';
import { wilderRsi } from '../math/rsi';
import { priceBook, type PricedBook } from '../scenario/priceBook';
import type { MarketModel } from '../scenario/marketModel';
import { dateState } from '../scenario/dateState';
import { NO_SHOCK } from '../scenario/shock';
import { horizonDate, stepGrid, type StepGrid } from './stepGrid';
import { condorTables, modelFuture, vxTables, type CondorTables, type VxTables } from './marking';
import type { PathStart } from './paths';
import type { PathModel } from './pathModel';
import type { EntryBook, RollStrike } from './policies';
import type { EntryRule } from './policySpec';
import { rsiSeed, type RsiSeed } from './signals';
import type { RegimeLabSettings } from './labSettings';

/** What a policy entered at one start: the condor, and the hedge before any path-dependent trade. */
export interface PolicyEntry {
	strikes: CondorStrikes;
	qty: number;
	creditUsd: number;
	/** Condor max loss, dollars: its defined risk. */
	maxLossUsd: number;
	/** Hedge units and contracts per layer (near, mid, long order of the ladder). */
	units: number;
	contracts: number[];
	/** Premium of the entry contracts and what they lose in 30 days if nothing moves (negative: a cost), dollars. */
	hedgePremiumUsd: number;
	hedgeCarryUsdPer30Days: number;
}

export interface StartPlan {
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

/** The book spec a policy's entry rule gives at a start market. */
function entrySpec(spec: BookSpec, rule: EntryRule, market: MarketSnapshot, regime: Regime): BookSpec {
	if (rule === 'book') return spec;
	const plain16: BookSpec = {
		...spec,
		condor: { ...spec.condor, shorts: { mode: 'delta', putDelta: 0.16, callDelta: 0.16 } },
	};
	if (rule === 'plain16') return plain16;
	// The entry only: the playbook policy monetizes the near layer along the path, not at entry.
	const { shortDelta = 0.16, coverage } = playbookFor(regime, wilderRsi(market.recentVixCloses)).changes;
	return applyPlaybook(spec, { shortDelta, coverage }).spec;
}

const sameStrikes = (a: CondorStrikes, b: CondorStrikes) =>
	a.longPut === b.longPut &&
	a.shortPut === b.shortPut &&
	a.shortCall === b.shortCall &&
	a.longCall === b.longCall;

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
			: Math.log(curveFuture(model.vix.curve, t)) - p.riskPremiumScale * riskPremium(regime, t * 365),
	);
}

/** The plan of one start. */
export function planStart(
	market: MarketSnapshot,
	regime: Regime,
	spec: BookSpec,
	settings: RegimeLabSettings,
): StartPlan {
	const priced = new Map<EntryRule, PricedBook>();
	for (const p of settings.policies)
		if (!priced.has(p.entry))
			priced.set(p.entry, priceBook(market, entrySpec(spec, p.entry, market, regime)));
	const ref = priced.values().next().value!;
	const model = ref.model;
	const end = horizonDate(market.valuationDate, settings.horizonDays, model.condorExpiry);
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
	const condorList: CondorStrikes[] = [];
	const entries: PolicyEntry[] = [];
	const books: EntryBook[] = settings.policies.map((p) => {
		const b = priced.get(p.entry)!;
		b.ladder.layers.forEach((l, i) => {
			if (l.expiry !== ref.ladder.layers[i].expiry || l.strike !== ref.ladder.layers[i].strike)
				throw new Error('entry books must share the ladder strikes'); // the strike rule ignores the condor
		});
		let ci = condorList.findIndex((k) => sameStrikes(k, b.condor.strikes));
		if (ci < 0) ci = condorList.push(b.condor.strikes) - 1;
		const qty = b.positions.condor!.qty;
		entries.push({
			strikes: b.condor.strikes,
			qty,
			creditUsd: b.condor.creditUsd * spec.ladder.condorsProtected,
			maxLossUsd: b.condor.maxLossUsd * spec.ladder.condorsProtected,
			units: b.ladder.units,
			contracts: b.ladder.layers.map((l) => l.contracts),
			hedgePremiumUsd: b.ladder.premiumUsd,
			hedgeCarryUsdPer30Days: b.ladder.carryUsdPer30Days,
		});
		return {
			condorIndex: ci,
			creditPts: b.condor.creditPts,
			qty,
			condorEntryCostUsd: b.condor.legMidsPts.reduce(
				(s, mid) => s + tradeCostUsd(spec.costs, 'spx', mid, qty),
				0,
			),
			layers: b.ladder.layers.map((l, i) => ({ ...calls[i], contracts: l.contracts })),
			nearLayer: b.ladder.layers.findIndex((l) => l.id === 'near'),
		};
	});
	const today = dateState(model, NO_SHOCK, 0);
	const rollStrike = (e: number, j: number, vix: number) => {
		const i = e * stride + j;
		const F = modelFuture(vx, e, j, vix);
		const slot = { T: vx.tau[i], sqrtT: vx.sqrtTau[i], df: 1, future: F, beta: 1, atmVol: vx.atmVol[i] };
		return roundVixStrike(layerStrike(spec.ladder.strikeRule, today, slot, F), spec.ladder.halfPointStrikes);
	};
	return {
		model,
		grid,
		vx,
		condors: condorList.map((k) => condorTables(model, k, grid)),
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
