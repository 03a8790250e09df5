// The markets a regime-lab run starts from (docs/simulation.md, "Start states"): the user's market with its contango and
// backwardation counterparts built from history (scenario/counterparts.ts), markets the user picks, or the user's
// market on the model's paths beside the same market on real history windows that started like it (analogs).
import type { MarketSnapshot } from '../market/snapshot';
import type { HistoryTable } from '../history/historyTable';
import { classifyCurve, type Regime } from '../market/regime';
import { counterpart } from '../scenario/counterparts';

export type StartSpec =
	| { mode: 'counterparts' }
	| { mode: 'markets'; markets: { label: string; market: MarketSnapshot }[] }
	| { mode: 'analogs'; history: HistoryTable };

export interface StartState {
	id: string;
	label: string;
	market: MarketSnapshot;
	regime: Regime;
	/** Id of an earlier start with the very same market (its results are shared), else null. */
	sameAs: string | null;
	/** Where a counterpart's curve comes from, e.g. 'typical backwardation at VIX 16–20, 2009–2026'; null otherwise. */
	source: string | null;
	/** The history an analog start draws its paths from (simulation/analogs.ts); null: the model's paths. */
	analogs: HistoryTable | null;
}

/** The id of the start that is the user's own market (counterparts and analogs); preset starts have none. */
export const USER_START_ID = 'user';

export const regimeOf = (m: MarketSnapshot): Regime => classifyCurve(m).regime;

/**
 * The start states. Counterparts: the user's market; its contango counterpart (itself when in contango, else the
 * typical contango of its VIX level); its backwardation counterpart (itself when in backwardation, else the typical
 * backwardation of its VIX level).
 */
export function regimeStarts(market: MarketSnapshot, spec: StartSpec): StartState[] {
	if (spec.mode === 'markets') {
		if (spec.markets.length === 0) throw new RangeError('starts.markets: at least one market is required');
		return spec.markets.map((s, i) => ({
			id: `market${i + 1}`,
			label: s.label,
			market: s.market,
			regime: regimeOf(s.market),
			sameAs: null,
			source: null,
			analogs: null,
		}));
	}
	if (spec.mode === 'analogs') {
		const regime = regimeOf(market);
		return [
			{
				id: USER_START_ID,
				label: 'Your market (model)',
				market,
				regime,
				sameAs: null,
				source: null,
				analogs: null,
			},
			{
				id: 'analogs',
				label: 'Your market (history)',
				market,
				regime,
				sameAs: null,
				source: null,
				analogs: spec.history,
			},
		];
	}
	const regime = regimeOf(market);
	const side = (r: 'contango' | 'backwardation'): StartState => {
		if (regime === r)
			return {
				id: r,
				label: r === 'contango' ? 'Contango' : 'Backwardation',
				market,
				regime,
				sameAs: USER_START_ID,
				source: null,
				analogs: null,
			};
		const c = counterpart(market, r);
		return {
			id: r,
			label: r === 'contango' ? 'Contango' : 'Backwardation',
			market: c.market,
			regime: regimeOf(c.market),
			sameAs: null,
			source: `the typical ${r} at VIX ${c.bucket}, 2009–2026${c.sameBucket ? '' : ' (the nearest level where it occurred)'}`,
			analogs: null,
		};
	};
	return [
		{ id: USER_START_ID, label: 'Your market', market, regime, sameAs: null, source: null, analogs: null },
		side('contango'),
		side('backwardation'),
	];
}
