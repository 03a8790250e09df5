// A what-if: what moves (SPX, VIX, the curve's long-run level, time, vols) and by how much. Plain JSON: it is saved
// with the scenario.
import { REFERENCE_STRESS, type Stress } from '../conventions';
import type { Days, Percent, Pts } from '../units';

export interface Shock {
	/** SPX move in percent (−10 = a 10 % fall). */
	spxMovePct: Percent;
	/** VIX after the move: by the spot-vol link, or typed (points). */
	vix: { mode: 'link' } | { mode: 'typed'; level: Pts };
	/** Direct curve-flip control: a new long-run level e^θ (points), or null to keep the fitted one. */
	longRunLevel: Pts | null;
	/** Calendar days forward. */
	daysForward: Days;
	/** Shift of the SPX ATM vol, vol points (percent of annual vol; the smile keeps its shape in standardised moneyness). */
	spxVolShiftPts: Percent;
	/** Shift of VIX-option ATM vols, vol points (percent of annual vol). */
	volOfVolShiftPts: Percent;
	/** Multiplier on the VIX call skew (< 1 flattens it, as in a spike). */
	vixSkewScale: number;
}

export const NO_SHOCK: Shock = {
	spxMovePct: 0,
	vix: { mode: 'link' },
	longRunLevel: null,
	daysForward: 0,
	spxVolShiftPts: 0,
	volOfVolShiftPts: 0,
	vixSkewScale: 1,
};

/** The what-if of a stress: SPX moved over its days, VIX and the curve by the link, nothing else. */
export function stressShock(stress: Stress = REFERENCE_STRESS): Shock {
	return { ...NO_SHOCK, spxMovePct: stress.spxMovePct, daysForward: stress.days };
}

/** The VIX level of the typed reference stress, points: every −10 % episode from a calm VIX reached 33–41. */
export const REFERENCE_STRESS_VIX: Pts = 40;

/** The reference stress with VIX by the link, or typed at `vix` (points). */
export function referenceShock(vix: Pts | null = null, stress: Stress = REFERENCE_STRESS): Shock {
	const shock = stressShock(stress);
	return vix === null ? shock : { ...shock, vix: { mode: 'typed', level: vix } };
}
