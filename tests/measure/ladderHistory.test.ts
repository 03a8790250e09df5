import { describe, expect, it } from 'vitest';
import { Xoshiro128, black76Price } from '../../src/engine';
import { blockBootstrapSe } from '../../scripts/measure/bootstrap';
import {
	cboeVixStrike,
	condorExpiry,
	ladderExpiries,
	ladderOutcome,
	vixCallMid,
	yearsToSettlement,
} from '../../scripts/measure/ladderHistory';
import { mean, stdev } from '../../scripts/measure/stats';

describe('cboeVixStrike', () => {
	it('rounds to 1 point up to 30, 2.5 from 30 to 50 and 5 above', () => {
		expect([12.4, 12.6, 29.6, 30.4, 31.3, 33.7, 48.6, 49.9, 51, 53, 57.4, 91].map(cboeVixStrike)).toEqual([
			12, 13, 30, 30, 32.5, 32.5, 47.5, 50, 50, 55, 55, 90,
		]);
	});
});

describe('condorExpiry and ladderExpiries', () => {
	it('holds 45 calendar days to a business day and picks near / ≈110 / ≈220 DTE listed VX expiries', () => {
		// 2026-01-09 + 45 = 2026-02-23 (Monday). VX: Mar 18; Apr 15 (96 DTE) beats May 19 (130); Aug 19 (222 DTE).
		expect(condorExpiry('2026-01-09')).toBe('2026-02-23');
		expect(ladderExpiries('2026-01-09', '2026-02-23')).toEqual(['2026-03-18', '2026-04-15', '2026-08-19']);
	});
	it('falls back to the Friday when start + 45 is a weekend, and keeps a VX expiry on the condor day as near', () => {
		// 2017-10-07 (Saturday) → 2017-10-06. A start on 2017-10-01 ends 2017-11-15, the Nov 2017 VX expiry.
		expect(condorExpiry('2017-08-23')).toBe('2017-10-06');
		expect(ladderExpiries('2017-10-01', '2017-11-15')[0]).toBe('2017-11-15');
	});
});

describe('vixCallMid', () => {
	it('is Black-76 at σ_ATM·(1 + 0.5·ln(K/F)) with σ_ATM = √((1 − e^{−10T})/(10T)), r = 0', () => {
		const [F, K, T] = [20, 26, 0.25];
		const atm = Math.sqrt((1 - Math.exp(-10 * T)) / (10 * T));
		expect(vixCallMid(F, K, T)).toBeCloseTo(
			black76Price('call', F, K, T, 0, atm * (1 + 0.5 * Math.log(K / F))),
			14,
		);
	});
});

describe('ladderOutcome', () => {
	const start = '2026-01-09';
	it('sums 4/4/2 calls at 130 % strikes and loses (almost) everything when VIX collapses', () => {
		const o = ladderOutcome(
			start,
			'contango',
			(date) => (date === start ? 20 : 0.01),
			() => 5,
		)!;
		expect(o.legs.map((l) => [l.count, l.strike])).toEqual([
			[4, 26],
			[4, 26],
			[2, 26],
		]);
		expect(o.premium).toBeCloseTo(
			o.legs.reduce((s, l) => s + l.count * vixCallMid(20, 26, yearsToSettlement(start, l.expiry)), 0),
			12,
		);
		expect(o.exitValue).toBeLessThan(1e-3);
		expect(o.pnlFraction).toBeCloseTo(-1, 3);
	});
	it('pays a layer that settles on the exit day its SOQ less the strike', () => {
		// Start 2017-10-01: the condor ends 2017-11-15, the Nov 2017 VX expiry, so the near calls settle that morning.
		const o = ladderOutcome(
			'2017-10-01',
			'contango',
			() => 12,
			() => 19.6,
		)!;
		expect(o.legs[0].expiry).toBe('2017-11-15');
		expect(o.legs[0].strike).toBe(16);
		expect(o.legs[0].exitPrice).toBeCloseTo(3.6, 12);
	});
	it('gives null when a price is missing', () => {
		expect(
			ladderOutcome(
				start,
				'contango',
				() => null,
				() => 15,
			),
		).toBeNull();
	});
});

describe('blockBootstrapSe', () => {
	it('gives σ/√n for the mean of independent draws with blocks of 1', () => {
		const rng = new Xoshiro128(5);
		const xs = Array.from({ length: 2000 }, () => rng.normal());
		const [se] = blockBootstrapSe(xs, (s) => [mean(s)], 1, 2000, 9);
		expect(se / (stdev(xs) / Math.sqrt(xs.length))).toBeGreaterThan(0.93);
		expect(se / (stdev(xs) / Math.sqrt(xs.length))).toBeLessThan(1.07);
	});
	it('widens for a persistent series when the blocks keep neighbours together', () => {
		const rng = new Xoshiro128(6);
		const xs: number[] = [0];
		for (let i = 1; i < 4000; i++) xs.push(0.95 * xs[i - 1] + rng.normal());
		const [iid] = blockBootstrapSe(xs, (s) => [mean(s)], 1, 400, 1);
		const [blocks] = blockBootstrapSe(xs, (s) => [mean(s)], 100, 400, 1);
		// An AR(1) with b = 0.95 has a long-run sd √((1 + b)/(1 − b)) ≈ 6.2 times the iid one.
		expect(blocks / iid).toBeGreaterThan(4);
	});
});
