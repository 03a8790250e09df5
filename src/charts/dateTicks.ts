// Date ticks for an x axis in days since 1970-01-01 (UTC day numbers): whole years, quarters or months, or days,
// whichever steps give about `count` ticks, with labels that say no more than the step needs ('2020', 'Mar 2020',
// '16 Mar'). No time zone enters: a day number is a calendar date.

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayOf = (y: number, m: number, d = 1) => Date.UTC(y, m, d) / MS_PER_DAY;

export interface DateTicks {
	/** Day numbers of the ticks, increasing, within the domain. */
	values: number[];
	format(day: number): string;
}

/**
 * Ticks for a domain of day numbers.
 * @example dateTicks([18262, 19358], 4).values.map(format) // ['2020', '2021', '2022', '2023'] (2020-01-01 → 2023-01-01)
 */
export function dateTicks(domain: readonly [number, number], count = 5): DateTicks {
	const [lo, hi] = domain;
	if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return { values: [], format: label('day') };
	const span = hi - lo;
	const want = Math.max(1, count);
	const first = new Date(lo * MS_PER_DAY);
	const y0 = first.getUTCFullYear();
	const m0 = first.getUTCMonth();
	for (const years of [1, 2, 5, 10, 20, 50])
		if (span / (365.25 * years) <= want && span >= 365 * Math.min(years, 2)) {
			const values: number[] = [];
			for (let y = Math.ceil(y0 / years) * years; dayOf(y, 0) <= hi; y += years)
				if (dayOf(y, 0) >= lo) values.push(dayOf(y, 0));
			if (values.length >= 2 || years === 50) return { values, format: label('year') };
		}
	for (const months of [1, 3, 6])
		if (span / (30.44 * months) <= want && span >= 45) {
			const values: number[] = [];
			for (let k = Math.ceil(m0 / months) * months; ; k += months) {
				const d = dayOf(y0 + Math.floor(k / 12), k % 12);
				if (d > hi) break;
				if (d >= lo) values.push(d);
			}
			return { values, format: label(months === 1 && span < 200 ? 'monthDay' : 'month') };
		}
	const step = [1, 2, 7, 14].find((s) => span / s <= want) ?? 14;
	const values: number[] = [];
	// Weekly steps fall on Mondays (day 4 was one: 1970-01-01 was a Thursday).
	let d = Math.ceil(lo);
	if (step >= 7) d += (((4 - d) % 7) + 7) % 7;
	for (; d <= hi; d += step) values.push(d);
	return { values, format: label('day') };
}

function label(kind: 'year' | 'month' | 'monthDay' | 'day'): (day: number) => string {
	return (day) => {
		const d = new Date(day * MS_PER_DAY);
		const y = d.getUTCFullYear();
		const m = MONTHS[d.getUTCMonth()];
		if (kind === 'year') return String(y);
		if (kind === 'month') return d.getUTCMonth() === 0 ? String(y) : `${m} ’${String(y).slice(2)}`;
		if (kind === 'monthDay') return d.getUTCMonth() === 0 ? `Jan ${y}` : m;
		return `${d.getUTCDate()} ${m}`;
	};
}

/** A day number as YYYY-MM-DD. @example isoOfDay(18337) // '2020-03-16' */
export function isoOfDay(day: number): string {
	return Number.isFinite(day) ? new Date(day * MS_PER_DAY).toISOString().slice(0, 10) : '—';
}
