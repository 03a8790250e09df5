// Words for what an import did: a file's outcome and the rows it left out, a stored series' range and gaps, and the
// proxy's error. Pure, so the sentences are tested without a browser.
import type { ImportOutcome, ProxyErrorBucket, SeriesReport } from '../../engine';
import { int, isoDateLabel, pctFromFraction } from '../../text/format';

const LAYOUT_NAMES: Record<string, string> = {
	cboe: 'Cboe',
	yahoo: 'Yahoo',
	stooq: 'Stooq',
	fred: 'FRED',
	cfe: 'CFE',
};

/** One line for an accepted file, e.g. 'VIX (Cboe): 9,223 rows, 12 new'. */
export function acceptedText(o: Extract<ImportOutcome, { ok: true }>): string {
	const what = o.layout === 'cfe' ? `VX ${o.what}` : o.what;
	const added = o.added === 0 ? 'nothing new' : o.added === o.rows ? 'all new' : `${int(o.added)} new`;
	return `${what} (${LAYOUT_NAMES[o.layout] ?? o.layout}): ${int(o.rows)} rows, ${added}`;
}

/** The rows a file left out and why, or '' when none. */
export function notesText(o: Extract<ImportOutcome, { ok: true }>): string {
	const n = o.notes;
	const parts = [
		n.beforeCalendar > 0 ? `${int(n.beforeCalendar)} before 1990` : '',
		n.missingValue > 0 ? `${int(n.missingValue)} without a value` : '',
		n.zeroSettle > 0 ? `${int(n.zeroSettle)} with a zero settlement` : '',
		n.identicalDuplicates > 0 ? `${int(n.identicalDuplicates)} exact repeats` : '',
	].filter(Boolean);
	return parts.length === 0 ? '' : `Left out: ${parts.join(', ')}.`;
}

/** Where a refusal points: 'at line 12', or 'as a whole' (its size, or its disagreement with what is stored). */
export const refusalPlace = (line: number) => (line > 0 ? `at line ${int(line)}` : 'as a whole');

/** A stored series' missing business days, e.g. '4 missing business days, most after 7 Sep 1990 (2)'. */
export function gapsText(r: SeriesReport): string {
	if (r.missingBusinessDays === 0) return 'no missing business days';
	const g = r.largestGaps[0];
	const days = r.missingBusinessDays === 1 ? 'day' : 'days';
	return `${int(r.missingBusinessDays)} missing business ${days}${g ? `, most after ${isoDateLabel(g.after)} (${int(g.missingBusinessDays)})` : ''}`;
}

/** A tenor bucket's label: '0–30 d', '≥ 270 d'. */
export const tenorLabel = (b: ProxyErrorBucket) =>
	b.toDays === null ? `≥ ${b.fromDays} d` : `${b.fromDays}–${b.toDays} d`;

/** A log error as a signed percentage (0.017 → '+1.7 %'). */
export const logPct = (x: number, signed = true) => pctFromFraction(x, { digits: 1, signed });
