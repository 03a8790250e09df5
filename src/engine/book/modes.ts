// What a book rule becomes when the trader switches its mode (docs/screens.md, "Book"): the new mode starts from the
// book's defaults or from what the book resolves to today (typed strikes at today's delta strikes, a typed VIX strike
// on the grid at the default % of the near future, units at today's sizing), so a switch keeps the book priceable.
import type { Pts } from '../units';
import {
	DEFAULT_SHORT_DELTA,
	DEFAULT_WING_WIDTH,
	type CondorStrikes,
	type ShortStrikeRule,
	type WingRule,
} from './ironCondor';
import {
	DEFAULT_BUDGET_FRACTION,
	DEFAULT_COVERAGE,
	DEFAULT_FRACTION_OF_FUTURE,
	roundVixStrike,
	type LadderStrikeRule,
	type Sizing,
} from './ladderSpec';

/** Wings by delta start at 5Δ each side; a call-delta strike rule at 25Δ. */
const START_WING_DELTA = 0.05;
const START_CALL_DELTA = 0.25;

/** Short strikes in `mode`: the default deltas, or today's resolved strikes typed (0 when not yet priced). */
export function shortsForMode(mode: ShortStrikeRule['mode'], today: CondorStrikes | null): ShortStrikeRule {
	if (mode === 'delta') return { mode, putDelta: DEFAULT_SHORT_DELTA, callDelta: DEFAULT_SHORT_DELTA };
	return { mode, put: today?.shortPut ?? 0, call: today?.shortCall ?? 0 };
}

/** Long wings in `mode`: the default width, or 5Δ each side. */
export function wingsForMode(mode: WingRule['mode']): WingRule {
	if (mode === 'delta') return { mode, putDelta: START_WING_DELTA, callDelta: START_WING_DELTA };
	return { mode, width: DEFAULT_WING_WIDTH };
}

/**
 * The ladder's strike rule in `mode`: the default share of each future, 25Δ, or a typed strike on Cboe's grid at that
 * share of the near layer's future (`nearFuture`, points; 20 when not yet priced).
 */
export function strikeRuleForMode(mode: LadderStrikeRule['mode'], nearFuture: Pts | null): LadderStrikeRule {
	if (mode === 'pctOfFuture') return { mode, fractionOfFuture: DEFAULT_FRACTION_OF_FUTURE };
	if (mode === 'delta') return { mode, delta: START_CALL_DELTA };
	return { mode, strike: roundVixStrike((nearFuture ?? 20) * DEFAULT_FRACTION_OF_FUTURE, false) };
}

/** Sizing in `mode`: today's units (at least 1, whole), the default coverage, or the default budget. */
export function sizingForMode(mode: Sizing['mode'], unitsToday: number | null): Sizing {
	if (mode === 'units') return { mode, units: Math.max(1, Math.round(unitsToday ?? 1)) };
	if (mode === 'coverage') return { mode, coverage: DEFAULT_COVERAGE };
	return { mode, fractionOfCredit: DEFAULT_BUDGET_FRACTION };
}
