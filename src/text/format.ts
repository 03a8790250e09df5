// Every number and date the UI prints goes through here, so the screen never shows NaN, Infinity or `undefined`:
// anything non-finite (or null/undefined, or a malformed date) prints as an em dash. Negative numbers use the true
// minus sign (U+2212); a value that rounds to zero prints without a sign, so "−0.00" never appears.

/** What a missing or non-finite value prints as. */
export const DASH = '—';
/** U+2212, the typographic minus sign (the same one d3-format uses on chart ticks). */
export const MINUS = '\u2212';

export type MaybeNumber = number | null | undefined;

/** True for a finite number (a type guard: null, undefined, NaN and ±Infinity are not). */
export function isNum(x: unknown): x is number {
	return typeof x === 'number' && Number.isFinite(x);
}

// Intl formatters are costly to build and cheap to reuse: one per number of decimals.
const grouped = new Map<number, Intl.NumberFormat>();
const plain = new Map<number, Intl.NumberFormat>();
function formatter(digits: number, group: boolean): Intl.NumberFormat {
	const cache = group ? grouped : plain;
	let f = cache.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-US', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			useGrouping: group,
		});
		cache.set(digits, f);
	}
	return f;
}

const clampDigits = (d: number) => (Number.isInteger(d) ? Math.min(Math.max(d, 0), 12) : 2);

/** The sign to print for `x` once rounded to `digits` decimals ('' for zero, or for positives unless signed). */
function signOf(x: number, digits: number, signed: boolean): string {
	const rounded = Math.round(Math.abs(x) * 10 ** digits);
	if (rounded === 0) return '';
	return x < 0 ? MINUS : signed ? '+' : '';
}

interface NumberOptions {
	/** Print '+' before positive values (deltas, P&L). */
	signed?: boolean;
	/** Thousands separators (default true). */
	group?: boolean;
}

/**
 * A plain number with `digits` decimals.
 * @example num(1234.567, 2) // '1,234.57'
 * @example num(-0.001, 2) // '0.00'
 * @example num(NaN) // '—'
 */
export function num(x: MaybeNumber, digits = 2, opts: NumberOptions = {}): string {
	if (!isNum(x)) return DASH;
	const d = clampDigits(digits);
	return signOf(x, d, opts.signed ?? false) + formatter(d, opts.group ?? true).format(Math.abs(x));
}

/** A number with a sign always shown for non-zero values. @example signed(1.5, 1) // '+1.5' */
export function signed(x: MaybeNumber, digits = 2): string {
	return num(x, digits, { signed: true });
}

/** A whole number with separators. @example int(12345.6) // '12,346' */
export function int(x: MaybeNumber): string {
	return num(x, 0);
}

export interface UsdOptions {
	/** Print '+' before gains (P&L). */
	signed?: boolean;
	/** Two decimals (default: whole dollars). */
	cents?: boolean;
}

/**
 * Dollars.
 * @example usd(1234.5) // '$1,235'
 * @example usd(-1234.5, { cents: true }) // '−$1,234.50'
 * @example usd(250, { signed: true }) // '+$250'
 * @example usd(undefined) // '—'
 */
export function usd(x: MaybeNumber, opts: UsdOptions = {}): string {
	if (!isNum(x)) return DASH;
	const d = opts.cents ? 2 : 0;
	return signOf(x, d, opts.signed ?? false) + '$' + formatter(d, true).format(Math.abs(x));
}

const COMPACT: [number, string][] = [
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'k'],
];

/** The value scaled to k/M/B/T with up to `digits` significant decimals, trailing zeros trimmed. */
function compactBody(abs: number, digits: number): string {
	for (const [size, suffix] of COMPACT) {
		// Round first so 999,960 reads '1M' rather than '1,000k'.
		const scaled = Number((abs / size).toFixed(digits));
		if (scaled >= 1) return String(scaled) + suffix;
	}
	return String(Number(abs.toFixed(digits)));
}

/**
 * Dollars in compact form for axis ticks and tight read-outs.
 * @example usdCompact(12_345) // '$12.3k'
 * @example usdCompact(-2_500_000, { signed: true }) // '−$2.5M'
 */
export function usdCompact(x: MaybeNumber, opts: { signed?: boolean; digits?: number } = {}): string {
	if (!isNum(x)) return DASH;
	const body = compactBody(Math.abs(x), clampDigits(opts.digits ?? 1));
	const zero = Number(body.replace(/[kMBT]$/, '')) === 0;
	const sign = zero ? '' : x < 0 ? MINUS : opts.signed ? '+' : '';
	return `${sign}$${body}`;
}

