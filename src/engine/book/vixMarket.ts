// What the VIX-call ladder needs from the market: the fitted VX curve (its `vix` is spot VIX), the rate, the
// VIX-option ATM vol by expiry, the call skew, and the tenor-beta decay of the curve's response to spot.
import type { VixCurve } from '../market/vixCurve';

export interface VixMarket {
	curve: VixCurve;
	/** Rate per year. */
	r: number;
	/** ATM vol (decimal) of a VIX option expiring in T years: the vol surface, never the curve fit. */
	volOfVol(T: number): number;
	/** Call skew s in σ(K) = σ_ATM·(1 + s·ln(K/F)). */
	skew: number;
	/** κ_β per year: a future T years out takes e^{−κ_β T} of a log move in spot VIX. */
	kappaBeta: number;
}
