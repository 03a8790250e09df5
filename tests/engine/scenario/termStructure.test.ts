import { describe, expect, it } from 'vitest';
import { NO_SHOCK, calendarDaysBetween, defaultMarket, termStructure } from '../../../src/engine';

describe('termStructure', () => {
	const m = defaultMarket();
	it('starts at spot VIX and, with no shock, puts every future back on its quote', () => {
		const t = termStructure(m, NO_SHOCK);
		expect(t.fitted[0]).toEqual({ days: 0, value: expect.closeTo(m.vix, 12) });
		expect(t.shocked?.spot).toEqual({ days: 0, value: expect.closeTo(m.vix, 12) });
		expect(t.shocked?.futures.map((f) => f.value)).toEqual(m.futures.map((f) => expect.closeTo(f.price, 9)));
		expect(t.shocked?.futures.map((f) => f.days)).toEqual(
			m.futures.map((f) => calendarDaysBetween(m.valuationDate, f.expiry)),
		);
		expect(t.fitted.every((p) => Number.isFinite(p.value) && p.value > 0)).toBe(true);
	});
	it('a typed VIX moves each future by (VIX′/VIX)^{e^{−κT}}: the front most, the back least', () => {
		const t = termStructure(m, { ...NO_SHOCK, vix: { mode: 'typed', level: 2 * m.vix } });
		const ratios = t.shocked!.futures.map((f, i) => f.value / m.futures[i].price);
		expect(ratios[0]).toBeGreaterThan(ratios[1]);
		expect(ratios[1]).toBeGreaterThan(ratios[2]);
		expect(ratios[2]).toBeGreaterThan(1);
		expect(ratios[0]).toBeLessThan(2);
	});
	it('rolling past a contract drops it; without a shock there is no shocked curve', () => {
		const t = termStructure(m, { ...NO_SHOCK, daysForward: 20 });
		expect(t.shocked?.futures).toHaveLength(m.futures.length - 1);
		expect(termStructure(m).shocked).toBeNull();
	});
});
