import { describe, expect, it } from 'vitest';
import {
	acceptedText,
	gapsText,
	notesText,
	refusalPlace,
	tenorLabel,
} from '../../../src/ui/history/importText';

const notes = { rows: 10, beforeCalendar: 0, missingValue: 0, zeroSettle: 0, identicalDuplicates: 0 };

describe('import text', () => {
	it('says what an accepted file held and what was new', () => {
		const o = {
			name: 'VIX_History.csv',
			ok: true as const,
			what: 'VIX',
			layout: 'cboe' as const,
			rows: 9223,
			added: 9223,
			notes,
		};
		expect(acceptedText(o)).toBe('VIX (Cboe): 9,223 rows, all new');
		expect(acceptedText({ ...o, added: 0 })).toBe('VIX (Cboe): 9,223 rows, nothing new');
		expect(acceptedText({ ...o, what: 'G (Feb 2018)', layout: 'cfe', rows: 180, added: 12 })).toBe(
			'VX G (Feb 2018) (CFE): 180 rows, 12 new',
		);
		expect(notesText(o)).toBe('');
		expect(notesText({ ...o, notes: { ...notes, beforeCalendar: 15570, zeroSettle: 3 } })).toBe(
			'Left out: 15,570 before 1990, 3 with a zero settlement.',
		);
	});
	it('points a refusal at its line or the whole file', () => {
		expect([refusalPlace(12), refusalPlace(0)]).toEqual(['at line 12', 'as a whole']);
	});
	it('words the gaps and the tenor buckets', () => {
		const r = {
			what: 'VIX',
			rows: 9223,
			from: '1990-01-02',
			to: '2026-02-27',
			missingBusinessDays: 0,
			largestGaps: [],
		};
		expect(gapsText(r)).toBe('no missing business days');
		expect(
			gapsText({
				...r,
				missingBusinessDays: 4,
				largestGaps: [{ after: '1990-09-07', before: '1990-09-12', missingBusinessDays: 2 }],
			}),
		).toBe('4 missing business days, most after 7 Sep 1990 (2)');
		expect(tenorLabel({ fromDays: 0, toDays: 30, n: 1, meanLog: 0, rmseLog: 0 })).toBe('0–30 d');
		expect(tenorLabel({ fromDays: 270, toDays: null, n: 1, meanLog: 0, rmseLog: 0 })).toBe('≥ 270 d');
	});
});
