// What each policy enters at a start (docs/simulation.md, "Policies"): the book spec its entry rule gives (the user's
// book, a plain 16Δ condor, or the methodology's playbook for the start's regime and RSI), and from the priced entries
// the books the rule engine runs — the condor's credit, quantity and entry costs, the ladder's contracts — with the
// read-outs a report shows. Shared by the regime lab and the history replay and back-test.
import type { IsoDate } from '../types';
import type { MarketSnapshot } from '../market/snapshot';
import type { Regime } from '../market/regime';
import { VIX_MULTIPLIER } from '../conventions';
import type { BookSpec } from '../book/bookSpec';
import { condorReadout, type CondorReadout, type CondorStrikes } from '../book/ironCondor';
import { layerContracts, ladderTotal } from '../book/ladderSizing';
import { perContractChange, sizeLadder } from '../book/ladderSize';
import { applyPlaybook, playbookFor } from '../book/playbook';
import { tradeCostUsd } from '../book/tradingCosts';
import { wilderRsi } from '../math/rsi';
import type { MarketModel } from '../scenario/marketModel';
import type { EntryRule, PolicySpec } from './policySpec';
import type { EntryBook } from './pathRun';

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

/** An entry rule's book priced at a start: what priceBook gives, or quoteEntry's lighter equivalent. */
export interface EntryQuote {
	condor: Pick<CondorReadout, 'strikes' | 'qty' | 'legMidsPts' | 'creditPts' | 'creditUsd' | 'maxLossUsd'>;
	ladder: {
		units: number;
		premiumUsd: number;
		carryUsdPer30Days: number;
		layers: readonly { id: string; expiry: IsoDate; strike: number; contracts: number }[];
	};
}

/** The book spec a policy's entry rule gives at a start market. */
export function entrySpec(spec: BookSpec, rule: EntryRule, market: MarketSnapshot, regime: Regime): BookSpec {
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

/**
 * A spec's entry on a built model, as priceBook would price it (the same condor and ladder sizing) without the
 * read-outs nothing here shows: the back-test enters thousands of books.
 */
export function quoteEntry(model: MarketModel, valuationDate: IsoDate, spec: BookSpec): EntryQuote {
	const condor = condorReadout(spec.condor, model.spx);
	const size = sizeLadder(spec.ladder, valuationDate, model, condor);
	const contracts = size.layers.map((l) => layerContracts(l, size.units));
	return {
		condor,
		ladder: {
			units: size.units,
			premiumUsd: size.layers.reduce((s, l, i) => s + contracts[i] * l.pricePts * VIX_MULTIPLIER, 0),
			carryUsdPer30Days: ladderTotal(size.layers, perContractChange(model, size.layers, 30, 1), size.units),
			layers: size.layers.map((l, i) => ({
				id: l.id,
				expiry: l.expiry,
				strike: l.strike,
				contracts: contracts[i],
			})),
		},
	};
}

const sameStrikes = (a: CondorStrikes, b: CondorStrikes) =>
	a.longPut === b.longPut &&
	a.shortPut === b.shortPut &&
	a.shortCall === b.shortCall &&
	a.longCall === b.longCall;

/**
 * Each policy's entry book and read-outs from the quotes of its entry rule; policies whose condors share strikes
 * share one condor index.
 * @param expiryIndex a layer expiry's index in the caller's VX tables.
 * @throws Error when two entry rules disagree on the ladder's strikes (the strike rule ignores the condor).
 */
export function policyEntries(
	policies: readonly PolicySpec[],
	quotes: ReadonlyMap<EntryRule, EntryQuote>,
	spec: BookSpec,
	expiryIndex: (expiry: IsoDate) => number,
): { condors: CondorStrikes[]; books: EntryBook[]; entries: PolicyEntry[] } {
	const condors: CondorStrikes[] = [];
	const entries: PolicyEntry[] = [];
	const ref = quotes.values().next().value!.ladder.layers;
	const books = policies.map((p): EntryBook => {
		const b = quotes.get(p.entry)!;
		b.ladder.layers.forEach((l, i) => {
			if (l.expiry !== ref[i].expiry || l.strike !== ref[i].strike)
				throw new Error('entry books must share the ladder strikes');
		});
		let ci = condors.findIndex((k) => sameStrikes(k, b.condor.strikes));
		if (ci < 0) ci = condors.push(b.condor.strikes) - 1;
		const qty = b.condor.qty * spec.ladder.condorsProtected;
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
			layers: b.ladder.layers.map((l) => ({
				expiryIndex: expiryIndex(l.expiry),
				strike: l.strike,
				contracts: l.contracts,
			})),
			nearLayer: b.ladder.layers.findIndex((l) => l.id === 'near'),
		};
	});
	return { condors, books, entries };
}
