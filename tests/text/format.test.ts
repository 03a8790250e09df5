import { describe, expect, it } from 'vitest';
import {
	DASH,
	dayMonthLabel,
	pnlTone,
	layerName,
	MINUS,
	contractLabel,
	days,
	int,
	isNum,
	isoDateLabel,
	num,
	parseIsoDate,
	pctFromFraction,
	pctFromPercent,
	pts,
	signed,
	timestamp,
	usd,
	usdCompact,
	vol,
} from '../../src/text/format';

const bad = [NaN, Infinity, -Infinity, null, undefined];
const m = (s: string) => s.replace(/-/g, MINUS); // write expectations with '-', compare with U+2212

describe('format: nothing non-finite ever prints', () => {
	const all: [string, (x: number | null | undefined) => string][] = [
		['num', (x) => num(x)],
		['signed', (x) => signed(x)],
		['int', (x) => int(x)],
		['usd', (x) => usd(x)],
		['usd signed cents', (x) => usd(x, { signed: true, cents: true })],
		['usdCompact', (x) => usdCompact(x)],
		['pctFromFraction', (x) => pctFromFraction(x)],
		['pctFromPercent', (x) => pctFromPercent(x)],
		['pts', (x) => pts(x)],
		['vol', (x) => vol(x)],
		['days', (x) => days(x)],
		['timestamp', (x) => timestamp(x)],
	];
	for (const [name, f] of all)
		it(`${name}(NaN | ±Infinity | null | undefined) is '—'`, () => {
			for (const x of bad) expect(f(x)).toBe(DASH);
		});
	it('isNum(x) accepts only finite numbers', () => {
		expect([0, -1.5, 1e308].every(isNum)).toBe(true);
		expect([...bad, '1', {}].some(isNum)).toBe(false);
	});
});

describe('format: numbers', () => {
	const cases: [string, string, string][] = [
		['num(1234.567, 2)', num(1234.567, 2), '1,234.57'],
		['num(-1234.567, 1)', num(-1234.567, 1), m('-1,234.6')],
		['num(-0.001, 2) drops the sign of a rounded zero', num(-0.001, 2), '0.00'],
		['num(-0, 0)', num(-0, 0), '0'],
		['num(12345, 0, { group: false })', num(12345, 0, { group: false }), '12345'],
		['num(1.25, 2.5) falls back to 2 digits', num(1.25, 2.5), '1.25'],
		['signed(1.5, 1)', signed(1.5, 1), '+1.5'],
		['signed(-1.5, 1)', signed(-1.5, 1), m('-1.5')],
		['signed(0.004, 2)', signed(0.004, 2), '0.00'],
		['int(12345.6)', int(12345.6), '12,346'],
		['usd(1234.5)', usd(1234.5), '$1,235'],
		['usd(-1234.5, cents)', usd(-1234.5, { cents: true }), m('-$1,234.50')],
		['usd(250, signed)', usd(250, { signed: true }), '+$250'],
		['usd(-250, signed)', usd(-250, { signed: true }), m('-$250')],
		['usd(-0.4, signed) is $0', usd(-0.4, { signed: true }), '$0'],
		['usd(0, signed cents)', usd(0, { signed: true, cents: true }), '$0.00'],
		['usd(1e21) prints digits, not exponent', usd(1e21), '$1,000,000,000,000,000,000,000'],
		['usdCompact(12345)', usdCompact(12345), '$12.3k'],
		['usdCompact(-2_500_000, signed)', usdCompact(-2_500_000, { signed: true }), m('-$2.5M')],
		['usdCompact(999_960) rounds up a unit', usdCompact(999_960), '$1M'],
		['usdCompact(1500, signed)', usdCompact(1500, { signed: true }), '+$1.5k'],
		['usdCompact(12)', usdCompact(12), '$12'],
		['usdCompact(-0.01, signed)', usdCompact(-0.01, { signed: true }), '$0'],
		['usdCompact(3e9, digits 0)', usdCompact(3.4e9, { digits: 0 }), '$3B'],
		['pctFromFraction(0.142)', pctFromFraction(0.142), '14.2 %'],
		[
			'pctFromFraction(-0.1, signed, 0 digits)',
			pctFromFraction(-0.1, { signed: true, digits: 0 }),
			m('-10 %'),
		],
		['pctFromPercent(14.2)', pctFromPercent(14.2), '14.2 %'],
		[
			'pctFromPercent(3.456, 2 digits, signed)',
			pctFromPercent(3.456, { digits: 2, signed: true }),
			'+3.46 %',
		],
		['pts(16.1552, 2)', pts(16.1552, 2), '16.16'],
		['pts(-1.3, 1, signed)', pts(-1.3, 1, { signed: true }), m('-1.3')],
		['pts(6966.28, 2)', pts(6966.28, 2), '6,966.28'],
		['vol(0.142)', vol(0.142), '14.2 %'],
		['vol(0.9, 0)', vol(0.9, 0), '90 %'],
		['days(45)', days(45), '45 d'],
	];
	for (const [name, got, want] of cases) it(`${name} → '${want}'`, () => expect(got).toBe(want));
});

