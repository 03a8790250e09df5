// Glossary entries for the History screen: the data it reads (CFE settlements, the proxy futures, SOQ), what it marks
// on the timeline (flips, FOMC decisions, MACD) and how it judges the book on the past (replay, back-test, bootstrap).
import type { GlossaryEntry } from './glossary';

export const HISTORY_TERMS = [
	{
		id: 'flip',
		term: 'Flip (into backwardation)',
		short:
			'A close with VIX above VIX3M after at least 20 business days at or below it: the day the curve turns from contango to backwardation.',
		body: [
			'The episode runs from the flip to the last close before the ratio VIX/VIX3M is back at or below 1; its peak is the highest VIX close in it.',
		],
		see: ['backwardation', 'vix-vix3m', 'fomc'],
	},
	{
		id: 'fomc',
		term: 'FOMC decision',
		short:
			'A day the Federal Reserve’s Open Market Committee announced a rate decision (scheduled meetings and the emergency moves of March 2020), from federalreserve.gov.',
		body: [
			'Flips within 5 business days of one are flagged: "−2 d" means the flip came two business days before the decision.',
		],
		see: ['flip'],
	},
	{
		id: 'macd',
		term: 'MACD(12, 26, 9)',
		short:
			'Moving-average convergence/divergence of the term-structure spread VIX3M − VIX: the 12-day EMA minus the 26-day EMA, with a 9-day EMA of that as its signal line.',
		body: [
			'The spread shrinks as the curve flattens, so a MACD falling through its signal shows the curve losing contango faster than of late.',
		],
		see: ['vix-vix3m', 'rsi'],
	},
	{
		id: 'cfe-settlement',
		term: 'CFE settlement',
		short:
			'The daily settlement price of a VX future on the Cboe Futures Exchange, from CFE’s contract files: the real VX curve of a past day.',
		see: ['vx-future', 'proxy-futures', 'soq'],
	},
	{
		id: 'soq',
		term: 'SOQ (special opening quotation)',
		short:
			'The final settlement of a VX future and of VIX options: VIX computed from the opening prices of SPX options on the expiry morning.',
		body: [
			'Where no SOQ is stored, the app uses VIX’s last close before that open; the lab approximates it at the open of the expiry day.',
		],
		see: ['cfe-settlement', 'vix-option'],
	},
	{
		id: 'proxy-futures',
		term: 'Proxy VX futures',
		short:
			'VX futures rebuilt from the day’s VIX and VIX3M closes where no CFE settlement is stored: the forward variance between the two, less a convexity term, calibrated on real settlements (about 4–5 % RMS off).',
		see: ['cfe-settlement', 'vix-vix3m'],
	},
	{
		id: 'replay',
		term: 'Replay',
		short:
			'The book’s rules entered on one past close and marked at every close to the condor’s expiry with the app’s pricing, on real (or proxy) curves: what the rules would have done then.',
		see: ['back-test', 'policies'],
	},
	{
		id: 'back-test',
		term: 'Back-test',
		short:
			'The replay started on every chosen close of the history and held to the condor’s expiry, summarised by the regime at the start: premium, mean, median and P(profit), with and without the largest episode.',
		see: ['replay', 'block-bootstrap'],
	},
	{
		id: 'block-bootstrap',
		term: 'Block bootstrap',
		short:
			'Standard errors from resampling the starts in blocks of about 45 business days rather than one by one: neighbouring starts hold overlapping days, so they are not independent.',
		see: ['standard-error', 'back-test'],
	},
] as const satisfies readonly GlossaryEntry[];
