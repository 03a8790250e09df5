import { describe, expect, it } from 'vitest';
import {
	TENOR_BETA_KAPPA,
	classifyCurve,
	defaultMarket,
	MARKET_PRESETS,
	validateMarket,
} from '../../../src/engine';

describe('defaultMarket', () => {
	const m = defaultMarket();
	it('defaultMarket holds the 2026-01-09 close (docs/models.md, Market data and presets)', () => {
		expect([m.valuationDate, m.valuationMinutesEt, m.spx, m.vix, m.vix3m]).toEqual([
			'2026-01-09',
			16 * 60,
			6966.28,
			14.49,
			17.88,
		]);
		expect(m.futures).toEqual([
			{ expiry: '2026-01-21', price: 16.1552 },
			{ expiry: '2026-02-18', price: 17.8657 },
			{ expiry: '2026-03-18', price: 18.9517 },
		]);
	});
	it('defaultMarket has the same facts, rate and dividend yield as the 2026-01-09 preset', () => {
		const preset = MARKET_PRESETS.find(
			(p) => p.date === '2026-01-09' && !p.id.startsWith('synthetic'),
		)!.market;
		const facts = (x: typeof m) => [x.spx, x.vix, x.vix3m, x.futures, x.rate, x.dividendYield];
		expect(facts(m)).toEqual(facts(preset));
	});
	it('defaultMarket uses the documented defaults: r 3.6 %, q 1.2 %, VIX-option vols κ_v 5 η_v 1, s 0.5, the measured link, the linked smile', () => {
		expect(m.rate).toBe(0.036);
		expect(m.dividendYield).toBe(0.012);
		expect(m.volOfVol).toEqual({ mode: 'model', kappa: 5, eta: 1 });
		expect(m.vixCallSkew).toBe(0.5);
		expect(m.spotVolLink).toMatchObject({ preset: 'measured', capVix: 90, tenorBetaKappa: TENOR_BETA_KAPPA });
		expect(m.smile).toEqual({ mode: 'linked', put25OverAtm: 1.3, call25OverAtm: 0.8 });
	});
	it('defaultMarket is valid, in contango, and survives a JSON round trip unchanged', () => {
		expect(validateMarket(m)).toEqual([]);
		expect(classifyCurve(m).regime).toBe('contango');
		expect(JSON.parse(JSON.stringify(m))).toEqual(m);
	});
	it('defaultMarket returns a fresh object each call', () => {
		const a = defaultMarket();
		a.futures[0].price = 99;
		expect(defaultMarket().futures[0].price).toBe(16.1552);
	});
});
