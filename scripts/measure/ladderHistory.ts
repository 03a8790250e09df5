// The realized 4/4/2 VIX-call ladder on history: bought at a day's close on that day's VX curve (proxy or real),
// held to the 45-day condor's expiry and marked there on that day's curve. Pure functions of the data, so the
// app's back-test can take them over.
import {
	DEFAULT_LADDER,
	layerExpiries,
	modelAtmVol,
	roundVixStrike,
	settlementInstant,
	spxExpiryForDte,
	valuationInstant,
	vixOptionPrice,
	yearFraction,
	type IsoDate,
} from '../../src/engine';
import { PROXY_VOL_OF_VOL } from '../../src/engine/history/proxyFutures';
import { overlapsLargestEpisode } from './episode';
import type { StartRegime } from './market';

/** VIX call skew s of the app's default surface. */
export const VIX_CALL_SKEW = 0.5;
/** Strike as a multiple of the layer's future. */
export const STRIKE_PCT = 1.3;
export const HOLD_CALENDAR_DAYS = 45;
export const LAYERS = [
	{ id: 'near', count: 4, targetDteDays: null },
	{ id: 'mid', count: 4, targetDteDays: 110 },
	{ id: 'long', count: 2, targetDteDays: 220 },
] as const;

/** Cboe's VIX strike grid (the app's rounding). */
export const cboeVixStrike = (level: number): number => roundVixStrike(level, false);

/** The PM-settled SPXW expiry of the condor: the business day on or before start + 45 calendar days. */
export const condorExpiry = (start: IsoDate, holdDays = HOLD_CALENDAR_DAYS): IsoDate =>
	spxExpiryForDte(start, holdDays);

/** The app's default ladder rule: near the first VX expiry on or after the condor's, mid ≈ 110 and long ≈ 220 DTE. */
export const ladderExpiries = (start: IsoDate, condor: IsoDate) =>
	layerExpiries(DEFAULT_LADDER, start, condor) as [IsoDate, IsoDate, IsoDate];

/** Years from a day's 16:00 ET close to a VX expiry's 09:30 ET settlement. */
export function yearsToSettlement(date: IsoDate, expiry: IsoDate): number {
	return yearFraction(valuationInstant(date), settlementInstant(expiry, 'AM'));
}

/** A VIX call at mid, r = 0, on the app's default surface (η_v = 1, κ_v = 5 /yr, skew 0.5), VIX points. */
export function vixCallMid(future: number, strike: number, years: number): number {
	const atm = modelAtmVol(PROXY_VOL_OF_VOL.eta, PROXY_VOL_OF_VOL.kappaPerYear, years);
	return vixOptionPrice('call', future, strike, years, 0, atm, VIX_CALL_SKEW);
}

/** The VX future of an expiry as seen at a day's close, or null when unknown. */
export type CurveAt = (date: IsoDate, expiry: IsoDate) => number | null;
/** The settlement value (SOQ) of an expiry, or null when unknown. */
export type SettleOf = (expiry: IsoDate) => number | null;

export interface LadderLeg {
	expiry: IsoDate;
	count: number;
	strike: number;
	entryFuture: number;
	entryPrice: number;
	exitPrice: number;
}

export interface LadderOutcome {
	start: IsoDate;
	regime: StartRegime;
	exit: IsoDate;
	legs: LadderLeg[];
	/** Cost of one 4/4/2 unit, VIX points (× $100). */
	premium: number;
	/** Its value at the exit close, VIX points. */
	exitValue: number;
	/** (exitValue − premium)/premium. */
	pnlFraction: number;
}

/** One start: buy the ladder at the start's close, mark it at the condor expiry's close. Null when a price is missing. */
export function ladderOutcome(
	start: IsoDate,
	regime: StartRegime,
	curve: CurveAt,
	settle: SettleOf,
): LadderOutcome | null {
	const exit = condorExpiry(start);
	const legs: LadderLeg[] = [];
	const expiries = ladderExpiries(start, exit);
	for (let i = 0; i < LAYERS.length; i++) {
		const expiry = expiries[i];
		const entryFuture = curve(start, expiry);
		if (entryFuture === null) return null;
		const strike = cboeVixStrike(STRIKE_PCT * entryFuture);
		const entryPrice = vixCallMid(entryFuture, strike, yearsToSettlement(start, expiry));
		let exitPrice: number;
		if (expiry === exit) {
			const soq = settle(expiry);
			if (soq === null) return null;
			exitPrice = Math.max(soq - strike, 0);
		} else {
			const exitFuture = curve(exit, expiry);
			if (exitFuture === null) return null;
			exitPrice = vixCallMid(exitFuture, strike, yearsToSettlement(exit, expiry));
		}
		legs.push({ expiry, count: LAYERS[i].count, strike, entryFuture, entryPrice, exitPrice });
	}
	const premium = legs.reduce((s, l) => s + l.count * l.entryPrice, 0);
	const exitValue = legs.reduce((s, l) => s + l.count * l.exitPrice, 0);
	return { start, regime, exit, legs, premium, exitValue, pnlFraction: exitValue / premium - 1 };
}

/** Whether the start's holding window overlaps the largest episode (2020-02-20 … 2020-04-30). */
export function inLargestEpisode(o: LadderOutcome): boolean {
	return overlapsLargestEpisode(o.start, o.exit);
}
