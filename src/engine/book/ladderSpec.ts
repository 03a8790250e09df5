// The 4/4/2 ladder as the user specifies it (docs/models.md, "The hedge"): three layers of VIX calls, the rule that
// picks each layer's expiry and strike, how many units, and how many condors the ladder protects.

import type { Days, Fraction, Pts } from '../units';

export type LayerId = 'near' | 'mid' | 'long';

export interface LayerSpec {
	id: LayerId;
	/** The listed VX expiry nearest this DTE is the layer's (for the near layer only in the target-DTE rule). */
	targetDteDays: Days;
	countPerUnit: number;
}

/**
 * coverCondor: the near layer is the first VX expiry on or after the condor's expiry (it protects the condor's whole
 * life), the others the expiries nearest their target DTE, each later than the layer before. targetDte: every layer
 * the expiry nearest its target DTE, each later than the one before.
 */
export type ExpiryRule = 'coverCondor' | 'targetDte';

export type LadderStrikeRule =
	| { mode: 'pctOfFuture'; fractionOfFuture: Fraction } // 1.3 = 130 % of the layer's future
	| { mode: 'delta'; delta: Fraction } // call delta vs the future, e.g. 0.25
	| { mode: 'strike'; strike: Pts };

export type Sizing =
	| { mode: 'units'; units: number }
	| { mode: 'coverage'; coverage: Fraction } // of the protected condors' max loss
	| { mode: 'budget'; fractionOfCredit: Fraction }; // of the protected condors' credit

export interface LadderSpec {
	layers: LayerSpec[];
	expiryRule: ExpiryRule;
	strikeRule: LadderStrikeRule;
	/** Allow 0.5-point strikes between 10 and 15 (Cboe lists them on some expiries). */
	halfPointStrikes: boolean;
	/** Allow fractional units (contracts stay whole: round(count·k)). */
	fractionalUnits: boolean;
	sizing: Sizing;
	/** N: how many condors like the book's one the ladder protects (sizing targets and book P&L are for all N). */
	condorsProtected: number;
}

/** The default strike rule: 130 % of each layer's future. */
export const DEFAULT_FRACTION_OF_FUTURE: Fraction = 1.3;

export const DEFAULT_LADDER: LadderSpec = {
	layers: [
		{ id: 'near', targetDteDays: 45, countPerUnit: 4 },
		{ id: 'mid', targetDteDays: 110, countPerUnit: 4 },
		{ id: 'long', targetDteDays: 220, countPerUnit: 2 },
	],
	expiryRule: 'coverCondor',
	strikeRule: { mode: 'pctOfFuture', fractionOfFuture: DEFAULT_FRACTION_OF_FUTURE },
	halfPointStrikes: false,
	fractionalUnits: false,
	sizing: { mode: 'coverage', coverage: 0.3 },
	condorsProtected: 1,
};

/** Defaults shown for the sizing modes the user has not picked: coverage 30 %, a budget of 30 % of the credit. */
export const DEFAULT_COVERAGE: Fraction = 0.3;
export const DEFAULT_BUDGET_FRACTION: Fraction = 0.3;

/**
 * Rounds a VIX strike to Cboe's grid: 1 point up to 30 (0.5 between 10 and 15 when allowed), 2.5 from 30 to 50,
 * 5 above 50.
 * @example roundVixStrike(23.4, false) // 23
 * @example roundVixStrike(41.8, false) // 42.5
 * @example roundVixStrike(77.1, false) // 75
 */
export function roundVixStrike(K: number, halfPoints: boolean): number {
	if (K > 50) return Math.max(50, Math.round(K / 5) * 5);
	if (K > 30) return Math.round(K / 2.5) * 2.5;
	if (halfPoints && K >= 10 && K <= 15) return Math.round(K * 2) / 2;
	return Math.max(1, Math.round(K));
}
