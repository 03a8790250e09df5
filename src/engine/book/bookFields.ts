// The book's number fields, each described once (see fields.ts): validation, the storage schema and the inputs read
// their bounds from here.
import { percentSpec as pct, type NumberSpec } from '../fields';

/** An option delta typed in delta points (0.16 ↔ 16 Δ). */
const delta = (label: string): NumberSpec => ({
	label,
	unit: 'Δ',
	min: 0,
	max: 0.5,
	minOpen: true,
	maxOpen: true,
	scale: 100,
	step: 1,
});

/** The longest condor the calendar and the ladder's VX expiries can price (SPXW are listed about a year out). */
export const MAX_CONDOR_DTE = 400;

export const BOOK_FIELDS = {
	condorDteDays: { label: 'Days to expiry', unit: 'd', min: 0, max: MAX_CONDOR_DTE, integer: true, step: 1 },
	qty: { label: 'Quantity', min: 1, max: 10_000, integer: true, step: 1 },
	shortPutDelta: delta('Short put delta'),
	shortCallDelta: delta('Short call delta'),
	longPutDelta: delta('Long put delta'),
	longCallDelta: delta('Long call delta'),
	strike: { label: 'Strike', unit: 'pts', min: 5, max: 1e6, step: 5 },
	wingWidth: { label: 'Wing width', unit: 'pts', min: 5, max: 1e5, step: 5 },
	layerTargetDte: { label: 'Target DTE', unit: 'd', min: 1, max: MAX_CONDOR_DTE, integer: true, step: 1 },
	layerCount: { label: 'Calls per unit', min: 0, max: 100, integer: true, step: 1 },
	strikeFractionOfFuture: pct('Strike as % of the future', 0.5, 5, { step: 5 }),
	strikeCallDelta: {
		label: 'Call delta',
		unit: 'Δ',
		min: 0,
		max: 1,
		minOpen: true,
		maxOpen: true,
		scale: 100,
		step: 1,
	},
	vixStrike: { label: 'VIX strike', unit: 'pts', min: 1, max: 500, step: 1 },
	units: { label: 'Units', min: 0, max: 100, step: 1 },
	coverage: pct('Coverage of condor max loss', 0, 5, { minOpen: true, step: 5 }),
	budgetFractionOfCredit: pct('Budget (% of credit)', 0, 10, { minOpen: true, step: 5 }),
	condorsProtected: { label: 'Condors protected (N)', min: 1, max: 1000, integer: true, step: 1 },
	vixHalfSpreadMinPts: { label: 'VIX half-spread, at least', unit: 'pts', min: 0, max: 5, step: 0.005 },
	vixHalfSpreadFraction: pct('VIX half-spread, % of mid', 0, 1, { step: 1 }),
	spxHalfSpreadMinPts: { label: 'SPX half-spread, at least', unit: 'pts', min: 0, max: 50, step: 0.05 },
	spxHalfSpreadFraction: pct('SPX half-spread, % of mid', 0, 1, { step: 0.5 }),
	commissionUsd: { label: 'Commission and fees per contract', unit: '$', min: 0, max: 100, step: 0.1 },
	condorCreditFill: {
		label: 'Net credit per condor',
		unit: 'pts',
		min: 0,
		max: 1e5,
		minOpen: true,
		step: 0.05,
		digits: 2,
	},
	legFill: { label: 'Leg fill', unit: 'pts', min: 0, max: 1e5, step: 0.05, digits: 2 },
	layerFill: { label: 'Fill per call', unit: 'pts', min: 0, max: 500, minOpen: true, step: 0.05, digits: 2 },
} satisfies Record<string, NumberSpec>;
