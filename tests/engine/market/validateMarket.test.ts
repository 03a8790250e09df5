import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ATM_TO_VIX_RATIO,
	MARKET_PRESETS,
	buildMarketModel,
	curveFuture,
	defaultMarket,
	spxExpiryForDte,
	validateMarket,
	type MarketSnapshot,
} from '../../../src/engine';

const base = defaultMarket();
const fieldsOf = (m: unknown) => validateMarket(m).map((p) => p.field);
const messageFor = (m: unknown, field: string) =>
	validateMarket(m).find((p) => p.field === field)?.message ?? '';

describe('validateMarket', () => {
	it('finds nothing wrong with the default market', () => {
		expect(validateMarket(base)).toEqual([]);
	});

	it('reports each bad input of docs/inputs.md beside its field', () => {
		const with_ = (patch: Partial<MarketSnapshot>) => ({ ...base, ...patch });
		expect(messageFor(with_({ spx: -5 }), 'spx')).toMatch(/SPX must be at least 100 \(got -5\)/);
		expect(messageFor(with_({ vix: 0 }), 'vix')).toMatch(/Spot VIX must be at least 1/);
		// A tiny positive number is not a market either (it would put "Infinity %" on screen).
		expect(messageFor(with_({ vix: 5e-324 }), 'vix')).toMatch(/Spot VIX must be at least 1 \(got 5e-324\)/);
		const tiny = with_({ futures: [{ expiry: '2026-01-21', price: 1e-7 }] });
		expect(messageFor(tiny, 'futures[0].price')).toMatch(/VX price must be at least 1/);
		const far = with_({ futures: [{ expiry: '2029-01-17', price: 20 }] });
		expect(messageFor(far, 'futures[0].expiry')).toMatch(/more than 400 days out/);
		expect(messageFor(with_({ valuationDate: '2199-06-01' }), 'valuationDate')).toMatch(
			/from 1990-03-01 to 2198-06-30/,
		);
		expect(messageFor(with_({ futures: [] }), 'futures')).toMatch(/at least one VX future is required/);
		const zero = with_({ futures: [{ expiry: '2026-01-21', price: 0 }] });
		expect(messageFor(zero, 'futures[0].price')).toMatch(/VX price of 0/);
		const disorder = with_({ futures: [base.futures[1], base.futures[0]] });
		expect(messageFor(disorder, 'futures[1].expiry')).toMatch(/in order/);
		const past = with_({ futures: [{ expiry: '2025-12-17', price: 16 }] });
		expect(messageFor(past, 'futures[0].expiry')).toMatch(/not after the valuation date/);
		const unlisted = with_({ futures: [{ expiry: '2026-01-22', price: 16 }] });
		expect(messageFor(unlisted, 'futures[0].expiry')).toMatch(
			/not a VX expiry \(that month's is 2026-01-21\)/,
		);
		expect(
			messageFor(with_({ smile: { mode: 'quotes', atmVol: 0.2, put25Vol: 0.18, call25Vol: 0.15 } }), 'smile'),
		).toMatch(/SVI/);
		expect(
			messageFor(
				with_({ smile: { mode: 'quotes', atmVol: -0.1, put25Vol: 0.18, call25Vol: 0.15 } }),
				'smile.atmVol',
			),
		).toMatch(/ATM vol/);
		const arbitrage = with_({
			smile: { mode: 'raw', svi: { a: -0.041, b: 0.1331, rho: 0.306, m: 0.3586, sigma: 0.4153 } },
		});
		expect(fieldsOf(arbitrage)).toContain('smile.svi');
		expect(messageFor(with_({ rate: 3 }), 'rate')).toMatch(/Rate must be at most 30 % \(got 300 %\)/);
		expect(messageFor(with_({ valuationDate: '2026-02-30' }), 'valuationDate')).toMatch(/real date/);
	});

	it('lists every problem at once', () => {
		expect(fieldsOf({ ...base, spx: NaN, vix: -1, futures: [] })).toEqual(
			expect.arrayContaining(['spx', 'vix', 'futures']),
		);
	});

	it('never throws and never says NaN or undefined, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({ spx: fc.anything(), vix: fc.anything(), futures: fc.anything(), smile: fc.anything() }),
				),
				(junk) => {
					const problems = validateMarket(junk);
					expect(problems.length).toBeGreaterThan(0);
					for (const p of problems) expect(p.message).not.toMatch(/NaN|undefined/);
				},
			),
		);
		fc.assert(
			fc.property(
				fc.constantFrom('spx', 'vix', 'rate', 'vix3m', 'vixCallSkew'),
				fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.constant(-1e308), fc.string()),
				(key, value) => {
					const problems = validateMarket({ ...base, [key]: value });
					expect(problems.map((p) => p.field)).toContain(key);
					for (const p of problems) expect(p.message).not.toMatch(/NaN|undefined/);
				},
			),
		);
	});
});

