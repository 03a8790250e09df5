// The ALVH methodology's regime playbook (DESIGN §3) as data: a suggestion shown next to the regime label, applied
// only when the user taps it, with every number editable. The regime lab compares it with a plain 16Δ condor.
import type { Regime } from '../market/regime';

export interface PlaybookSuggestion {
	id: 'contango' | 'backwardation' | 'backwardation-rsi' | 'neutral';
	title: string;
	text: string;
	/** What applying it changes: short-strike delta, hedge coverage, and whether to monetize part of the near layer. */
	changes: { shortDelta?: number; coverage?: number; monetizeNearFraction?: number };
}

/** RSI(14) of VIX above this, in backwardation, suggests monetizing or rolling part of the near layer. */
export const RSI_MONETIZE_LEVEL = 70;

/**
 * The suggestion for a regime (and RSI(14) of VIX when known).
 * @example playbookFor('contango', null).changes // { shortDelta: 0.35, coverage: 0.3 }
 */
export function playbookFor(regime: Regime, vixRsi: number | null): PlaybookSuggestion {
	if (regime === 'backwardation' && vixRsi !== null && vixRsi > RSI_MONETIZE_LEVEL)
		return {
			id: 'backwardation-rsi',
			title: 'Backwardation, VIX overbought',
			text: `RSI(14) of VIX is ${vixRsi.toFixed(0)} (> ${RSI_MONETIZE_LEVEL}): the methodology considers monetizing or rolling part of the near layer, with short strikes kept at 15–20Δ.`,
			changes: { shortDelta: 0.16, monetizeNearFraction: 0.5 },
		};
	if (regime === 'backwardation')
		return {
			id: 'backwardation',
			title: 'Backwardation: widen and let the hedge weigh more',
			text: 'The methodology moves the short strikes out to 15–20Δ and lets the hedge weight expand.',
			changes: { shortDelta: 0.16, coverage: 0.45 },
		};
	if (regime === 'contango')
		return {
			id: 'contango',
			title: 'Contango: the hedge is cheap',
			text: 'The methodology sells closer condors (30–45Δ short strikes) while the hedge is cheap, and keeps the 4/4/2 at 25–30 % coverage.',
			changes: { shortDelta: 0.35, coverage: 0.3 },
		};
	return {
		id: 'neutral',
		title: regime === 'flat' ? 'Flat curve: no regime signal' : 'Humped curve: mixed signal',
		text: 'The playbook has no rule for this shape; the plain 16Δ condor with 30 % coverage is the reference.',
		changes: { shortDelta: 0.16, coverage: 0.3 },
	};
}