/**
 * A percentage from a fraction (0.142 is 14.2 %): rates, yields, vols, probabilities stored as decimals.
 * @example pctFromFraction(0.142) // '14.2 %'
 * @example pctFromFraction(-0.1, { signed: true, digits: 0 }) // '−10 %'
 */
export function pctFromFraction(x: MaybeNumber, opts: { digits?: number; signed?: boolean } = {}): string {
	return isNum(x) ? pctFromPercent(x * 100, opts) : DASH;
}

/**
 * A percentage from a value already in percent (14.2 is 14.2 %): SPX moves in %, contango %.
 * @example pctFromPercent(14.2) // '14.2 %'
 * @example pctFromPercent(3.456, { digits: 2, signed: true }) // '+3.46 %'
 */
export function pctFromPercent(x: MaybeNumber, opts: { digits?: number; signed?: boolean } = {}): string {
	if (!isNum(x)) return DASH;
	return `${num(x, opts.digits ?? 1, { signed: opts.signed })} %`;
}

/**
 * Index points (SPX or VIX levels, strikes, option prices in points).
 * @example pts(16.1552, 2) // '16.16'
 * @example pts(-1.3, 1, { signed: true }) // '−1.3'
 */
export function pts(x: MaybeNumber, digits = 2, opts: { signed?: boolean } = {}): string {
	return num(x, digits, { signed: opts.signed });
}

/**
 * A volatility given as a decimal (0.142 per year), printed in percent.
 * @example vol(0.142) // '14.2 %'
 */
export function vol(x: MaybeNumber, digits = 1): string {
	return pctFromFraction(x, { digits });
}

/**
 * A count of calendar days. @example days(45) // '45 d'
 */
export function days(x: MaybeNumber): string {
	return isNum(x) ? `${int(x)} d` : DASH;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Year, month (1–12) and day of a real 'YYYY-MM-DD' date, or null. */
export function parseIsoDate(iso: unknown): { y: number; m: number; d: number } | null {
	if (typeof iso !== 'string') return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// Round-trip through UTC to reject 2026-02-30 and friends.
	const t = new Date(Date.UTC(y, m - 1, d));
	if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
	return { y, m, d };
}

/**
 * A calendar date ('YYYY-MM-DD', exchange-local) for reading: no time zone is applied, so it never shifts a day.
 * @example isoDateLabel('2026-01-09') // '9 Jan 2026'
 * @example isoDateLabel('2026-02-30') // '—'
 */
export function isoDateLabel(iso: unknown): string {
	const p = parseIsoDate(iso);
	return p ? `${p.d} ${MONTHS[p.m - 1]} ${p.y}` : DASH;
}

/**
 * A calendar date's day and month, for a date whose year is said nearby.
 * @example dayMonthLabel('2026-12-16') // '16 Dec'
 */
export function dayMonthLabel(iso: unknown): string {
	const p = parseIsoDate(iso);
	return p ? `${p.d} ${MONTHS[p.m - 1]}` : DASH;
}

/**
 * A date as a VX contract label: month and two-digit year.
 * @example contractLabel('2026-02-18') // 'Feb 26'
 */
export function contractLabel(iso: unknown): string {
	const p = parseIsoDate(iso);
	return p ? `${MONTHS[p.m - 1]} ${String(p.y % 100).padStart(2, '0')}` : DASH;
}

/**
 * A ladder layer's name. @example layerName('near') // 'Near'
 */
export function layerName(id: string): string {
	return id ? id[0].toUpperCase() + id.slice(1) : DASH;
}

/**
 * A moment (ms since the epoch, e.g. a scenario's updatedAt) in the device's local time.
 * @example timestamp(Date.UTC(2026, 0, 9, 14, 5)) // '9 Jan 2026, 14:05' (in UTC)
 */
export function timestamp(ms: MaybeNumber): string {
	if (!isNum(ms)) return DASH;
	const t = new Date(ms);
	if (!Number.isFinite(t.getTime())) return DASH;
	const hh = String(t.getHours()).padStart(2, '0');
	const mm = String(t.getMinutes()).padStart(2, '0');
	return `${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}, ${hh}:${mm}`;
}

/**
 * The colour class of a P&L, the app's one sign-colour rule: 'good' for a gain, 'bad' for a loss, none for what prints
 * as zero at `digits` decimals (a −$0.0000001 is "$0", and plain) or for no number.
 * @example pnlTone(-3) // 'bad'
 * @example pnlTone(-0.4) // undefined (prints as $0)
 */
export function pnlTone(x: MaybeNumber, digits = 0): 'good' | 'bad' | undefined {
	if (!isNum(x)) return undefined;
	const sign = signOf(x, clampDigits(digits), true);
	return sign === '+' ? 'good' : sign === MINUS ? 'bad' : undefined;
}