describe('validateMarket: magnitudes, types and the smile', () => {
	const with_ = (patch: Partial<MarketSnapshot>) => ({ ...base, ...patch });
	it('rejects absurd magnitudes and quotes the number', () => {
		expect(messageFor(with_({ spx: 2e6 }), 'spx')).toMatch(/SPX must be at most 1000000 \(got 2000000\)/);
		expect(messageFor(with_({ vix: 250 }), 'vix')).toMatch(/at most 200 \(got 250\)/);
		expect(messageFor(with_({ rate: -0.6 }), 'rate')).toMatch(/at least -20 % \(got -60 %\)/);
		expect(messageFor(with_({ dividendYield: 0.9 }), 'dividendYield')).toMatch(/got 90 %/);
		const fut = with_({ futures: [{ expiry: '2026-01-21', price: 500 }] });
		expect(messageFor(fut, 'futures[0].price')).toMatch(/at most 200 \(got 500\)/);
		const vols = with_({ smile: { mode: 'quotes', atmVol: null, put25Vol: 6, call25Vol: 0.1 } });
		expect(messageFor(vols, 'smile.put25Vol')).toMatch(/25Δ put vol must be at most 500 % \(got 600 %\)/);
		const neg = with_({ smile: { mode: 'quotes', atmVol: null, put25Vol: 0.2, call25Vol: -0.1 } });
		expect(messageFor(neg, 'smile.call25Vol')).toMatch(/at least 1 % \(got -10 %\)/);
		const vov = (eta: number) => with_({ volOfVol: { mode: 'model', kappa: 5, eta } });
		expect(messageFor(vov(9), 'volOfVol.eta')).toMatch(/at most 500 % \(got 900 %\)/);
		expect(messageFor(vov(0), 'volOfVol.eta')).toMatch(/at least 1 % \(got 0 %\)/);
		const kb = with_({ spotVolLink: { ...base.spotVolLink, tenorBetaKappa: 0 } });
		expect(messageFor(kb, 'spotVolLink.tenorBetaKappa')).toMatch(/κ_β must be above 0/);
	});
	it('rejects wrong types, NaN and Infinity with a readable description', () => {
		expect(messageFor({ ...base, spx: '6966' }, 'spx')).toMatch(/SPX must be a number \(got "6966"\)/);
		expect(messageFor({ ...base, vix: Infinity }, 'vix')).toMatch(/an infinite number/);
		expect(messageFor({ ...base, rate: NaN }, 'rate')).toMatch(/not a number/);
		const badFuture = { ...base, futures: [{ expiry: 20260121, price: '16' }] };
		expect(fieldsOf(badFuture)).toEqual(expect.arrayContaining(['futures[0].price', 'futures[0].expiry']));
		expect(messageFor({ ...base, valuationDate: 'yesterday' }, 'valuationDate')).toMatch(/"yesterday"/);
		expect(validateMarket(null)).toEqual([{ field: '', message: 'The market must be an object.' }]);
		expect(validateMarket([1, 2])[0].field).toBe('');
	});
	it('uses checkSviParams’ message for a raw SVI with b < 0', () => {
		const m = with_({ smile: { mode: 'raw', svi: { a: 0.01, b: -0.1, rho: -0.5, m: 0, sigma: 0.1 } } });
		expect(messageFor(m, 'smile.svi')).toMatch(/b = −0.1\d* must be ≥ 0/);
		const nan = with_({ smile: { mode: 'raw', svi: { a: 0.01, b: NaN, rho: -0.5, m: 0, sigma: 0.1 } } });
		expect(messageFor(nan, 'smile.svi.b')).toMatch(/SVI b must be a number \(got not a number\)/);
	});
	it('checks 25Δ quotes against the ATM the VIX link gives when none is typed, as the model would', () => {
		// VIX = VIX3M = 30 ⇒ level 30, linked ATM 0.9·30 % = 27 %, above both wings: no convex smile.
		const m = with_({
			vix: 30,
			vix3m: 30,
			smile: { mode: 'quotes', atmVol: null, put25Vol: 0.1, call25Vol: 0.08 },
		});
		const msg = messageFor(m, 'smile');
		expect(msg).toMatch(/VIX link gives at 45 days \(27.0 %\)/);
		expect(msg).toMatch(/no arbitrage-free SVI smile/);
		expect(() => buildMarketModel(m, spxExpiryForDte(m.valuationDate, 45))).toThrow(/SVI/);
		// The same wings around a typed ATM below their chord are fine.
		expect(validateMarket({ ...m, smile: { ...m.smile, atmVol: 0.07 } })).toEqual([]);
		// Without VIX3M the VX curve at 45 days sets the level, as the model reads it.
		const wings = { put25Vol: 0.15, call25Vol: 0.1 };
		const noV3 = with_({ vix3m: null, smile: { mode: 'quotes', atmVol: null, ...wings } });
		const model = buildMarketModel(
			with_({ vix3m: null, smile: { mode: 'quotes', atmVol: 0.1, ...wings } }),
			'2026-02-23',
		);
		const level = (ATM_TO_VIX_RATIO * curveFuture(model.vix.curve, 45 / 365)).toFixed(1);
		expect(messageFor(noV3, 'smile')).toMatch(new RegExp(`\\(${level} %\\)`));
	});
	it('uses the model’s ATM-to-VIX ratio (0.9)', () => {
		expect(ATM_TO_VIX_RATIO).toBe(0.9);
	});
});

