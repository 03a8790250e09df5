// The summary strip's five figures, formatted: the regime, what the hedge costs and its share of the condor credit,
// the hedge's carry a day, the book's P&L in the reference stress (SPX −10 % in 5 days, VIX by the link) and the
// playbook's suggestion in two words. Each says which screen explains it.
import { REFERENCE_STRESS, type PlaybookSuggestion, type Regime } from '../../engine';
import type { ScreenId } from '../../state/navigation.svelte';
import type { BookResult } from '../../state/workbench.svelte';
import { pctFromFraction, pctFromPercent, pnlTone, usd } from '../../text/format';

export interface SummaryItem {
	id: 'regime' | 'hedge' | 'carry' | 'stress' | 'playbook';
	label: string;
	value: string;
	tone?: 'good' | 'bad' | Regime;
	screen: ScreenId;
	/** The element the screen scrolls to. */
	focus: string | null;
	/** The item's width, px: fixed, so figures arriving do not move their neighbours. */
	widthPx: number;
	/** Read after the value by screen readers, e.g. 'combined P&L: condor −$2,345, hedge +$3,456'. */
	detail?: string;
}

const PLAYBOOK_SHORT: Record<PlaybookSuggestion['id'], string> = {
	contango: 'Sell closer',
	backwardation: 'Widen',
	'backwardation-rsi': 'Monetize',
	neutral: 'Hold 16Δ',
};

/** The strip's items; figures are '…' until the book is priced. */
export function summaryItems(regime: Regime | null, book: BookResult | null): SummaryItem[] {
	const wait = '…';
	const stress = book?.stress.link ?? null;
	const credit = book?.entry.creditUsd ?? 0;
	const premium = book?.entry.premiumUsd ?? null;
	return [
		{
			id: 'regime',
			widthPx: 100,
			label: 'Regime',
			value: regime ?? wait,
			tone: regime ?? undefined,
			screen: 'market',
			focus: null,
		},
		{
			id: 'hedge',
			widthPx: 124,
			label: 'Hedge',
			value:
				premium === null
					? wait
					: `${usd(premium)} · ${credit > 0 ? pctFromFraction(premium / credit, { digits: 0 }) : '—'}`,
			detail: 'premium of the 4/4/2 ladder and its share of the condor credit',
			screen: 'book',
			focus: 'ladder',
		},
		{
			id: 'carry',
			widthPx: 80,
			label: 'Carry',
			value: book ? `${usd(book.ladder.carryUsdPerDay, { signed: true })}/d` : wait,
			detail: 'what the ladder loses a day if nothing moves',
			screen: 'book',
			focus: 'ladder',
		},
		{
			id: 'stress',
			widthPx: 112,
			label: `SPX ${pctFromPercent(REFERENCE_STRESS.spxMovePct, { digits: 0 })}, ${REFERENCE_STRESS.days} d`,
			value: stress ? usd(stress.combinedUsd, { signed: true }) : wait,
			tone: stress ? pnlTone(stress.combinedUsd) : undefined,
			detail: stress
				? `combined P&L with VIX ${stress.vix.toFixed(1)} by the link: condor ${usd(stress.condorUsd, { signed: true })}, hedge ${usd(stress.hedgeUsd, { signed: true })}`
				: undefined,
			screen: 'whatif',
			focus: null,
		},
		{
			id: 'playbook',
			widthPx: 104,
			label: 'Playbook',
			value: book ? PLAYBOOK_SHORT[book.playbook.id] : wait,
			detail: book?.playbook.title,
			screen: 'book',
			focus: 'playbook',
		},
	];
}
