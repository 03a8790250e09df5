// The answer the summary strip and the What-if's quick picks give first: the book's P&L, condor / hedge / combined,
// in the reference stress (SPX −10 % over 5 calendar days) with VIX by the spot-vol link and with VIX typed at 40 —
// the level every −10 % episode from a calm VIX reached (docs/models.md, "Spot-vol link"). One whatIfPnl each.
import type { Pts, Usd } from '../units';
import { REFERENCE_STRESS_VIX, referenceShock, type Shock } from './shock';
import { whatIfPnl, type ValuedBook } from './whatIf';

export interface StressAnswer {
	shock: Shock;
	/** SPX and VIX after the stress, points. */
	spx: Pts;
	vix: Pts;
	/** P&L at mid against the entry prices (fills where typed), dollars. */
	condorUsd: Usd;
	hedgeUsd: Usd;
	combinedUsd: Usd;
}

function answer(book: ValuedBook, shock: Shock): StressAnswer {
	const p = whatIfPnl(book, shock);
	return {
		shock,
		spx: p.spx,
		vix: p.vix,
		condorUsd: p.condorUsd,
		hedgeUsd: p.hedgeUsd,
		combinedUsd: p.combinedUsd,
	};
}

/** The book in the reference stress: VIX by the link, and VIX at REFERENCE_STRESS_VIX. */
export function referenceStress(book: ValuedBook): { link: StressAnswer; typed: StressAnswer } {
	return {
		link: answer(book, referenceShock()),
		typed: answer(book, referenceShock(REFERENCE_STRESS_VIX)),
	};
}