describe('validateMarket: a forward far from SPX', () => {
	const base = defaultMarket();
	it('refuses a typed forward outside 0.5–2× SPX, which no carry gives', () => {
		const at = (forward: number) => validateMarket({ ...base, forward: { mode: 'typed', forward } });
		expect(at(base.spx * 1.01)).toEqual([]);
		expect(at(1)).toEqual([
			{
				field: 'forward.forward',
				message: `The forward (1.00) must be within 0.5–2× SPX (${base.spx}): check it.`,
			},
		]);
		expect(at(base.spx * 3)[0]?.field).toBe('forward.forward');
	});
	it('refuses call and put prices whose parity forward leaves the band at some condor tenor (or goes below zero)', () => {
		const at = (call: number, put: number) =>
			validateMarket({ ...base, forward: { mode: 'parity', strike: 7000, call, put } });
		expect(at(120, 95)).toEqual([]);
		expect(at(0.01, 1e6)[0]?.message).toMatch(/The forward \(below zero\) must be within 0\.5–2× SPX/);
		expect(at(30_000, 0.01)[0]?.field).toBe('forward');
	});
});

describe("validateMarket: typing today's market over a preset", () => {
	it('keeps the linked smile valid when VIX 22.5 is typed over the 2020-03-16 preset, and it prices', () => {
		const covid = MARKET_PRESETS.find((p) => p.id === 'covid-peak-2020')!.market;
		const typed = { ...covid, vix: 22.5, vix3m: 24 };
		expect(validateMarket(typed)).toEqual([]);
		expect(() => buildMarketModel(typed, spxExpiryForDte(typed.valuationDate, 45))).not.toThrow();
	});
});