describe('format: dates', () => {
	const cases: [unknown, string, string][] = [
		['2026-01-09', '9 Jan 2026', 'Jan 26'],
		['2017-11-15', '15 Nov 2017', 'Nov 17'],
		['2000-02-29', '29 Feb 2000', 'Feb 00'],
		['2026-02-30', DASH, DASH],
		['2026-13-01', DASH, DASH],
		['2026-1-9', DASH, DASH],
		['', DASH, DASH],
		[null, DASH, DASH],
		[20260109, DASH, DASH],
	];
	for (const [iso, label, contract] of cases)
		it(`isoDateLabel(${JSON.stringify(iso)}) → '${label}', contractLabel → '${contract}'`, () => {
			expect(isoDateLabel(iso)).toBe(label);
			expect(contractLabel(iso)).toBe(contract);
		});
	it('parseIsoDate splits a real date and refuses a malformed one', () => {
		expect(parseIsoDate('2026-01-21')).toEqual({ y: 2026, m: 1, d: 21 });
		expect(parseIsoDate('2026-01-21T00:00')).toBeNull();
	});
	it('timestamp(ms) prints the local date and time', () => {
		const t = new Date(2026, 0, 9, 14, 5).getTime();
		expect(timestamp(t)).toBe('9 Jan 2026, 14:05');
		expect(timestamp(8.64e15 + 1)).toBe(DASH); // beyond the Date range
	});
});

describe('layerName(id)', () => {
	it('capitalises a layer id', () => {
		expect([layerName('near'), layerName('mid'), layerName('long'), layerName('')]).toEqual([
			'Near',
			'Mid',
			'Long',
			DASH,
		]);
	});
});

describe('pnlTone(x)', () => {
	it('colours gains and losses, and nothing for zero or no number', () => {
		expect([pnlTone(3), pnlTone(-0.6), pnlTone(0), pnlTone(NaN), pnlTone(undefined)]).toEqual([
			'good',
			'bad',
			undefined,
			undefined,
			undefined,
		]);
	});
	it('leaves plain what prints as zero: −$0.01 is "$0" in whole dollars, a loss in cents', () => {
		expect([pnlTone(-0.01), pnlTone(1e-9), pnlTone(-0.01, 2), pnlTone(0.004, 2)]).toEqual([
			undefined,
			undefined,
			'bad',
			undefined,
		]);
	});
});

describe('dayMonthLabel', () => {
	it('prints the day and month of a real date, a dash otherwise', () => {
		expect(dayMonthLabel('2026-12-16')).toBe('16 Dec');
		expect(dayMonthLabel('2026-02-30')).toBe('—');
	});
});
