// The what-if at one point (docs/models.md, "What-ifs"): the book after SPX moves, VIX follows (by the link or
// typed), the curve and vols shift and time passes — P&L at mid and after trading costs, each leg and layer with the
// vol and mark it was valued at, and the book's greeks there.
import { DAYS_PER_YEAR, SPX_MULTIPLIER, VIX_MULTIPLIER } from '../conventions';
import { legsCreditPts } from '../book/fills';
import type { Positions } from '../book/positions';
import type { IsoDate } from '../types';
import { commissionUsd, tradeCostUsd, type TradingCosts } from '../book/tradingCosts';
import type { MarketModel } from './marketModel';
import { isExtrapolated } from '../market/vixCurve';
import {
	CONDOR_LEGS,
	EXPIRED_YEARS,
	condorCloseCost,
	dateState,
	shockedVix,
	slotFuture,
	spxOptionValue,
	spxVolAt,
	vixCallValue,
	vixVolAt,
	vixSlot,
	type DateState,
	type VixSlot,
} from './dateState';
import type { Shock } from './shock';
import type { Fraction, Pts, Usd } from '../units';

/** What a what-if values: the market model, the positions and the costs of trading them. */
export interface ValuedBook {
	model: MarketModel;
	positions: Positions;
	costs: TradingCosts;
}

export interface PnlBreakdown {
	condorUsd: Usd;
	layersUsd: Usd[];
	hedgeUsd: Usd;
	combinedUsd: Usd;
}

/** One date's state with a slot per layer: the per-date work done once for a whole grid. */
export interface BookDate {
	state: DateState;
	slots: VixSlot[];
}

export function bookDate(book: ValuedBook, shock: Shock, days: number): BookDate {
	const state = dateState(book.model, shock, days);
	return { state, slots: book.positions.layers.map((l) => vixSlot(state, book.model.vxYears(l.expiry))) };
}

/** Condor P&L in dollars at one point (mid). */
export function condorPnlUsd(book: ValuedBook, d: BookDate, spx: number, vix: number): number {
	const c = book.positions.condor;
	return c ? (c.creditPts - condorCloseCost(d.state, spx, vix, c.strikes)) * SPX_MULTIPLIER * c.qty : 0;
}

/** Layer i's P&L in dollars at one point (mid). */
export function layerPnlUsd(book: ValuedBook, d: BookDate, i: number, vix: number): number {
	const l = book.positions.layers[i];
	return (vixCallValue(d.state, d.slots[i], l.strike, vix) - l.entryPts) * VIX_MULTIPLIER * l.contracts;
}

export function pnlAt(book: ValuedBook, d: BookDate, spx: number, vix: number): PnlBreakdown {
	const condorUsd = condorPnlUsd(book, d, spx, vix);
	const layersUsd = book.positions.layers.map((_, i) => layerPnlUsd(book, d, i, vix));
	const hedgeUsd = layersUsd.reduce((s, v) => s + v, 0);
	return { condorUsd, layersUsd, hedgeUsd, combinedUsd: condorUsd + hedgeUsd };
}

/**
 * Trading costs of the round trip, dollars: entry at today's mids (a typed fill pays only the commission: its spread is
 * in its price), exit at the shocked marks (none once settled).
 */
function costsAt(
	book: ValuedBook,
	d: BookDate,
	spx: number,
	vix: number,
): { condorUsd: number; hedgeUsd: number } {
	const { positions: p, costs } = book;
	let condorUsd = 0;
	if (p.condor) {
		const c = p.condor;
		CONDOR_LEGS.forEach((leg, i) => {
			condorUsd += c.filled
				? commissionUsd(costs, c.qty)
				: tradeCostUsd(costs, 'spx', c.legMidsPts[i], c.qty);
			if (d.state.tau > EXPIRED_YEARS)
				condorUsd += tradeCostUsd(
					costs,
					'spx',
					spxOptionValue(d.state, spx, vix, leg.call, c.strikes[leg.key]),
					c.qty,
					leg.sign > 0,
				);
		});
	}
	let hedgeUsd = 0;
	p.layers.forEach((l, i) => {
		hedgeUsd += l.filled
			? commissionUsd(costs, l.contracts)
			: tradeCostUsd(costs, 'vix', l.midPts, l.contracts);
		if (d.slots[i].T > EXPIRED_YEARS)
			hedgeUsd += tradeCostUsd(
				costs,
				'vix',
				vixCallValue(d.state, d.slots[i], l.strike, vix),
				l.contracts,
				true,
			);
	});
	return { condorUsd, hedgeUsd };
}

