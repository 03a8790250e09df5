import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkAtLevel, shockVix, spotVolLinkPreset, type SpotVolLinkPreset } from '../../../src/engine';
import {
	LINK_GAMMA,
	LINK_EPS_DOWN,
	LINK_EPS_UP,
	LINK_KNOTS_VIX,
	REGRESSION_EPS,
} from '../../../src/engine/measured/spotVolLink.generated';

const at = (preset: SpotVolLinkPreset, vix: number) => linkAtLevel(spotVolLinkPreset(preset), vix);

describe('linkAtLevel', () => {
	it('measured: the tables at their knots, linear in ln VIX between them, flat beyond', () => {
		LINK_KNOTS_VIX.forEach((k, i) => {
			expect(at('measured', k).epsDown).toBeCloseTo(LINK_EPS_DOWN[i], 12);
			expect(at('measured', k).epsUp).toBeCloseTo(LINK_EPS_UP[i], 12);
		});
		const [k0, k1] = [LINK_KNOTS_VIX[1], LINK_KNOTS_VIX[2]];
		const mid = Math.sqrt(k0 * k1); // halfway in ln VIX
		expect(at('measured', mid).epsDown).toBeCloseTo((LINK_EPS_DOWN[1] + LINK_EPS_DOWN[2]) / 2, 12);
		expect(at('measured', 5).epsDown).toBe(LINK_EPS_DOWN[0]);
		expect(at('measured', 150).epsDown).toBe(LINK_EPS_DOWN[LINK_EPS_DOWN.length - 1]);
		expect(at('measured', 20).convexity).toBe(LINK_GAMMA);
	});
	it('regression is one ε both ways; rule of thumb ε = 100/VIX; crash ε_down 8; custom keeps its numbers', () => {
		expect(at('regression', 30)).toMatchObject({
			epsDown: REGRESSION_EPS,
			epsUp: REGRESSION_EPS,
			convexity: 0,
		});
		expect(at('ruleOfThumb', 20)).toMatchObject({ epsDown: 5, epsUp: 5, convexity: 0 });
		expect(at('crash', 20)).toMatchObject({ epsDown: 8, convexity: 0 });
		const custom = spotVolLinkPreset('custom', { epsDown: 6, epsUp: 3, convexity: 2, capVix: 70 });
		expect(linkAtLevel(custom, 40)).toEqual({ epsDown: 6, epsUp: 3, convexity: 2, capVix: 70 });
	});
});

describe('shockVix', () => {
	it('moves ln VIX by ε_down·u + γ·u² on a fall (u = ln S/S′) and by −ε_up·ln(S′/S) on a rise', () => {
		const link = { epsDown: 6, epsUp: 3, convexity: 10, capVix: 500 };
		const u = -Math.log(0.9);
		expect(Math.log(shockVix(20, 0.9, link) / 20)).toBeCloseTo(6 * u + 10 * u * u, 12);
		expect(Math.log(shockVix(20, 1.05, link) / 20)).toBeCloseTo(-3 * Math.log(1.05), 12);
		expect(shockVix(20, 1, link)).toBe(20);
	});
	it('rule of thumb: a 1 % SPX fall adds about one VIX point at today’s level', () => {
		for (const vix of [12, 20, 35])
			expect(shockVix(vix, 0.99, at('ruleOfThumb', vix)) - vix).toBeCloseTo(1, 1);
	});
	it('is positive, falls as SPX rises, and never passes the cap unless VIX starts above it', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 5, max: 150, noNaN: true }),
				fc.double({ min: 0.3, max: 1.5, noNaN: true }),
				fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
				(vix, ratio, step) => {
					const link = at('measured', vix);
					const v = shockVix(vix, ratio, link);
					expect(v).toBeGreaterThan(0);
					expect(v).toBeLessThanOrEqual(Math.max(90, vix));
					expect(shockVix(vix, ratio + step, link)).toBeLessThanOrEqual(v);
				},
			),
		);
	});
	it('measured: from the record-low VIX 9.14 a −10 % sell-off lands at 30–45 (every such episode went to 33–41)', () => {
		const v = shockVix(9.14, 0.9, at('measured', 9.14));
		expect(v).toBeGreaterThanOrEqual(30);
		expect(v).toBeLessThanOrEqual(45);
	});
	it('measured: from the record-high 82.69 a further −20 % rises, and stops at the 90 cap (VIX never closed above 82.69)', () => {
		const link = at('measured', 82.69);
		const v = shockVix(82.69, 0.8, link);
		expect(v).toBeGreaterThan(82.69);
		expect(v).toBeLessThanOrEqual(90);
		// Without the cap the measured elasticity would send it far beyond any close on record: the cap binds here.
		expect(shockVix(82.69, 0.8, { ...link, capVix: 1e6 })).toBeGreaterThan(120);
	});
	it('names a bad ratio', () => {
		expect(() => shockVix(15, 0, at('measured', 15))).toThrow(/spxRatio must be > 0/);
	});
});
