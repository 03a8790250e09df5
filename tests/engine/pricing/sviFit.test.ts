import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { black76Greeks } from '../../../src/engine/pricing/black76';
import { sviImpliedVol, type SviParams } from '../../../src/engine/pricing/svi';
import { checkSviParams, sviButterflyCheck } from '../../../src/engine/pricing/sviChecks';
import { fitSviFromQuotes, sviQuoteStrikes, type SviQuotes } from '../../../src/engine/pricing/sviFit';

const F = 6000;
const CALM: SviQuotes = { T: 45 / 365, forward: F, atmVol: 0.14, put25Vol: 0.19, call25Vol: 0.115 };
const STRESSED: SviQuotes = { T: 45 / 365, forward: F, atmVol: 0.4, put25Vol: 0.48, call25Vol: 0.36 };
const ONE_DAY: SviQuotes = { T: 1 / 365, forward: F, atmVol: 0.12, put25Vol: 0.16, call25Vol: 0.1 };
const TWO_YEARS: SviQuotes = { T: 2, forward: F, atmVol: 0.2, put25Vol: 0.24, call25Vol: 0.17 };
/** Steep skew, little curvature: the default vertex m = 0 gives |ρ| ≥ 1, so the fit must move m. */
const FLAT_CURVATURE: SviQuotes = {
	T: 144 / 365,
	forward: F,
	atmVol: 0.135,
	put25Vol: 0.15,
	call25Vol: 0.121,
};

/** Forward delta with r = 0 (Black-76 delta is then undiscounted), using the smile's vol at K. */
function smileDelta(p: SviParams, q: SviQuotes, kind: 'call' | 'put', K: number): number {
	const vol = sviImpliedVol(p, Math.log(K / q.forward), q.T);
	return black76Greeks(kind, q.forward, K, q.T, 0, vol).delta;
}

