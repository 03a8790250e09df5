// The book as held: the condors' strikes, count and entry credit, and each VIX-call layer's expiry, strike,
// contracts and entry price. The what-if, payoff grid, heatmap, regime comparison and lab value these.
import { SPX_MULTIPLIER, VIX_MULTIPLIER } from '../conventions';
import type { IsoDate } from '../types';
import type { Usd } from '../units';
import type { CondorStrikes } from './ironCondor';

export interface HeldCondor {
	strikes: CondorStrikes;
	/** Condor contracts held (the book's N condors × each one's quantity). */
	qty: number;
	/** Entry credit per condor, points (mid, or the fill). */
	creditPts: number;
	/** Entry mid of each leg (long put, short put, short call, long call), points: what the entry costs are paid on. */
	legMidsPts: [number, number, number, number];
	/** Entry price of each leg, points: the mid, or the leg's fill when typed. */
	legEntryPts: [number, number, number, number];
	/** True when the entry is a typed fill (its half-spread is in the price already: no entry spread is charged). */
	filled: boolean;
}

export interface HeldLayer {
	id: string;
	expiry: IsoDate;
	strike: number;
	contracts: number;
	/** Entry price per call, points (mid, or the fill). */
	entryPts: number;
	/** Today's mid per call, points: what the entry costs are paid on. */
	midPts: number;
	/** True when entryPts is a typed fill. */
	filled: boolean;
}

export interface Positions {
	condor: HeldCondor | null;
	layers: HeldLayer[];
}

/** What the positions were entered for: the condors' credit and the ladder's premium, dollars (fills where typed). */
export function entryUsd(p: Positions): { creditUsd: Usd; premiumUsd: Usd } {
	const c = p.condor;
	return {
		creditUsd: c ? c.creditPts * SPX_MULTIPLIER * c.qty : 0,
		premiumUsd: p.layers.reduce((s, l) => s + l.entryPts * VIX_MULTIPLIER * l.contracts, 0),
	};
}
