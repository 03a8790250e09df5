// Turns a MarketSnapshot into the priced model the book needs: the fitted VX curve with its vol-of-vol, and the SPX
// forward and smile at the condor's expiry (DESIGN §4.1–§4.3).
import type { IsoDate } from '../types';
import type { MarketSnapshot } from '../market/snapshot';
import { addDays } from '../market/isoDate';
import { isBusinessDay, nextBusinessDay, previousBusinessDay } from '../market/calendar';
import { newYorkInstant } from '../market/newYorkTime';
import { settlementInstant } from '../market/settlement';
import { yearFraction } from '../market/yearFraction';
import { curveFuture, fitVixCurve, type VixCurve } from '../market/vixCurve';
import { fitSviFromQuotes } from '../pricing/sviFit';
import { sviImpliedVol, sviVolFunction, type SviParams } from '../pricing/svi';
import { logOuVolOfVol, type VixMarket } from '../book/vixMarket';
import type { ExpiryMarket } from '../book/expiryMarket';

/** ATM vol = this × the VIX term level at the expiry when the user has not typed one (VIX sits above ATM by the skew). */
export const ATM_TO_VIX_RATIO = 0.9;

export interface MarketModel {
	valuationMs: number;
	/** Years from valuation to a VX (or VIX option) settlement, 09:30 ET on `expiry`. */
	vxYears(expiry: IsoDate): number;
	vix: VixMarket;
	condorExpiry: IsoDate;
	spx: ExpiryMarket & {
		svi: SviParams;
		/** σ_BS at log-moneyness k = ln(K/F) for this expiry. */
		smileVol: (k: number) => number;
		atmVol: number;
		dividendYield: number;
		spot: number;
	};
}

/**
 * The SPXW expiry (PM-settled) for a target DTE: the date DTE calendar days out, or the business day before it
 * (never today when DTE ≥ 1). DTE 0 is today: a 0DTE condor, priceable only before the 16:00 settlement.
 */
export function spxExpiryForDte(valuationDate: IsoDate, dteDays: number): IsoDate {
	const days = Math.max(0, Math.round(dteDays));
	const date = addDays(valuationDate, days);
	const expiry = isBusinessDay(date) ? date : previousBusinessDay(date);
	// 1 DTE from a Friday lands on Saturday and falls back to today: the trader means the next session's expiry.
	return days >= 1 && expiry <= valuationDate ? nextBusinessDay(valuationDate) : expiry;
}

/**
 * VIX term level at T years: flat VIX below 30 days, total variance linear between VIX (30 days) and VIX3M
 * (93 days), the VX curve beyond (DESIGN §4.1).
 */
export function vixTermLevel(vix: number, vix3m: number | null, curve: VixCurve, T: number): number {
	const t30 = 30 / 365;
	const t93 = 93 / 365;
	if (T <= t30) return vix;
	if (vix3m === null) return curveFuture(curve, T);
	if (T <= t93) {
		const w = vix * vix * t30 + ((vix3m * vix3m * t93 - vix * vix * t30) * (T - t30)) / (t93 - t30);
		return Math.sqrt(Math.max(w, 0) / T);
	}
	return curveFuture(curve, T);
}

/**
 * Builds the model for a snapshot and a condor expiry. Throws RangeError with a field-level message when the
 * snapshot cannot be priced (validate the snapshot first to show every problem).
 */
export function buildMarketModel(m: MarketSnapshot, condorExpiry: IsoDate): MarketModel {
	const valuationMs = newYorkInstant(m.valuationDate, m.valuationMinutesEt);
	const vxYears = (expiry: IsoDate) => yearFraction(valuationMs, settlementInstant(expiry, 'AM'));
	const eta = m.volOfVol.mode === 'eta' ? m.volOfVol.eta : 1;
	const curve = fitVixCurve({
		vix: m.vix,
		eta,
		futures: m.futures.map((f) => ({ T: vxYears(f.expiry), price: f.price })),
	});
	const volOfVol =
		m.volOfVol.mode === 'eta'
			? logOuVolOfVol(curve)
			: typedVolOfVol(m.volOfVol.byExpiry.map((v) => ({ T: vxYears(v.expiry), vol: v.vol })));
	const T = yearFraction(valuationMs, settlementInstant(condorExpiry, 'PM'));
	if (!(T > 0)) throw new RangeError(`condor expiry ${condorExpiry} is not after the valuation time`);
	const F =
		m.forward.mode === 'carry'
			? m.spx * Math.exp((m.rate - m.dividendYield) * T)
			: m.forward.mode === 'typed'
				? m.forward.forward
				: m.forward.strike + Math.exp(m.rate * T) * (m.forward.call - m.forward.put);
	const atmVol =
		m.smile.mode === 'quotes'
			? (m.smile.atmVol ?? ATM_TO_VIX_RATIO * (vixTermLevel(m.vix, m.vix3m, curve, T) / 100))
			: sviImpliedVol(m.smile.svi, 0, T);
	const svi =
		m.smile.mode === 'raw'
			? m.smile.svi
			: fitSviFromQuotes({ T, forward: F, atmVol, put25Vol: m.smile.put25Vol, call25Vol: m.smile.call25Vol });
	const smileVol = sviVolFunction(svi, T);
	return {
		valuationMs,
		vxYears,
		vix: { curve, r: m.rate, volOfVol, skew: m.vixCallSkew },
		condorExpiry,
		spx: {
			F,
			T,
			r: m.rate,
			volAt: (K) => smileVol(Math.log(K / F)),
			smileVol,
			svi,
			atmVol,
			dividendYield: m.forward.mode === 'carry' ? m.dividendYield : m.rate - Math.log(F / m.spx) / T,
			spot: m.spx,
		},
	};
}

/** Typed ATM vols per expiry, linear in T between them and flat outside. */
function typedVolOfVol(points: { T: number; vol: number }[]): (T: number) => number {
	const pts = [...points].sort((a, b) => a.T - b.T);
	return (T) => {
		if (T <= pts[0].T) return pts[0].vol;
		for (let i = 1; i < pts.length; i++)
			if (T <= pts[i].T)
				return (
					pts[i - 1].vol + ((T - pts[i - 1].T) / (pts[i].T - pts[i - 1].T)) * (pts[i].vol - pts[i - 1].vol)
				);
		return pts[pts.length - 1].vol;
	};
}
