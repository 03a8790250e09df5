// Glossary entries for the hedge and its models: the ladder and its sizing, VIX-option vols, the spot-vol link,
// trading costs and the regime lab's risk measures (see glossary.ts).
import type { GlossaryEntry } from './glossary';

export const HEDGE_TERMS = [
	{
		id: 'ladder-442',
		term: '4/4/2 ladder',
		short:
			'The Adaptive Layered VIX Hedge: VIX calls in three layers — four near-term, four mid-term (≈110 days) and two longer-dated (≈220 days).',
		body: [
			"By default the near layer is the first VX expiry on or after the condor's expiry, so it protects the condor's whole life; each layer's strike is 130 % of its expiry's future, on Cboe's strike grid. Counts, targets and the rules are editable.",
		],
		see: ['unit', 'coverage', 'expiry-rule', 'vix-option'],
	},
	{
		id: 'unit',
		term: 'Unit',
		short: 'One full 4/4/2 set of VIX calls (ten calls by default). The book holds k units.',
		see: ['ladder-442', 'coverage'],
	},
	{
		id: 'coverage',
		term: 'Coverage',
		short:
			"The hedge's gain in the reference stress (SPX −10 % over 5 days, VIX moved by the spot-vol link) as a share of the condor's maximum loss.",
		body: ['Coverage sizing picks the smallest number of units that reaches the target (30 % by default).'],
		see: ['unit', 'spot-vol-link'],
	},
	{
		id: 'carry',
		term: 'Carry',
		short:
			'What holding the hedge costs while nothing happens: the daily time decay (theta) of the VIX calls, plus the roll of their futures toward spot.',
		see: ['contango', 'daily-roll'],
	},
	{
		id: 'expiry-rule',
		term: 'Expiry rule',
		short:
			"How each layer's VX expiry is picked: covering the condor (the near layer is the first expiry on or after the condor's) or by a target DTE per layer.",
		see: ['ladder-442'],
	},
	{
		id: 'condors-protected',
		term: 'Condors protected (N)',
		short:
			'How many condors like this one the ladder protects: coverage and budget targets, and the book P&L, are for all N.',
		body: [
			'The methodology sizes the hedge against the whole short-premium book; one unit can cost more than one small condor earns.',
		],
		see: ['coverage', 'unit'],
	},
	{
		id: 'vol-of-vol',
		term: 'Vol-of-vol (κ_v, η_v)',
		short: 'The volatility of VIX itself: the implied vol of VIX options, typically 50–100 %.',
		body: [
			'It falls with maturity because VIX mean-reverts. By default ALVH Lab uses σ(T) = η_v·√((1 − e^(−2κ_v T)) / (2κ_v T)) with η_v = 100 % (the vol of a very short option) and κ_v = 5 per year (how fast it decays with maturity); you can type an ATM vol per expiry instead. It is independent of the curve fit.',
		],
		see: ['vix-option', 'vix-call-skew'],
	},
	{
		id: 'vix-call-skew',
		term: 'VIX call skew (s)',
		short: 'How much VIX-option vol rises with the strike: σ(K) = σ_ATM·(1 + s·ln(K / F)).',
		see: ['vol-of-vol'],
	},
	{
		id: 'spot-vol-link',
		term: 'Spot-vol link (ε)',
		short: 'How VIX responds to an SPX move in a what-if: VIX rises when SPX falls, more from a calm start.',
		formula: 'falls: ln(VIX′ / VIX) = ε·u + γ·u², u = ln(S / S′); rises: ln(VIX′ / VIX) = −ε·ln(S′ / S)',
		body: [
			'ε is the elasticity of VIX to SPX. The measured preset reads it from 5-day moves since 1990 by the VIX level the move starts from (larger when VIX is low); other presets use a constant ε. VIX stops at the cap, and the futures curve follows by the tenor beta.',
		],
		see: ['link-convexity', 'vix-cap', 'tenor-beta', 'coverage'],
	},
	{
		id: 'link-convexity',
		term: 'Crash convexity (γ)',
		short:
			'The extra VIX rise in a large SPX fall: the γ·u² term of the spot-vol link, so a crash lifts VIX more than the sum of small falls.',
		see: ['spot-vol-link'],
	},
	{
		id: 'vix-cap',
		term: 'VIX cap',
		short:
			'The highest spot VIX a what-if reaches by the link (90 by default; VIX has never closed above 82.69).',
		see: ['spot-vol-link'],
	},
	{
		id: 'tenor-beta',
		term: 'Tenor beta (κ_β)',
		short: 'How much of a spot-VIX move a future T years out takes: e^(−κ_β T), so the front moves most.',
		body: ['κ_β ≈ 2.7 per year is measured from the curve flips in the VX futures history.'],
		see: ['spot-vol-link', 'backwardation'],
	},
	{
		id: 'trading-costs',
		term: 'Trading costs',
		short:
			'Fills at mid ± a half-spread (the larger of a minimum and a share of the mid) plus a commission per contract; P&L "after costs" pays them to enter and to close.',
		see: ['round-trip-cost'],
	},
	{
		id: 'round-trip-cost',
		term: 'Round-trip cost',
		short:
			"What buying the ladder and selling it again would cost at today's marks: the half-spreads and commissions of both trades.",
		see: ['trading-costs'],
	},
	{
		id: 'var-cvar',
		term: 'VaR / CVaR',
		short:
			'Value at Risk 95 %: the loss exceeded in only 5 % of simulated outcomes. CVaR 95 %: the average loss within that worst 5 %.',
		body: ['CVaR looks into the tail that VaR stops at, so it is the better measure of what a hedge buys.'],
	},
] as const satisfies readonly GlossaryEntry[];
