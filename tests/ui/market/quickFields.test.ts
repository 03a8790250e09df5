import { describe, expect, it } from 'vitest';
import { defaultMarket, vxExpiriesAfter } from '../../../src/engine';
import { FIRST_FUTURE, fillQuickFields, pastedRow } from '../../../src/ui/market/quickFields';
import { todayInNewYork } from '../../../src/ui/market/today';

describe('pastedRow', () => {
	it.each([
		['16.15 17.87 18.95', [16.15, 17.87, 18.95]],
		['16.15\t17.87\t18.95\n', [16.15, 17.87, 18.95]],
		['16,15 17,87', [16.15, 17.87]],
		['16.15; 17.87', [16.15, 17.87]],
		['16.15, 17.87', [16.15, 17.87]],
	])('reads %j as a row', (text, want) => expect(pastedRow(text)).toEqual(want));

	it.each(['6,966.28', '16.15', '16.15 abc', ''])('leaves %j to the field', (text) =>
		expect(pastedRow(text)).toBeNull(),
	);
});

describe('fillQuickFields', () => {
	const m = defaultMarket();
	it('fills from the field pasted into, in SPX, VIX, VIX3M, VX1… order', () => {
		const next = fillQuickFields(m, 1, [15, 17.5, 16.2]);
		expect([next.spx, next.vix, next.vix3m, next.futures[0].price]).toEqual([m.spx, 15, 17.5, 16.2]);
		expect(m.vix).toBe(14.49); // the input is not changed
	});

	it('adds the next listed futures when the row is longer than the curve', () => {
		const next = fillQuickFields(m, FIRST_FUTURE, [16.15, 17.87, 18.95, 19.5]);
		expect(next.futures.map((f) => f.price)).toEqual([16.15, 17.87, 18.95, 19.5]);
		expect(next.futures[3].expiry).toBe(vxExpiriesAfter(m.futures[2].expiry, 1)[0]);
	});
});

describe('todayInNewYork', () => {
	it("is New York's date, not the phone's", () => {
		// 02:30 UTC on 10 Jan 2026 is still 9 Jan in New York (UTC−5).
		expect(todayInNewYork(new Date(Date.UTC(2026, 0, 10, 2, 30)))).toBe('2026-01-09');
		expect(todayInNewYork(new Date(Date.UTC(2026, 0, 10, 6, 0)))).toBe('2026-01-10');
	});
});