/** Bisection for the strike where the smile's delta equals `target`, independent of the closed form. */
function strikeAtDelta(p: SviParams, q: SviQuotes, kind: 'call' | 'put', target: number): number {
	let lo = q.forward * 0.2;
	let hi = q.forward * 5;
	const f = (K: number) => smileDelta(p, q, kind, K) - target;
	expect(Math.sign(f(lo))).not.toBe(Math.sign(f(hi)));
	for (let i = 0; i < 200 && hi - lo > 1e-10 * q.forward; i++) {
		const mid = (lo + hi) / 2;
		if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

describe('sviQuoteStrikes', () => {
	it.each([CALM, STRESSED, ONE_DAY, TWO_YEARS])(
		'sviQuoteStrikes puts the 25Δ quotes at Black-76 delta ∓0.25',
		(q) => {
			const s = sviQuoteStrikes(q);
			expect(black76Greeks('put', F, s.putStrike, q.T, 0, q.put25Vol).delta).toBeCloseTo(-0.25, 12);
			expect(black76Greeks('call', F, s.callStrike, q.T, 0, q.call25Vol).delta).toBeCloseTo(0.25, 12);
			expect(s.putStrike).toBeCloseTo(F * Math.exp(s.putLogMoneyness), 9);
			expect(s.putStrike).toBeLessThan(F);
			expect(s.callStrike).toBeGreaterThan(F);
		},
	);

	it('sviQuoteStrikes rejects bad inputs, naming the field', () => {
		expect(() => sviQuoteStrikes({ ...CALM, put25Vol: -0.1 })).toThrow(/quotes\.put25Vol/);
		expect(() => sviQuoteStrikes({ ...CALM, atmVol: Number.NaN })).toThrow(/quotes\.atmVol/);
		expect(() => sviQuoteStrikes({ ...CALM, T: 0 })).toThrow(/quotes\.T/);
		expect(() => sviQuoteStrikes({ ...CALM, forward: -1 })).toThrow(/quotes\.forward/);
		expect(() => sviQuoteStrikes(null as unknown as SviQuotes)).toThrow(/quotes/);
	});
});

describe('fitSviFromQuotes', () => {
	it.each([
		['calm SPX, 45 days', CALM],
		['stressed SPX, 45 days', STRESSED],
		['one day', ONE_DAY],
		['two years', TWO_YEARS],
		['steep skew, little curvature', FLAT_CURVATURE],
	])('fitSviFromQuotes(%s) reproduces the quotes where the smile’s own delta is ∓0.25', (_name, q) => {
		const p = fitSviFromQuotes(q);
		expect(Math.abs(sviImpliedVol(p, 0, q.T) - q.atmVol)).toBeLessThan(1e-8);
		// Find the 25Δ strikes on the fitted smile by bisection, then read the smile's vol there.
		const Kp = strikeAtDelta(p, q, 'put', -0.25);
		const Kc = strikeAtDelta(p, q, 'call', 0.25);
		expect(Math.abs(sviImpliedVol(p, Math.log(Kp / F), q.T) - q.put25Vol)).toBeLessThan(1e-8);
		expect(Math.abs(sviImpliedVol(p, Math.log(Kc / F), q.T) - q.call25Vol)).toBeLessThan(1e-8);
		expect(Kp).toBeCloseTo(sviQuoteStrikes(q).putStrike, 4);
		expect(Kc).toBeCloseTo(sviQuoteStrikes(q).callStrike, 4);
	});

	it.each([CALM, STRESSED, ONE_DAY, TWO_YEARS, FLAT_CURVATURE])(
		'fitSviFromQuotes passes the parameter and butterfly checks (T = %o)',
		(q) => {
			const p = fitSviFromQuotes(q);
			expect(checkSviParams(p)).toEqual([]);
			expect(sviButterflyCheck(p).ok).toBe(true);
		},
	);

	it('fitSviFromQuotes uses the default m = 0, σ = 1.5 × 25Δ spacing for the calm and stressed quotes', () => {
		for (const q of [CALM, STRESSED]) {
			const p = fitSviFromQuotes(q);
			const s = sviQuoteStrikes(q);
			expect(p.m).toBe(0);
			expect(p.sigma).toBeCloseTo(1.5 * (s.callLogMoneyness - s.putLogMoneyness), 14);
			expect(p.rho).toBeLessThan(0); // put skew
		}
	});

	it('fitSviFromQuotes moves the vertex right (m > 0) for a steep skew with little curvature', () => {
		expect(fitSviFromQuotes(FLAT_CURVATURE).m).toBeGreaterThan(0);
	});

	it('fitSviFromQuotes of three equal vols is the flat smile', () => {
		const p = fitSviFromQuotes({ ...CALM, put25Vol: 0.14, call25Vol: 0.14 });
		expect(p.b).toBe(0);
		expect(sviImpliedVol(p, -0.7, CALM.T)).toBeCloseTo(0.14, 15);
	});

	it('fitSviFromQuotes throws a clear RangeError when the ATM vol sits above the wings', () => {
		expect(() => fitSviFromQuotes({ ...CALM, atmVol: 0.2, put25Vol: 0.15, call25Vol: 0.15 })).toThrow(
			/no arbitrage-free SVI smile fits ATM 20 %, 25Δ put 15 %, 25Δ call 15 %: the ATM vol sits on or above/,
		);
	});

	it('fitSviFromQuotes throws a clear RangeError when the put skew is too steep for any SVI', () => {
		expect(() => fitSviFromQuotes({ ...CALM, put25Vol: 0.6, call25Vol: 0.13 })).toThrow(
			/no arbitrage-free SVI smile fits .*butterfly arbitrage near k = −0\.\d\d \(strike ≈ \d+ % of the forward\)/,
		);
	});

	it('fitSviFromQuotes throws when the 25Δ put strike would sit above the forward', () => {
		expect(() => fitSviFromQuotes({ ...TWO_YEARS, T: 10, put25Vol: 0.5 })).toThrow(/quotes\.put25Vol/);
	});

	it('fitSviFromQuotes either reproduces the quotes with an arbitrage-free smile or throws RangeError (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1 / 365, max: 2, noNaN: true }),
				fc.double({ min: 0.08, max: 0.8, noNaN: true }),
				fc.double({ min: 0, max: 0.6, noNaN: true }),
				fc.double({ min: -0.1, max: 0.3, noNaN: true }),
				(T, atmVol, putPremium, callDiscount) => {
					const q = {
						T,
						forward: F,
						atmVol,
						put25Vol: atmVol * (1 + putPremium),
						call25Vol: atmVol * (1 - callDiscount),
					};
					let p: SviParams;
					try {
						p = fitSviFromQuotes(q);
					} catch (error) {
						expect(error).toBeInstanceOf(RangeError);
						expect((error as Error).message).toMatch(/SVI|quotes\./);
						return;
					}
					const s = sviQuoteStrikes(q);
					expect(Math.abs(sviImpliedVol(p, 0, T) - atmVol)).toBeLessThan(1e-8);
					expect(Math.abs(sviImpliedVol(p, s.putLogMoneyness, T) - q.put25Vol)).toBeLessThan(1e-8);
					expect(Math.abs(sviImpliedVol(p, s.callLogMoneyness, T) - q.call25Vol)).toBeLessThan(1e-8);
					expect(checkSviParams(p)).toEqual([]);
					expect(sviButterflyCheck(p).ok).toBe(true);
				},
			),
			{ numRuns: 60 },
		);
	});
});
