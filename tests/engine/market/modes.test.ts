import { describe, expect, it } from 'vitest';
import {
	MARKET_PRESETS,
	linkAtLevel,
	linkForPreset,
	modelAtmVol,
	nextVxFuture,
	parityForward,
	smileForMode,
	forwardForMode,
	validateMarket,
	volOfVolForMode,
	vxExpiry,
	type MarketSnapshot,
} from '../../../src/engine';

const markets: MarketSnapshot[] = MARKET_PRESETS.map((p) => p.market);

describe('market mode switches land on a market that prices', () => {
	it.each(['carry', 'typed', 'parity'] as const)(
		'forwardForMode(market, %s) validates on every preset',
		(mode) => {
			for (const m of markets) expect(validateMarket({ ...m, forward: forwardForMode(m, mode) })).toEqual([]);
		},
	);
	it.each(['linked', 'quotes', 'raw'] as const)('smileForMode(%s) validates on every preset', (mode) => {
		for (const m of markets) expect(validateMarket({ ...m, smile: smileForMode(m, mode) })).toEqual([]);
	});
	it.each(['model', 'typed'] as const)('volOfVolForMode(market, %s) validates on every preset', (mode) => {
		for (const m of markets) expect(validateMarket({ ...m, volOfVol: volOfVolForMode(m, mode) })).toEqual([]);
	});
});

describe('forwardForMode', () => {
	const m = markets[0];
	const carry45 = m.spx * Math.exp(((m.rate - m.dividendYield) * 45) / 365);
	it('a typed forward starts at the 45-day carry forward S·e^{(r−q)T}, to the cent', () => {
		const f = forwardForMode(m, 'typed');
		expect(f.mode === 'typed' && f.forward).toBeCloseTo(carry45, 2);
	});
	it('a parity pair has C − P = F_carry − K, so its parity forward is within e^{rT} of carry', () => {
		const f = forwardForMode(m, 'parity');
		if (f.mode !== 'parity') throw new Error('parity expected');
		expect(f.strike % 5).toBe(0);
		expect(f.call - f.put).toBeCloseTo(carry45 - f.strike, 2);
		const F = parityForward(f.strike, f.call, f.put, m.rate, 45 / 365);
		expect(Math.abs(F / carry45 - 1)).toBeLessThan(Math.expm1(Math.abs(m.rate) * (45 / 365)));
	});
});

describe('smileForMode', () => {
	it('quotes start at the linked 25Δ vols: ATM (0.9 × the VIX term level) × 1.3 and × 0.8', () => {
		for (const m of markets) {
			const s = smileForMode(m, 'quotes');
			if (s.mode !== 'quotes') throw new Error('quotes expected');
			expect(s.atmVol).toBeNull();
			expect(s.put25Vol / s.call25Vol).toBeCloseTo(1.3 / 0.8, 2);
			// The linked ATM sits between 0.9 × the lowest and highest VIX quote the term level reads.
			const levels = [m.vix, ...(m.vix3m ? [m.vix3m] : []), ...m.futures.map((f) => f.price)];
			expect(s.put25Vol / 1.3).toBeGreaterThanOrEqual((0.9 * Math.min(...levels)) / 100 - 1e-4);
			expect(s.put25Vol / 1.3).toBeLessThanOrEqual((0.9 * Math.max(...levels)) / 100 + 1e-4);
		}
	});
});

describe('volOfVolForMode', () => {
	it("typed vols start at the model's ATM vol at each future's expiry, one per future", () => {
		const m = markets[0];
		const v = volOfVolForMode(m, 'typed');
		if (v.mode !== 'typed') throw new Error('typed expected');
		expect(v.byExpiry.map((r) => r.expiry)).toEqual(m.futures.map((f) => f.expiry));
		const T = (Date.parse(m.futures[0].expiry) - Date.parse(m.valuationDate)) / 86_400_000 / 365;
		// η_v = 1, κ_v = 5: σ = √((1 − e^{−10T})/(10T)), rounded to whole vol points.
		expect(v.byExpiry[0].vol).toBeCloseTo(Math.sqrt(-Math.expm1(-10 * T) / (10 * T)), 2);
		expect(v.byExpiry[0].vol).toBeCloseTo(modelAtmVol(1, 5, T), 2);
	});
});

describe('linkForPreset', () => {
	const custom = {
		preset: 'custom',
		epsDown: 6,
		epsUp: 3,
		convexity: 9,
		capVix: 75,
		tenorBetaKappa: 3.1,
	} as const;
	it('custom keeps every typed number', () => {
		expect(linkForPreset({ ...custom, preset: 'measured' }, 'custom')).toEqual(custom);
	});
	it('a named preset keeps the cap and κ_β and applies its own ε', () => {
		const link = linkForPreset(custom, 'ruleOfThumb');
		expect([link.preset, link.capVix, link.tenorBetaKappa]).toEqual(['ruleOfThumb', 75, 3.1]);
		expect(linkAtLevel(link, 20).epsDown).toBeCloseTo(5, 12); // 1 VIX point per 1 % SPX at VIX 20
	});
});

describe('nextVxFuture', () => {
	it("is the listed VX expiry of the month after the last future's, at its price", () => {
		const m = markets[0];
		const last = m.futures[m.futures.length - 1];
		const [y, mo] = last.expiry.split('-').map(Number);
		const next = nextVxFuture(m);
		expect(next).toEqual({
			expiry: vxExpiry(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1),
			price: last.price,
		});
	});
	it('with no futures, the first expiry after the valuation date at spot VIX', () => {
		const m = { ...markets[0], futures: [] };
		expect(nextVxFuture(m).price).toBe(m.vix);
		expect(nextVxFuture(m).expiry > m.valuationDate).toBe(true);
	});
});
