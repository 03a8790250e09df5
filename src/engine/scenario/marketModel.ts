// Turns a MarketSnapshot into the priced model everything else reads (docs/models.md): the fitted VX curve with the
// VIX-option vol surface, the spot-vol link resolved at today's VIX, and the SPX forward and smile at the condor's
// expiry. One model carries the link, so the what-if, the ladder's stresses, the comparison and the lab agree.
import type { IsoDate } from '../types';
import { ATM_TO_VIX_RATIO } from '../conventions';
import type { MarketSnapshot, SmileInput } from '../market/snapshot';
import { addDays } from '../market/isoDate';
import { isBusinessDay, nextBusinessDay, previousBusinessDay } from '../market/calendar';
import { newYorkInstant } from '../market/newYorkTime';
import { settlementInstant } from '../market/settlement';
import { yearFraction } from '../market/yearFraction';
import { linkAtLevel, type LinkAtLevel } from '../market/spotVolLink';
import { vixTermLevel } from '../market/termLevel';
import { fitVixCurve } from '../market/curveFit';
import { DEFAULT_ETA, curveFuture } from '../market/vixCurve';
import { fitSviFromQuotes } from '../pricing/sviFit';
import { sviImpliedVol, sviVolFunction, type SviParams } from '../pricing/svi';
import { atmVolTermStructure } from '../pricing/vixVolSurface';
import type { VixMarket } from '../book/vixMarket';
import type { ExpiryMarket } from '../book/expiryMarket';

export interface SpxMarket extends ExpiryMarket {
	svi: SviParams;
	/** σ_BS at log-moneyness k = ln(K/F) for this expiry. */
	smileVol: (k: number) => number;
	atmVol: number;
	dividendYield: number;
	spot: number;
}

/** The VIX side of a market, independent of any condor: what values a VIX call on that day. */
export interface VixModel {
	valuationMs: number;
	/** Years from valuation to a VX (or VIX option) settlement, 09:30 ET on `expiry`. */
	vxYears(expiry: IsoDate): number;
	vix: VixMarket;
	/** The spot-vol link at today's VIX. */
	link: LinkAtLevel;
}

export interface MarketModel extends VixModel {
	condorExpiry: IsoDate;
	spx: SpxMarket;
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

/** The ATM and 25Δ quotes the smile input gives at T, with the linked ATM vol where none is typed. */
function smileQuotes(
	smile: Exclude<SmileInput, { mode: 'raw' }>,
	linkedAtm: number,
): { atmVol: number; put25Vol: number; call25Vol: number } {
	if (smile.mode === 'linked')
		return {
			atmVol: linkedAtm,
			put25Vol: linkedAtm * smile.put25OverAtm,
			call25Vol: linkedAtm * smile.call25OverAtm,
		};
	return { atmVol: smile.atmVol ?? linkedAtm, put25Vol: smile.put25Vol, call25Vol: smile.call25Vol };
}

/**
 * The VIX side of a snapshot: the VX curve fitted to its futures, the VIX-option vol surface, the spot-vol link.
 * Throws RangeError with a field-level message when the futures cannot be fitted.
 */
export function buildVixModel(m: MarketSnapshot): VixModel {
	const valuationMs = newYorkInstant(m.valuationDate, m.valuationMinutesEt);
	const vxYears = (expiry: IsoDate) => yearFraction(valuationMs, settlementInstant(expiry, 'AM'));
	const curve = fitVixCurve({
		vix: m.vix,
		eta: m.volOfVol.mode === 'model' ? m.volOfVol.eta : DEFAULT_ETA,
		futures: m.futures.map((f) => ({ T: vxYears(f.expiry), price: f.price })),
	});
	return {
		valuationMs,
		vxYears,
		vix: {
			curve,
			r: m.rate,
			volOfVol: atmVolTermStructure(m.volOfVol, vxYears),
			skew: m.vixCallSkew,
			kappaBeta: m.spotVolLink.tenorBetaKappa,
		},
		link: linkAtLevel(m.spotVolLink, m.vix),
	};
}

/**
 * The SPX side at a condor expiry: forward, smile (linked to the VIX term level of `vix`'s curve, typed quotes or
 * raw SVI). Throws RangeError when the expiry is not after the valuation time or the smile cannot be fitted.
 */
export function buildSpxMarket(m: MarketSnapshot, vix: VixModel, condorExpiry: IsoDate): SpxMarket {
	const T = yearFraction(vix.valuationMs, settlementInstant(condorExpiry, 'PM'));
	if (!(T > 0)) throw new RangeError(`condor expiry ${condorExpiry} is not after the valuation time`);
	const F =
		m.forward.mode === 'carry'
			? m.spx * Math.exp((m.rate - m.dividendYield) * T)
			: m.forward.mode === 'typed'
				? m.forward.forward
				: m.forward.strike + Math.exp(m.rate * T) * (m.forward.call - m.forward.put);
	const curve = vix.vix.curve;
	const linkedAtm = (ATM_TO_VIX_RATIO * vixTermLevel(m.vix, m.vix3m, (t) => curveFuture(curve, t), T)) / 100;
	const svi =
		m.smile.mode === 'raw'
			? m.smile.svi
			: fitSviFromQuotes({ T, forward: F, ...smileQuotes(m.smile, linkedAtm) });
	const smileVol = sviVolFunction(svi, T);
	return {
		F,
		T,
		r: m.rate,
		volAt: (K) => smileVol(Math.log(K / F)),
		smileVol,
		svi,
		atmVol: sviImpliedVol(svi, 0, T),
		dividendYield: m.forward.mode === 'carry' ? m.dividendYield : m.rate - Math.log(F / m.spx) / T,
		spot: m.spx,
	};
}

/**
 * Builds the model for a snapshot and a condor expiry. Throws RangeError with a field-level message when the
 * snapshot cannot be priced (validate the snapshot first to show every problem).
 */
export function buildMarketModel(m: MarketSnapshot, condorExpiry: IsoDate): MarketModel {
	return modelWithCondor(m, buildVixModel(m), condorExpiry);
}

/** The model of a snapshot whose VIX side is already built (a history day's, shared by every start that day). */
export function modelWithCondor(m: MarketSnapshot, vix: VixModel, condorExpiry: IsoDate): MarketModel {
	return { ...vix, condorExpiry, spx: buildSpxMarket(m, vix, condorExpiry) };
}
