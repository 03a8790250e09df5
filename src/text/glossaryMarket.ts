// Glossary entries for the market: SPX and VIX instruments, the curve, its regimes and measures (see glossary.ts).
import type { GlossaryEntry } from './glossary';

export const MARKET_TERMS = [
	{
		id: 'spx-option',
		term: 'SPX option',
		short: 'A European, cash-settled option on the S&P 500 index; one contract is $100 per index point.',
		body: [
			'Standard monthly options (third Friday) are AM-settled from the opening prices; SPXW weeklies and dailies are PM-settled at the 16:00 ET close.',
			'ALVH Lab prices them with Black-76 on the SPX forward, using the smile vol at each strike.',
		],
		see: ['iron-condor'],
	},
	{
		id: 'iron-condor',
		term: 'Iron condor (short)',
		short:
			'Sell a put and a call, buy a further put and a further call, all on the same expiry: a credit received for betting SPX stays in a range.',
		body: [
			'Strikes: long put < short put < short call < long call. The two long options (wings) cap the loss.',
			'At expiry there are two break-evens: short put − credit and short call + credit.',
		],
		formula: 'max loss = max(wing width) × $100 × quantity − credit',
		see: ['spx-option', 'break-even'],
	},
	{
		id: 'break-even',
		term: 'Break-even',
		short: 'An SPX level where a position neither makes nor loses money (at a given date, usually expiry).',
		see: ['iron-condor'],
	},
	{
		id: 'vx-future',
		term: 'VX future',
		short:
			"A VIX future: a bet on where the VIX index will settle at the contract's expiry; $1,000 per point (Mini VX: $100).",
		body: [
			"Monthly contracts settle on the Wednesday 30 days before the next month's standard SPX expiry (a business day earlier around some holidays).",
			'Futures usually sit above spot VIX and converge to it as they approach expiry.',
		],
		see: ['vix-option', 'contango', 'backwardation'],
	},
	{
		id: 'vix-option',
		term: 'VIX option',
		short:
			'A European, cash-settled option on VIX with the same expiry as the VX future of that month; $100 per point.',
		body: [
			'It is priced off that future (Black-76), never off spot VIX: a call on a far month reflects where that future trades, which in contango is well above spot.',
		],
		see: ['vx-future', 'vol-of-vol'],
	},
	{
		id: 'contango',
		term: 'Contango',
		short:
			'VIX futures above spot VIX and rising with maturity: the normal, calm state (roughly 80–90 % of days).',
		body: [
			'In contango long VIX calls lose value as their futures roll down toward spot: the hedge has a carrying cost.',
		],
		see: ['backwardation', 'front-contango', 'carry'],
	},
	{
		id: 'backwardation',
		term: 'Backwardation',
		short:
			'Spot VIX above the futures, or the front future above the next: the curve of a market under stress.',
		body: [
			'A large enough sell-off flips contango into backwardation; near-dated VIX calls then gain the most.',
		],
		see: ['contango', 'vix-vix3m'],
	},
	{
		id: 'regime',
		term: 'Regime',
		short:
			'The shape of the VIX curve: contango, backwardation, flat (front contango within ±1 %) or mixed/humped (the slope changes sign).',
		see: ['contango', 'backwardation', 'front-contango'],
	},
	{
		id: 'vx1-vx2',
		term: 'VX1/VX2',
		short: 'The front VX future divided by the second: below 1 in contango, above 1 in backwardation.',
		formula: 'VX1 / VX2',
		see: ['front-contango'],
	},
	{
		id: 'front-contango',
		term: 'Front contango %',
		short: 'How far the second VX future sits above the first, in percent.',
		formula: '(VX2 / VX1 − 1) × 100',
		see: ['vx1-vx2', 'contango-4-7'],
	},
	{
		id: 'contango-4-7',
		term: 'Months 4→7 contango %',
		short: 'The slope of the back of the curve: the seventh VX future against the fourth, in percent.',
		formula: '(VX7 / VX4 − 1) × 100',
		see: ['front-contango'],
	},
	{
		id: 'vix-vix3m',
		term: 'VIX/VIX3M',
		short: 'Spot 30-day VIX over the 3-month VIX index: above 1 means backwardation at the front.',
		formula: 'VIX / VIX3M',
		see: ['backwardation'],
	},
	{
		id: 'vx1-premium',
		term: 'VX1 premium',
		short: 'How much the front future is priced above spot VIX, as a fraction.',
		formula: 'VX1 / VIX − 1',
		see: ['daily-roll'],
	},
	{
		id: 'daily-roll',
		term: 'Daily roll',
		short: 'How many VIX points a day the front future must fall (or rise) to meet spot by its settlement.',
		formula: '(VX1 − VIX) / business days to VX1 settlement',
		see: ['vx1-premium', 'carry'],
	},
	{
		id: 'curve-slope',
		term: 'Curve slope',
		short: 'The steepness of the VIX futures curve, in VIX points per 30 days of maturity.',
		see: ['contango'],
	},
	{
		id: 'rsi',
		term: 'RSI(14)',
		short:
			"Wilder's 14-day relative strength index of VIX closes, from 0 to 100; above 70 the VIX spike is stretched.",
		body: ['The playbook considers monetizing part of the near layer in backwardation with RSI above 70.'],
		see: ['backwardation'],
	},
	{
		id: 'curve-fit',
		term: 'Curve fit (κ, e^θ, RMSE)',
		short:
			'The VX futures are fitted by a mean-reverting log-VIX curve: κ is how fast it reverts (per year), e^θ the long-run level it tends to, RMSE the typical log miss.',
		body: [
			'The fit only draws the curve and extends it past the last typed future; it does not set VIX-option vols.',
		],
		see: ['extrapolated', 'curve-slope'],
	},
	{
		id: 'linked-smile',
		term: 'Linked smile',
		short:
			"The SPX smile follows VIX: its ATM vol is 0.9 × the VIX term level at the condor's expiry, and the 25Δ vols are fixed multiples of it.",
		body: ['In a what-if the smile keeps its shape in standardised moneyness (sticky delta) as VIX moves.'],
		see: ['spx-option'],
	},
	{
		id: 'extrapolated',
		term: 'Extrapolated',
		short:
			'A value beyond the last VX future you typed: read from the fitted curve, not from a price. Treat it with care.',
		see: ['curve-fit'],
	},
] as const satisfies readonly GlossaryEntry[];
