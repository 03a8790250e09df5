import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LADDER,
	black76Price,
	calendarDaysBetween,
	fitVixCurve,
	ladderLayers,
	ladderReadout,
	largestUnitsWithin,
	layerStressGainUsd,
	logOuVolOfVol,
	roundVixStrike,
	smallestUnitsReaching,
	vxExpiriesAfter,
	type VixMarket,
} from '../../../src/engine';

const date = '2026-01-09';
const yearsTo = (expiry: string) => calendarDaysBetween(date, expiry) / 365;
const expiries = vxExpiriesAfter(date, 9);
const curve = fitVixCurve({
	vix: 14.49,
	eta: 1,
	futures: [16.1552, 17.8657, 18.9517, 19.6, 20.1, 20.5, 20.8, 21, 21.1].map((price, i) => ({
		T: yearsTo(expiries[i]),
		price,
	})),
});
const market: VixMarket = { curve, r: 0.036, volOfVol: logOuVolOfVol(curve), skew: 0.5 };
const link = { epsDown: 4.8, epsUp: 4.8 };

describe('ladderLayers', () => {
	const layers = ladderLayers(DEFAULT_LADDER, date, market, yearsTo);
	it('maps 30/110/220 DTE to the listed VX expiries nearest each target', () => {
		expect(layers.map((l) => l.expiry)).toEqual(['2026-02-18', '2026-04-15', '2026-08-19']);
		expect(layers.map((l) => l.countPerUnit)).toEqual([4, 4, 2]);
	});
	it('strikes 130 % of each layer’s own future, on the 1-point grid, priced by Black-76 on that future', () => {
		for (const l of layers) {
			expect(l.strike).toBe(Math.round(1.3 * l.future));
			const vol = market.volOfVol(l.T) * (1 + 0.5 * Math.log(l.strike / l.future));
			expect(l.pricePts).toBeCloseTo(black76Price('call', l.future, l.strike, l.T, 0.036, vol), 12);
		}
		// The near future (Feb, 40 DTE) is 17.8657: a strike off spot VIX (14.49) would be 19, not 23.
		expect(layers[0].future).toBeCloseTo(17.8657, 9);
		expect(layers[0].strike).toBe(23);
	});
});

describe('roundVixStrike', () => {
	it('uses 1-point strikes, and 0.5 below 15 only when allowed', () => {
		expect(roundVixStrike(14.3, false)).toBe(14);
		expect(roundVixStrike(14.3, true)).toBe(14.5);
		expect(roundVixStrike(23.4, true)).toBe(23);
	});
});

describe('sizing', () => {
	const layers = [{ countPerUnit: 4 }, { countPerUnit: 4 }, { countPerUnit: 2 }] as never[];
	it('coverage picks the smallest whole k that reaches the target, and k − 1 does not', () => {
		const gain = [100, 60, 40]; // per contract: one unit gains 4·100 + 4·60 + 2·40 = 720
		const k = smallestUnitsReaching(layers, gain, 2000, false);
		expect(k).toBe(3);
		expect(720 * (k! - 1)).toBeLessThan(2000);
		expect(720 * k!).toBeGreaterThanOrEqual(2000);
		expect(smallestUnitsReaching(layers, [0, 0, 0], 1, false)).toBeNull();
	});
	it('fractional units step by 0.1 with whole contracts', () => {
		// k = 2.8 → contracts 11, 11, 6 → 11·100 + 11·60 + 6·40 = 2000.
		expect(smallestUnitsReaching(layers, [100, 60, 40], 2000, true)).toBe(2.8);
	});
	it('budget picks the largest k whose premium stays within the budget', () => {
		expect(largestUnitsWithin(layers, [50, 80, 120], 2000, false)).toBe(2); // one unit costs 760
		expect(largestUnitsWithin(layers, [50, 80, 120], 700, false)).toBe(0);
	});
});

describe('ladderReadout on the 2026-01-09 market', () => {
	const condor = { creditUsd: 600, maxLossUsd: 4400 };
	const r = ladderReadout(DEFAULT_LADDER, date, market, link, condor, yearsTo);
	it('sizes by coverage: the reference stress gain covers ≥ 30 % of the condor max loss, one unit less does not', () => {
		expect(r.units).toBe(r.unitsBy.coverage);
		expect(r.referenceGainUsd).toBeGreaterThanOrEqual(0.3 * condor.maxLossUsd);
		const gain = layerStressGainUsd(
			ladderLayers(DEFAULT_LADDER, date, market, yearsTo),
			market,
			link,
			-0.1,
			5,
		);
		const oneLess = gain[0] * 4 * (r.units - 1) + gain[1] * 4 * (r.units - 1) + gain[2] * 2 * (r.units - 1);
		expect(oneLess).toBeLessThan(0.3 * condor.maxLossUsd);
	});
	it('pays in a sell-off and costs carry in calm: layers gain more in deeper shocks, theta is negative', () => {
		for (const l of r.layers) {
			expect(l.stressPnlUsd['-5']).toBeLessThan(l.stressPnlUsd['-10']);
			expect(l.stressPnlUsd['-10']).toBeLessThan(l.stressPnlUsd['-20']);
		}
		expect(r.carryUsdPerDay).toBeLessThan(0);
		expect(r.carryUsdPer30Days).toBeCloseTo(30 * r.carryUsdPerDay, 9);
		expect(r.vegaUsdPerVolPt).toBeGreaterThan(0);
		expect(r.premiumPctOfCredit).toBeCloseTo(r.premiumUsd / 600, 12);
	});
	it('the near layer gains most per contract in a 10 % fall (highest tenor beta)', () => {
		const perContract = r.layers.map((l) => l.stressPnlUsd['-10'] / l.contracts);
		expect(perContract[0]).toBeGreaterThan(perContract[2]);
	});
});
