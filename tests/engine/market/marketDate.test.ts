import { describe, expect, it } from 'vitest';
import {
	defaultMarket,
	latestCloseDate,
	marketOnDate,
	ownMarket,
	validateMarket,
	volOfVolForMode,
} from '../../../src/engine';

const m = defaultMarket(); // 2026-01-09, VX Jan/Feb/Mar 26

describe('marketOnDate', () => {
	it('rolls each future to the listed expiry at its place after the new date, prices kept', () => {
		// Cboe's VX calendar for 2026: 21 Jan, 18 Feb, 18 Mar, 15 Apr.
		const next = marketOnDate(m, '2026-02-02');
		expect(next.valuationDate).toBe('2026-02-02');
		expect(next.futures.map((f) => f.expiry)).toEqual(['2026-02-18', '2026-03-18', '2026-04-15']);
		expect(next.futures.map((f) => f.price)).toEqual(m.futures.map((f) => f.price));
		expect(validateMarket(next)).toEqual([]);
	});

	it('leaves a future expiring on the new date out (it settled at the open)', () => {
		expect(marketOnDate(m, '2026-01-21').futures[0].expiry).toBe('2026-02-18');
	});

	it('moves typed VIX-option vols with their futures', () => {
		const typed = { ...m, volOfVol: volOfVolForMode(m, 'typed') };
		const next = marketOnDate(typed, '2026-02-02');
		expect(next.volOfVol.mode === 'typed' && next.volOfVol.byExpiry.map((r) => r.expiry)).toEqual(
			next.futures.map((f) => f.expiry),
		);
	});
});

describe('latestCloseDate and ownMarket', () => {
	it('is today on a business day, Friday on a weekend, the day before a holiday', () => {
		expect(latestCloseDate('2026-03-04')).toBe('2026-03-04'); // a Wednesday
		expect(latestCloseDate('2026-03-07')).toBe('2026-03-06'); // Saturday → Friday
		expect(latestCloseDate('2026-07-03')).toBe('2026-07-02'); // Independence Day observed on Friday 3 July
	});

	it('values the sample at the latest close and empties the sample day’s VIX closes', () => {
		const own = ownMarket(m, '2026-03-07');
		expect(own.valuationDate).toBe('2026-03-06');
		expect(own.recentVixCloses).toEqual([]);
		expect(own.futures[0].expiry).toBe('2026-03-18');
		expect(own.spx).toBe(m.spx);
	});
});
