// The market snapshot: everything the trader types (or a preset fills) about the market at one valuation instant.
// Plain JSON on purpose: it is saved in IndexedDB, exported as a file and carried in share links.
import type { IsoDate } from '../types';
import type { SviParams } from '../pricing/svi';
import { DEFAULT_VIX_VOL_SURFACE, type VixVolSurfaceInput } from '../pricing/vixVolSurface';
import { spotVolLinkPreset, type SpotVolLinkInput } from './spotVolLink';

/** How the SPX forward to the condor expiry is obtained. */
export type ForwardInput =
	| { mode: 'carry' } // F = S·e^{(r−q)T}
	| { mode: 'typed'; forward: number }
	| { mode: 'parity'; strike: number; call: number; put: number }; // F = K + e^{rT}(C − P)

/**
 * The SPX smile at the condor expiry (vols as decimals): linked to VIX (ATM = 0.9 × the VIX term level, the 25Δ vols
 * fixed multiples of it, so the whole smile follows VIX as it is typed), broker quotes fitted to SVI (ATM typed or
 * linked), or raw SVI.
 */
export type SmileInput =
	| { mode: 'linked'; put25OverAtm: number; call25OverAtm: number }
	| { mode: 'quotes'; atmVol: number | null; put25Vol: number; call25Vol: number }
	| { mode: 'raw'; svi: SviParams };

export type { VixVolSurfaceInput as VolOfVolInput } from '../pricing/vixVolSurface';

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
	/** ATM vols of VIX options by expiry. */
	volOfVol: VixVolSurfaceInput;
	/** Upward VIX call skew s in σ(K) = σ_ATM·(1 + s·ln(K/F)). */
	vixCallSkew: number;
	spotVolLink: SpotVolLinkInput;
	/** Recent daily VIX closes, oldest first, ending with the valuation date's close (RSI(14) reads them); may be empty. */
	recentVixCloses: number[];
}

/** The linked smile's 25Δ vols as multiples of the ATM vol: a typical SPX skew at 45 days. */
export const LINKED_SMILE: Extract<SmileInput, { mode: 'linked' }> = {
	mode: 'linked',
	put25OverAtm: 1.3,
	call25OverAtm: 0.8,
};

/**
 * A market with the app's defaults for everything the trader does not type: the linked smile, the default VIX-option
 * vol surface, call skew 0.5 and the measured spot-vol link.
 */
export function marketWithDefaults(
	m: Pick<MarketSnapshot, 'valuationDate' | 'spx' | 'rate' | 'dividendYield' | 'vix' | 'vix3m' | 'futures'> &
		Partial<MarketSnapshot>,
): MarketSnapshot {
	return {
		valuationMinutesEt: 960,
		forward: { mode: 'carry' },
		smile: { ...LINKED_SMILE },
		volOfVol: { ...DEFAULT_VIX_VOL_SURFACE },
		vixCallSkew: 0.5,
		spotVolLink: spotVolLinkPreset('measured'),
		recentVixCloses: [],
		...m,
	};
}
