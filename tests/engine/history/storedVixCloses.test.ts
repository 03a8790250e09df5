// The prior VIX closes of a typed market, read from the stored VIX import: synthetic cases, and the real Cboe file
// against the closes the dated presets carry (skipped, with the reason in the name, when ../shared/data is absent).
import { describe, expect, it } from 'vitest';
import { PRESET_PRIOR_CLOSES } from '../../../src/engine/measured/presetHistory.generated';
import { EMPTY_HISTORY, storedVixClosesBefore, type StoredHistory } from '../../../src/engine/history';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';
import { seriesOnBusinessDays } from '../../fixtures/history';

// Thu 2024-08-01 … Wed 2024-08-07 (business days), closes 1 … 5.
const vix = seriesOnBusinessDays('VIX', '2024-08-01', [1, 2, 3, 4, 5]);
const stored: StoredHistory = { indexes: [vix], contracts: [] };

describe('storedVixClosesBefore', () => {
	it('gives the closes before the date, oldest first, at most `count`', () => {
		expect(storedVixClosesBefore(stored, '2024-08-07', 59)).toEqual([1, 2, 3, 4]);
		expect(storedVixClosesBefore(stored, '2024-08-07', 2)).toEqual([3, 4]);
		// The day after the last close, and a Monday after a Friday close: the series reaches the day before.
		expect(storedVixClosesBefore(stored, '2024-08-08', 59)).toEqual([1, 2, 3, 4, 5]);
		expect(storedVixClosesBefore(seriesOnly([1, 2], '2024-08-01'), '2024-08-05', 59)).toEqual([1, 2]);
	});
	it('starts after a gap in the series: no RSI across a missing stretch', () => {
		const gapped: StoredHistory = {
			indexes: [
				{
					id: 'VIX',
					days: Int32Array.of(...seriesOnBusinessDays('VIX', '2018-01-02', [1, 2]).days, ...vix.days),
					close: Float64Array.of(7, 8, 1, 2, 3, 4, 5),
				},
			],
			contracts: [],
		};
		expect(storedVixClosesBefore(gapped, '2024-08-07', 59)).toEqual([1, 2, 3, 4]);
	});
	it('is null when the series stops before the business day before the date, or there is none', () => {
		expect(storedVixClosesBefore(stored, '2024-08-09', 59)).toBeNull();
		expect(storedVixClosesBefore(stored, '2024-08-01', 59)).toBeNull();
		expect(storedVixClosesBefore(EMPTY_HISTORY, '2024-08-07', 59)).toBeNull();
		expect(storedVixClosesBefore(stored, '2024-08-07', 0)).toBeNull();
	});
});

function seriesOnly(closes: number[], start: string): StoredHistory {
	return { indexes: [seriesOnBusinessDays('VIX', start, closes)], contracts: [] };
}

const HAVE = haveHistoryFiles();

describe.skipIf(!HAVE)('storedVixClosesBefore on Cboe’s VIX file (skipped: ../shared/data is absent)', () => {
	it('reads the same 59 closes each dated preset carries', () => {
		const history: StoredHistory = { indexes: [loadHistoryFiles().series.vix], contracts: [] };
		for (const p of PRESET_PRIOR_CLOSES)
			expect(storedVixClosesBefore(history, p.date, 59), p.date).toEqual([...p.vix]);
	});
});
