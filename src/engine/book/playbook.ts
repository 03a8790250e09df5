// The ALVH methodology's regime playbook (docs/models.md, "Regime playbook") as data: a suggestion shown next to the
// regime label, applied only when the user taps it (applyPlaybook, which says what it changed), with every number
// editable. The regime lab enters its playbook policy through the same applyPlaybook.
import type { Regime } from '../market/regime';
import type { Fraction } from '../units';
import type { BookSpec } from './bookSpec';
import type { ShortStrikeRule } from './ironCondor';
import type { Sizing } from './ladderSpec';

export interface PlaybookSuggestion {
	id: 'contango' | 'backwardation' | 'backwardation-rsi' | 'neutral';
	title: string;
	text: string;
	/** What applying it changes: short-strike delta, hedge coverage, and whether to monetize part of the near layer. */
	changes: PlaybookChanges;
}

/** What a suggestion changes: short-strike delta, hedge coverage, and the share of the near layer to monetize. */
export interface PlaybookChanges {
	shortDelta?: Fraction;
	coverage?: Fraction;
	monetizeNearFraction?: Fraction;
}

/** One rule applying the playbook changed, with the rule it replaced. */
export type PlaybookEdit =
	| { what: 'shortDelta'; from: ShortStrikeRule; to: Fraction }
	| { what: 'coverage'; from: Sizing; to: Fraction }
	| { what: 'nearCount'; from: number; to: number };

/** RSI(14) of VIX above this, in backwardation, suggests monetizing or rolling part of the near layer. */
const RSI_MONETIZE_LEVEL = 70;

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

/**
 * The book with a suggestion's changes applied — short strikes at its delta both sides, coverage sizing at its level,
 * the near layer's count cut by the share to monetize — and the edits that actually changed a number (none when the
 * book already follows it).
 * @example applyPlaybook(DEFAULT_BOOK_SPEC, { shortDelta: 0.35 }).edits[0].to // 0.35 (from the 16Δ rule)
 */
export function applyPlaybook(
	spec: BookSpec,
	changes: PlaybookChanges,
): { spec: BookSpec; edits: PlaybookEdit[] } {
	const edits: PlaybookEdit[] = [];
	let { condor, ladder } = spec;
	const { shortDelta, coverage, monetizeNearFraction } = changes;
	if (shortDelta !== undefined) {
		const from = condor.shorts;
		if (!(from.mode === 'delta' && from.putDelta === shortDelta && from.callDelta === shortDelta)) {
			condor = { ...condor, shorts: { mode: 'delta', putDelta: shortDelta, callDelta: shortDelta } };
			edits.push({ what: 'shortDelta', from, to: shortDelta });
		}
	}
	if (coverage !== undefined) {
		const from = ladder.sizing;
		if (!(from.mode === 'coverage' && from.coverage === coverage)) {
			ladder = { ...ladder, sizing: { mode: 'coverage', coverage } };
			edits.push({ what: 'coverage', from, to: coverage });
		}
	}
	if (monetizeNearFraction !== undefined) {
		const layers = ladder.layers.map((l) => {
			if (l.id !== 'near') return l;
			const to = Math.round(l.countPerUnit * (1 - monetizeNearFraction));
			if (to !== l.countPerUnit) edits.push({ what: 'nearCount', from: l.countPerUnit, to });
			return { ...l, countPerUnit: to };
		});
		ladder = { ...ladder, layers };
	}
	return { spec: { ...spec, condor, ladder }, edits };
}
