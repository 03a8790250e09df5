import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	calendarDaysBetween,
	classifyCurve,
	curveFuture,
	fitVixCurve,
	moveCurve,
	shockCurve,
	shockFuture,
	shockVix,
	spotVolLinkPreset,
	tenorBeta,
	type VixCurve,
} from '../../../src/engine';

describe('shockVix', () => {
	const regression = { epsDown: 4.8, epsUp: 4.8 };
	it('moves VIX by −ε·ln(S′/S) in logs', () => {
		expect(shockVix(15, 0.9, regression)).toBeCloseTo(15 * 0.9 ** -4.8, 12);
		expect(shockVix(15, 1, regression)).toBe(15);
	});
	it('is about −1.3 VIX points per 1 % SPX fall at VIX ≈ 27 with the regression link', () => {
		expect(shockVix(27, 0.99, regression) - 27).toBeCloseTo(1.3, 1);
	});
	it('uses ε_down for falls and ε_up for rises', () => {
		const crash = { epsDown: 8, epsUp: 4.8 };
		expect(Math.log(shockVix(20, 0.95, crash) / 20)).toBeCloseTo(-8 * Math.log(0.95), 12);
		expect(Math.log(shockVix(20, 1.05, crash) / 20)).toBeCloseTo(-4.8 * Math.log(1.05), 12);
	});
});

describe('tenor beta and the curve response', () => {
	it('is e^{−κT}: 0.663 at 30 days and 0.291 at 90 days for κ = 5', () => {
		expect(tenorBeta(5, 30 / 365)).toBeCloseTo(0.663, 3);
		expect(tenorBeta(5, 90 / 365)).toBeCloseTo(0.291, 3);
	});
	it('flips the 2026-01-09 contango into backwardation in a −10 % SPX shock', () => {
		const vix = 14.49;
		const futures = [
			{ expiry: '2026-01-21', price: 16.1552, days: 12 },
			{ expiry: '2026-02-18', price: 17.8657, days: 40 },
			{ expiry: '2026-03-18', price: 18.9517, days: 68 },
		];
		const vixAfter = shockVix(vix, 0.9, { epsDown: 4.8, epsUp: 4.8 });
		const shocked = futures.map((f) => ({
			expiry: f.expiry,
			price: shockFuture(f.price, vixAfter / vix, 5, f.days / 365),
		}));
		expect(classifyCurve({ valuationDate: '2026-01-09', vix, futures }).regime).toBe('contango');
		expect(classifyCurve({ valuationDate: '2026-01-09', vix: vixAfter, futures: shocked }).regime).toBe(
			'backwardation',
		);
	});
});

describe('shockCurve and moveCurve', () => {
	// The 2026-01-09 close (DESIGN §5): VX Jan/Feb/Mar 2026.
	const date = '2026-01-09';
	const expiries = ['2026-01-21', '2026-02-18', '2026-03-18'];
	const days = expiries.map((e) => calendarDaysBetween(date, e));
	const curve = fitVixCurve({
		vix: 14.49,
		eta: 1,
		futures: [16.1552, 17.8657, 18.9517].map((price, i) => ({ T: days[i] / 365, price })),
	});
	const regimeOf = (c: VixCurve) =>
		classifyCurve({
			valuationDate: date,
			vix: c.vix,
			futures: c.points.map((p, i) => ({ expiry: expiries[i], price: curveFuture(c, p.T) })),
		}).regime;

	it('shockCurve moves every tenor by (VIX′/VIX)^{e^{−κT}}, the log-OU future at the new spot', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.3, max: 5, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(ratio, T) => {
					const shocked = shockCurve(curve, ratio);
					const expected = curveFuture(curve, T) * ratio ** Math.exp(-curve.kappa * T);
					expect(curveFuture(shocked, T) / expected).toBeCloseTo(1, 12);
					shocked.points.forEach((p) => expect(curveFuture(shocked, p.T) / p.price).toBeCloseTo(1, 12));
				},
			),
		);
	});
	it('shockCurve flips the 2026-01-09 contango into backwardation once the spike is large enough', () => {
		expect(regimeOf(curve)).toBe('contango');
		expect(regimeOf(shockCurve(curve, 1.1))).toBe('contango');
		const spike = shockVix(14.49, 0.9, { epsDown: 4.8, epsUp: 4.8 }) / 14.49; // SPX −10 % ⇒ VIX × 1.66
		expect(regimeOf(shockCurve(curve, spike))).toBe('backwardation');
	});
	it('moveCurve with a new long-run level leaves spot and moves the far end to e^θ′·e^{η²/(4κ)+ε_last}', () => {
		const moved = moveCurve(curve, { longRunLevel: 25 });
		expect(curveFuture(moved, 0)).toBeCloseTo(14.49, 12);
		const eLast = curve.points[2].residual;
		expect(curveFuture(moved, 500)).toBeCloseTo(25 * Math.exp(1 / (4 * curve.kappa) + eLast), 8);
		moved.points.forEach((p) => expect(curveFuture(moved, p.T) / p.price).toBeCloseTo(1, 12));
	});
	it('moveCurve to spot 30 with e^θ 18 inverts the calm curve; with only spot it equals shockCurve', () => {
		expect(regimeOf(moveCurve(curve, { vix: 30, longRunLevel: 18 }))).toBe('backwardation');
		const a = moveCurve(curve, { vix: 20 });
		const b = shockCurve(curve, 20 / 14.49);
		a.points.forEach((p, i) => expect(p.price).toBeCloseTo(b.points[i].price, 12));
		expect(() => moveCurve(curve, { vix: 0 })).toThrow(/vix/);
		expect(() => shockCurve(curve, -1)).toThrow(/vixRatio/);
	});
});

describe('spotVolLinkPreset', () => {
	it('rule of thumb ε = 100/VIX makes a 1 % SPX fall add about 1 VIX point at today’s VIX', () => {
		for (const vix of [12, 20, 35]) {
			const link = spotVolLinkPreset('ruleOfThumb', vix);
			expect(link.epsDown).toBeCloseTo(100 / vix, 14);
			// Exactly 1 point to first order; the log link adds ≈ ε(ε+1)/2·1e-4·VIX of convexity.
			const up = shockVix(vix, 0.99, link) - vix;
			expect(Math.abs(up - 1)).toBeLessThan(0.01 * (100 / vix + 1));
		}
	});
	it('regression is ε = 4.8 both ways and crash is ε_down 8, ε_up 4.8', () => {
		expect(spotVolLinkPreset('regression', 15)).toEqual({ preset: 'regression', epsDown: 4.8, epsUp: 4.8 });
		expect(spotVolLinkPreset('crash', 15)).toEqual({ preset: 'crash', epsDown: 8, epsUp: 4.8 });
	});
});
