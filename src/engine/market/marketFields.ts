// The market's number fields, each described once (see fields.ts): validation, the storage schema and the inputs
// read their bounds from here. Floors keep every valid market priceable: a VIX of 1e-300 is not a market.
import { percentSpec as pct, type NumberSpec } from '../fields';

export const MARKET_FIELDS = {
	valuationMinutesEt: { label: 'Valuation time', min: 0, max: 1439, integer: true },
	spx: { label: 'SPX', unit: 'pts', min: 100, max: 1e6, step: 1, digits: 2 },
	rate: pct('Rate', -0.2, 0.3, { step: 0.05, digits: 2 }),
	dividendYield: pct('Dividend yield', -0.2, 0.3, { step: 0.05, digits: 2 }),
	forward: { label: 'Forward', unit: 'pts', min: 1, max: 1e6, step: 1, digits: 2 },
	parityStrike: { label: 'Parity strike', unit: 'pts', min: 1, max: 1e6, step: 5 },
	parityCall: { label: 'Call price', unit: 'pts', min: 0, max: 1e6, minOpen: true, step: 0.1 },
	parityPut: { label: 'Put price', unit: 'pts', min: 0, max: 1e6, minOpen: true, step: 0.1 },
	vix: { label: 'Spot VIX', unit: 'pts', min: 1, max: 200, step: 0.05, digits: 2 },
	vix3m: { label: 'VIX3M', unit: 'pts', min: 1, max: 200, step: 0.05, digits: 2 },
	vxPrice: { label: 'VX price', unit: 'pts', min: 1, max: 200, step: 0.05, digits: 2 },
	recentVixClose: { label: 'A recent VIX close', unit: 'pts', min: 1, max: 200 },
	vixCallSkew: { label: 'VIX call skew', min: -5, max: 5, step: 0.05 },
	volOfVolKappa: { label: 'Vol-of-vol decay κ_v', unit: '/yr', min: 0.1, max: 50, step: 0.5 },
	volOfVolEta: pct('Vol-of-vol η_v', 0.01, 5, { step: 5 }),
	vixOptionVol: pct('VIX option ATM vol', 0.01, 5, { step: 5 }),
	epsDown: { label: 'ε for SPX falls', min: 0, max: 30, step: 0.1 },
	epsUp: { label: 'ε for SPX rises', min: 0, max: 30, step: 0.1 },
	convexity: { label: 'Crash convexity γ', min: 0, max: 100, step: 1 },
	capVix: { label: 'VIX cap', unit: 'pts', min: 10, max: 200, step: 5 },
	tenorBetaKappa: { label: 'Tenor-beta decay κ_β', unit: '/yr', min: 0, max: 50, minOpen: true, step: 0.1 },
	atmVol: pct('ATM vol', 0.01, 5, { step: 0.5 }),
	put25Vol: pct('25Δ put vol', 0.01, 5, { step: 0.5 }),
	call25Vol: pct('25Δ call vol', 0.01, 5, { step: 0.5 }),
	put25OverAtm: { label: '25Δ put vol ÷ ATM', min: 0.5, max: 4, step: 0.05 },
	call25OverAtm: { label: '25Δ call vol ÷ ATM', min: 0.2, max: 2, step: 0.05 },
} satisfies Record<string, NumberSpec>;

/** At most this many VX futures, typed VIX-option vols and recent closes. */
export const MAX_FUTURES = 12;
export const MAX_RECENT_CLOSES = 400;
