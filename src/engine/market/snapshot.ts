// The market snapshot: everything the trader types (or a preset fills) about the market at one valuation instant.
// Plain JSON on purpose: it is saved in IndexedDB, exported as a file and carried in share links.
import type { IsoDate } from '../types';
import type { SviParams } from '../pricing/svi';

/** How the SPX forward to the condor expiry is obtained. */
export type ForwardInput =
	| { mode: 'carry' } // F = S·e^{(r−q)T}
	| { mode: 'typed'; forward: number }
	| { mode: 'parity'; strike: number; call: number; put: number }; // F = K + e^{rT}(C − P)

/** The SPX smile at the condor expiry: broker quotes (decimals) fitted to SVI, or raw SVI. */
export type SmileInput =
	| { mode: 'quotes'; atmVol: number | null; put25Vol: number; call25Vol: number }
	| { mode: 'raw'; svi: SviParams };

/** Vol-of-vol for VIX options: the log-OU η term structure, or ATM VIX-option vols typed per VX expiry. */
export type VolOfVolInput =
	{ mode: 'eta'; eta: number } | { mode: 'typed'; byExpiry: { expiry: IsoDate; vol: number }[] };

export type SpotVolLinkPreset = 'regression' | 'ruleOfThumb' | 'crash' | 'custom';

/** ln(VIX'/VIX) = −ε·ln(S'/S), with ε for SPX falls and rises. */
export interface SpotVolLinkInput {
	preset: SpotVolLinkPreset;
	epsDown: number;
	epsUp: number;
}

export interface VxFutureQuote {
	expiry: IsoDate;
	/** Settlement or last price, VIX index points. */
	price: number;
}

export interface MarketSnapshot {
	valuationDate: IsoDate;
	/** Minutes after midnight, America/New_York (960 = 16:00 close). */
	valuationMinutesEt: number;
	/** SPX index level. */
	spx: number;
	/** Continuously compounded risk-free rate, decimal per year. */
	rate: number;
	/** Continuous dividend yield, decimal per year (used when forward.mode is 'carry'). */
	dividendYield: number;
	forward: ForwardInput;
	smile: SmileInput;
	/** Spot VIX, index points. */
	vix: number;
	/** Spot VIX3M, index points, when known. */
	vix3m: number | null;
	/** Monthly VX futures, nearest first. */
	futures: VxFutureQuote[];
	volOfVol: VolOfVolInput;
	/** Upward VIX call skew s in σ(K) = σ_ATM·(1 + s·ln(K/F)). */
	vixCallSkew: number;
	spotVolLink: SpotVolLinkInput;
	/** Recent daily VIX closes, oldest first (seed for RSI(14)); may be empty. */
	recentVixCloses: number[];
}

/** Spot-vol link presets of DESIGN §4.4 (rule of thumb: −1 VIX point per 1 % SPX at today's VIX ⇒ ε = 100/VIX). */
export function spotVolLinkPreset(
	preset: Exclude<SpotVolLinkPreset, 'custom'>,
	vix: number,
): SpotVolLinkInput {
	switch (preset) {
		case 'regression':
			return { preset, epsDown: 4.8, epsUp: 4.8 };
		case 'ruleOfThumb':
			return { preset, epsDown: 100 / vix, epsUp: 100 / vix };
		case 'crash':
			return { preset, epsDown: 8, epsUp: 4.8 };
	}
}

/**
 * The app's starting market: the 2026-01-09 close (DESIGN §5) with editable assumptions for what the table does not
 * give (rate ≈ 3-month T-bill, dividend yield of the index, smile from the default VIX link, η = 1).
 */
export function defaultMarket(): MarketSnapshot {
	return {
		valuationDate: '2026-01-09',
		valuationMinutesEt: 960,
		spx: 6966.28,
		rate: 0.036,
		dividendYield: 0.012,
		forward: { mode: 'carry' },
		smile: { mode: 'quotes', atmVol: null, put25Vol: 0.19, call25Vol: 0.115 },
		vix: 14.49,
		vix3m: 17.88,
		futures: [
			{ expiry: '2026-01-21', price: 16.1552 },
			{ expiry: '2026-02-18', price: 17.8657 },
			{ expiry: '2026-03-18', price: 18.9517 },
		],
		volOfVol: { mode: 'eta', eta: 1.0 },
		vixCallSkew: 0.5,
		spotVolLink: spotVolLinkPreset('regression', 14.49),
		recentVixCloses: [],
	};
}
