// The book as held: the condors' strikes, count and entry credit, and each VIX-call layer's expiry, strike,
// contracts and entry price. The what-if, payoff grid, heatmap, regime comparison and lab value these.
import type { IsoDate } from '../types';
import type { CondorStrikes } from './ironCondor';

export interface HeldCondor {
	strikes: CondorStrikes;
	/** Condor contracts held (the book's N condors × each one's quantity). */
	qty: number;
	/** Entry credit per condor, points (mid, or the fill). */
	creditPts: number;
	/** Entry mid of each leg (long put, short put, short call, long call), points: what the entry costs are paid on. */
	legMidsPts: [number, number, number, number];
}

export interface HeldLayer {
	id: string;
	expiry: IsoDate;
	strike: number;
	contracts: number;
	/** Entry price per call, points (mid, or the fill). */
	entryPts: number;
}

export interface Positions {
	condor: HeldCondor | null;
	layers: HeldLayer[];
}
