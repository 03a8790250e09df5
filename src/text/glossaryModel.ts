// Glossary entries for the model's symbols, the statistics the screens print and the trader's positions: every
// abbreviation a screen shows (κ, e^θ, ε, SVI, RMSE, bd, DTE, the greeks…) has an entry here or in the other lists.
import type { GlossaryEntry } from './glossary';

export const MODEL_TERMS = [
	{
		id: 'business-day',
		term: 'bd (business day)',
		short:
			'A day the Cboe exchanges are open: weekdays other than exchange holidays. "VX1 in 7 bd" counts them.',
	},
	{
		id: 'dte',
		term: 'DTE (days to expiry)',
		short: 'Calendar days from the valuation date to an option’s or future’s expiry.',
	},
	{
		id: 'curve-kappa',
		term: 'κ (curve fit)',
		short:
			'How fast the fitted VX curve pulls from spot VIX toward its long-run level, per year: the mean-reversion speed of the log-OU model fitted to the futures.',
		formula: 'F(T) = exp(e^(−κT)·ln VIX + (1 − e^(−κT))·θ + s²(T)/2)',
		body: [
			'The fit keeps κ between 1 and 15 per year; a larger κ means the curve reaches its long-run level sooner.',
		],
		see: ['long-run-level', 'fit-rmse', 'curve-fit'],
	},
	{
		id: 'long-run-level',
		term: 'e^θ (long-run level)',
		short:
			'The VIX level the fitted curve tends to far out: θ is the long-run mean of ln VIX. The what-if’s curve flip moves it.',
		see: ['curve-kappa', 'curve-fit'],
	},
	{
		id: 'fit-rmse',
		term: 'RMSE (curve fit)',
		short:
			'Root mean square of the gaps between the typed futures and the fitted curve, in ln price: 0.01 is about 1 % off on average.',
		body: [
			'Each future keeps its own gap (its residual ε_i) in the what-ifs, so the fitted curve always passes through the typed prices.',
		],
		see: ['curve-kappa'],
	},
	{
		id: 'svi',
		term: 'SVI (smile)',
		short:
			'Stochastic Volatility Inspired: a five-number formula for an expiry’s smile in total variance (a, b, ρ, m, σ), fitted to the ATM and 25Δ vols.',
		formula: 'w(k) = a + b(ρ(k − m) + √((k − m)² + σ²)), k = ln(K / F), vol = √(w / T)',
		body: ['The app checks it has no butterfly arbitrage before it prices with it.'],
		see: ['linked-smile'],
	},
	{
		id: 'greeks',
		term: 'Greeks (Δ, Γ, Θ, vega)',
		short:
			'Sensitivities in dollars: Δ per SPX point, Γ the change of Δ per point, Θ per calendar day as time passes, vega per vol point.',
		body: ['After a what-if they are read from the P&L with VIX and the curve following SPX by the link.'],
	},
	{
		id: 'reference-stress',
		term: 'Reference stress',
		short:
			'SPX −10 % over 5 calendar days, VIX and the curve moved by the spot-vol link: the summary strip’s P&L and the coverage sizing use it. The What-if also offers it with VIX at 40.',
		see: ['coverage', 'spot-vol-link'],
	},
	{
		id: 'mid-fill',
		term: 'Mid and fill',
		short:
			'The mid is halfway between bid and ask: the app’s marks. A fill is the price you actually traded at; typed in the Book, P&L is measured from it.',
		body: [
			'A typed fill already paid its half-spread, so after-costs P&L charges it only the commission to enter.',
		],
		see: ['trading-costs'],
	},
	{
		id: 'pop',
		term: 'P(profit)',
		short:
			'The probability the position makes money: risk-neutral from the smile on the Book, over the simulated paths in the regime lab.',
	},
	{
		id: 'policies',
		term: 'Steward, promoter, monetize, roll',
		short:
			'How the regime lab manages the ladder along a path. Steward holds the k units bought at entry; promoter holds k × m while the curve is in backwardation.',
		body: [
			'Monetize sells (part of) the near layer once, at the first close in backwardation with RSI(14) of VIX above 70. Roll sells the near layer when it nears expiry and buys the next listed month.',
		],
		see: ['ladder-442', 'rsi'],
	},
	{
		id: 'k-by-mode',
		term: 'k by mode',
		short:
			'The number of 4/4/2 units each sizing mode would buy here: a fixed count, the smallest reaching the coverage target, the largest within the budget.',
		see: ['unit', 'coverage'],
	},
	{
		id: 'standard-error',
		term: 'SE (standard error)',
		short: 'How far a simulated mean may sit from the model’s true mean by chance: about stdev ÷ √paths.',
	},
] as const satisfies readonly GlossaryEntry[];