/**
 * The book's sensitivities after a shock, in dollars, from central differences of the combined P&L — so they include
 * the spot-vol link: delta and gamma per SPX point as VIX and the curve follow SPX, theta per calendar day.
 */
export interface GreeksAfter {
	deltaUsdPerPt: Usd;
	gammaUsdPerPt2: Usd;
	thetaUsdPerDay: Usd;
}

export interface LegDetail {
	label: string;
	strike: Pts;
	/** The vol the leg was valued at (decimal), its mark (points) and P&L against entry (dollars, mid). */
	vol: Fraction;
	markPts: Pts;
	pnlUsd: Usd;
}

export interface WhatIfResult extends PnlBreakdown {
	spx: Pts;
	vix: Pts;
	/** P&L after paying the half-spreads and commissions to enter and to close at these marks. */
	afterCosts: { condorUsd: Usd; hedgeUsd: Usd; combinedUsd: Usd };
	greeks: GreeksAfter;
	condorLegs: LegDetail[];
	/**
	 * A condor filled at a typed net credit: what that credit is above (or below) today's mid credit, dollars. The legs
	 * are marked against their mids, so legs plus this line make the condor's P&L.
	 */
	creditFillVsMidUsd: Usd;
	/** Each layer with its id and expiry, and the VX future it was valued on (extrapolated: past the last typed one). */
	layers: (LegDetail & { id: string; expiry: IsoDate; future: Pts; extrapolated: boolean })[];
}

/** P&L of the book after the shock (SPX moved by spxMovePct, daysForward later), its legs and its greeks there. */
export function whatIfPnl(book: ValuedBook, shock: Shock): WhatIfResult {
	const { model, positions } = book;
	const spx = model.spx.spot * (1 + shock.spxMovePct / 100);
	const d = bookDate(book, shock, shock.daysForward);
	const at = (s: number, date = d) => pnlAt(book, date, s, shockedVix(model, shock, s));
	const vix = shockedVix(model, shock, spx);
	const here = at(spx);
	const up = at(spx + 1).combinedUsd;
	const down = at(spx - 1).combinedUsd;
	const nextDay =
		shock.daysForward + 1 <= model.spx.T * DAYS_PER_YEAR
			? at(spx, bookDate(book, shock, shock.daysForward + 1))
			: here;
	const costs = costsAt(book, d, spx, vix);
	const c = positions.condor;
	const condorLegs: LegDetail[] = c
		? CONDOR_LEGS.map((leg, i) => {
				const K = c.strikes[leg.key];
				const markPts = spxOptionValue(d.state, spx, vix, leg.call, K);
				return {
					label: leg.label,
					strike: K,
					vol: d.state.tau > EXPIRED_YEARS ? spxVolAt(d.state, Math.log(K / (spx * d.state.carry)), vix) : 0,
					markPts,
					pnlUsd: leg.sign * (markPts - c.legEntryPts[i]) * SPX_MULTIPLIER * c.qty,
				};
			})
		: [];
	const layers = positions.layers.map((l, i) => {
		const slot = d.slots[i];
		const future = slotFuture(d.state, slot, vix);
		const markPts = vixCallValue(d.state, slot, l.strike, vix);
		const vol = slot.T <= EXPIRED_YEARS ? 0 : vixVolAt(d.state, slot, Math.log(future / l.strike));
		return {
			id: l.id,
			expiry: l.expiry,
			label: `${l.id} ${l.expiry}`,
			strike: l.strike,
			vol,
			markPts,
			future,
			extrapolated: isExtrapolated(model.vix.curve, model.vxYears(l.expiry)),
			pnlUsd: here.layersUsd[i],
		};
	});
	return {
		...here,
		spx,
		vix,
		afterCosts: {
			condorUsd: here.condorUsd - costs.condorUsd,
			hedgeUsd: here.hedgeUsd - costs.hedgeUsd,
			combinedUsd: here.combinedUsd - costs.condorUsd - costs.hedgeUsd,
		},
		greeks: {
			deltaUsdPerPt: (up - down) / 2,
			gammaUsdPerPt2: up - 2 * here.combinedUsd + down,
			thetaUsdPerDay: nextDay.combinedUsd - here.combinedUsd,
		},
		condorLegs,
		creditFillVsMidUsd: c ? (c.creditPts - legsCreditPts(c.legEntryPts)) * SPX_MULTIPLIER * c.qty : 0,
		layers,
	};
}
