// What a market input becomes when the trader switches its mode (docs/screens.md, "Market"): the new mode starts from
// numbers that price, taken from the market as it stands where it can — a typed forward at the carry forward, typed
// VIX-option vols at the model's — so a switch never lands on a blank or invalid field.
import { DAYS_PER_YEAR } from '../conventions';
import type { SviParams } from '../pricing/svi';
import { DEFAULT_VIX_VOL_SURFACE, modelAtmVol, type VixVolSurfaceInput } from '../pricing/vixVolSurface';
import type { Fraction } from '../units';
import { vxExpiriesAfter } from './expiries';
import { calendarDaysBetween } from './isoDate';
import {
	LINKED_SMILE,
	type ForwardInput,
	type MarketSnapshot,
	type SmileInput,
	type VxFutureQuote,
} from './snapshot';
import { linkedAtmVol } from './validateSmile';
import { spotVolLinkPreset, type SpotVolLinkInput, type SpotVolLinkPreset } from './spotVolLink';

/** A typed or parity forward starts from the carry forward to a 45-day condor, the book's default tenor. */
const FORWARD_START_DAYS = 45;
/** Broker-style quotes to start from: a typical 45-day SPX smile (decimals). */
const START_QUOTES = { put25Vol: 0.19, call25Vol: 0.115 } as const;
/** The ATM vol a quotes smile starts from when the trader stops taking it from VIX (decimal). */
export const START_ATM_VOL: Fraction = 0.14;
/** A raw SVI that prices: a gentle 45-day SPX skew. */
const START_SVI: SviParams = { a: 0.0015, b: 0.03, rho: -0.7, m: 0.01, sigma: 0.05 };

/**
 * The forward input in `mode`, starting from the market's carry forward.
 * @example forwardForMode(market, 'carry') // { mode: 'carry' }
 */
export function forwardForMode(m: MarketSnapshot, mode: ForwardInput['mode']): ForwardInput {
	if (mode === 'carry') return { mode };
	const carry = m.spx * Math.exp(((m.rate - m.dividendYield) * FORWARD_START_DAYS) / DAYS_PER_YEAR);
	if (mode === 'typed') return { mode, forward: Number(carry.toFixed(2)) };
	const strike = Math.round(m.spx / 5) * 5;
	return { mode, strike, call: 100, put: Number((100 - (carry - strike)).toFixed(2)) };
}

/**
 * The smile input in `mode`: linked to VIX; quotes with the ATM from VIX and the 25Δ vols of the linked smile at
 * today's VIX (so the smile on screen does not jump); or a raw SVI that prices.
 */
export function smileForMode(m: MarketSnapshot, mode: SmileInput['mode']): SmileInput {
	if (mode === 'linked') return { ...LINKED_SMILE };
	if (mode === 'raw') return { mode, svi: { ...START_SVI } };
	const atm = linkedAtmVol(m);
	const ratios = m.smile.mode === 'linked' ? m.smile : LINKED_SMILE;
	if (atm === null) return { mode, atmVol: null, ...START_QUOTES };
	const round = (v: number) => Number(v.toFixed(4));
	return {
		mode,
		atmVol: null,
		put25Vol: round(atm * ratios.put25OverAtm),
		call25Vol: round(atm * ratios.call25OverAtm),
	};
}

/**
 * The VIX-option vol surface in `mode`: the default term structure, or one typed ATM vol per VX future — each
 * starting at what the current model gives at that expiry.
 */
export function volOfVolForMode(m: MarketSnapshot, mode: VixVolSurfaceInput['mode']): VixVolSurfaceInput {
	if (mode === 'model') return { ...DEFAULT_VIX_VOL_SURFACE };
	const { eta, kappa } = m.volOfVol.mode === 'model' ? m.volOfVol : DEFAULT_VIX_VOL_SURFACE;
	return {
		mode,
		byExpiry: m.futures.map((f) => {
			const T = Math.max(0, calendarDaysBetween(m.valuationDate, f.expiry)) / DAYS_PER_YEAR;
			return { expiry: f.expiry, vol: Number(modelAtmVol(eta, kappa, T).toFixed(2)) };
		}),
	};
}

/** The link with `preset` chosen: custom keeps the current numbers, a named preset sets its own (cap and κ_β kept). */
export function linkForPreset(link: SpotVolLinkInput, preset: SpotVolLinkPreset): SpotVolLinkInput {
	return preset === 'custom' ? { ...link, preset } : spotVolLinkPreset(preset, link);
}

/** The next listed VX future after the last one (or after the valuation date), at the last price (or spot VIX). */
export function nextVxFuture(m: MarketSnapshot): VxFutureQuote {
	const last = m.futures.at(-1);
	const [expiry] = vxExpiriesAfter(last?.expiry ?? m.valuationDate, 1);
	return { expiry, price: last?.price ?? m.vix };
}
