// The sentences the regime lab's results are read by (docs/simulation.md, "Statistics"): written here, from the engine's
// numbers, never in the engine. They state the horizon they are about — a 45-day mean is never called a month's
// income — and do not claim a tail cut where CVaR cannot show one (the condor's 5 % worst cases are its max loss).
import type { LabResultRecord } from '../../persistence';
import { MOVE_BUCKETS } from '../../engine';
import { pctFromFraction, usd } from '../../text/format';

/** The report's buckets of SPX falls of 5 % or more over the horizon. */
const FALLS_OF_5 = new Set<string>(MOVE_BUCKETS.filter((b) => b.hi <= -5).map((b) => b.id));

type PolicyRecord = LabResultRecord['starts'][number]['policies'][number];
type Figures = PolicyRecord['mid'];

/** The condor's CVaR 95 is its whole max loss (within 1 %): its worst 5 % all lose the most they can. */
export const cvarIsMaxLoss = (p: PolicyRecord, f: Figures) => f.alone.cvar95 >= 0.99 * p.entry.maxLossUsd;

/**
 * The answer for one start and policy: the hedge's mean over the horizon against its premium, what it paid when SPX
 * fell 5 % or more, and what it did to the condor's worst cases.
 */
export function labAnswer(p: PolicyRecord, f: Figures, horizonDays: number): string {
	if (p.hedgeCostUsd === 0) return 'No hedge is held under this policy.';
	const h = f.hedge;
	const ofPremium = h.mean / p.hedgeCostUsd;
	const parts = [
		`Over ${horizonDays} days the hedge's mean P&L is ${usd(h.mean, { signed: true })} ± ${usd(h.stdError)}, ` +
			`${pctFromFraction(ofPremium, { digits: 0, signed: true })} of its ${usd(p.hedgeCostUsd)} premium; ` +
			`it ends in profit on ${pctFromFraction(h.pProfit, { digits: 0 })} of paths.`,
	];
	const down = f.byMove.filter((b) => FALLS_OF_5.has(b.id));
	const pDown = down.reduce((s, b) => s + b.probability, 0);
	if (f.hedgeGainPerPremiumWhenDown5 !== null && pDown > 0)
		parts.push(
			`When SPX fell 5 % or more (${pctFromFraction(pDown, { digits: 1 })} of paths) it returned ` +
				`${usd(f.hedgeGainPerPremiumWhenDown5, { cents: true })} per $1 of premium.`,
		);
	if (cvarIsMaxLoss(p, f))
		parts.push(
			'The condor alone already loses its whole max loss in its 5 % worst cases, so CVaR 95 cannot show a tail ' +
				'cut; read the table by SPX move instead (call-side losses are ones the hedge cannot help).',
		);
	else {
		const cut = (f.alone.cvar95 - f.hedged.cvar95) / f.alone.cvar95;
		parts.push(
			cut >= 0
				? `It cuts the 5 % worst-case loss (CVaR 95) from ${usd(f.alone.cvar95)} to ${usd(f.hedged.cvar95)}.`
				: `It adds to the 5 % worst-case loss: CVaR 95 ${usd(f.alone.cvar95)} alone, ${usd(f.hedged.cvar95)} with it.`,
		);
	}
	return parts.join(' ');
}
