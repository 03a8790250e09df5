import { describe, expect, it } from 'vitest';
import { rsiLine } from '../../../src/ui/market/measures';

describe('rsiLine', () => {
	it('gives the RSI with the count of closes and the last five it read, oldest first', () => {
		const closes = Array.from({ length: 20 }, (_, i) => 15 + i * 0.5);
		expect(rsiLine(closes)).toBe('RSI(14) 100.0 from 20 VIX closes: … 22.50, 23.00, 23.50, 24.00, 24.50');
	});
	it('says what is missing below 15 closes', () => {
		expect(rsiLine([])).toBe('RSI(14): no recent VIX closes (it needs 15)');
		expect(rsiLine([16, 17])).toBe('RSI(14): 2 of the 15 closes it needs');
	});
});
