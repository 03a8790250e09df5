import { describe, expect, it } from 'vitest';
import { Xoshiro128, splitmix32, streamSeed } from '../../../src/engine';

const draw = (seed: number, n: number) => {
	const rng = new Xoshiro128(seed);
	return Array.from({ length: n }, () => rng.nextUint32());
};

describe('Xoshiro128', () => {
	it('same seed gives a bit-identical stream; reseed restarts it; another seed differs', () => {
		expect(draw(42, 100)).toEqual(draw(42, 100));
		const rng = new Xoshiro128(7);
		const a = [rng.uniform(), rng.normal(), rng.normal(), rng.uniformOpen()];
		rng.reseed(7);
		expect([rng.uniform(), rng.normal(), rng.normal(), rng.uniformOpen()]).toEqual(a);
		expect(draw(43, 100)).not.toEqual(draw(42, 100));
	});
	it('outputs 32-bit unsigned integers, uniforms in [0, 1) and open uniforms in (0, 1)', () => {
		const rng = new Xoshiro128(1);
		for (let i = 0; i < 10_000; i++) {
			const x = rng.nextUint32();
			expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
			const u = rng.uniform();
			expect(u >= 0 && u < 1).toBe(true);
			const v = rng.uniformOpen();
			expect(v > 0 && v < 1).toBe(true);
		}
	});
	it('uniform() has mean ½ and variance 1/12; normal() mean 0 and variance 1 (within 4 standard errors)', () => {
		const rng = new Xoshiro128(2026);
		const n = 200_000;
		let su = 0;
		let su2 = 0;
		let sz = 0;
		let sz2 = 0;
		let sz4 = 0;
		for (let i = 0; i < n; i++) {
			const u = rng.uniform();
			su += u;
			su2 += u * u;
			const z = rng.normal();
			sz += z;
			sz2 += z * z;
			sz4 += z ** 4;
		}
		expect(Math.abs(su / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
		expect(Math.abs(su2 / n - (su / n) ** 2 - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
		expect(Math.abs(sz / n)).toBeLessThan(4 / Math.sqrt(n));
		expect(Math.abs(sz2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
		expect(Math.abs(sz4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
	});
});

describe('splitmix32 and streamSeed', () => {
	it('splitmix32 advances the state by the golden gamma', () => {
		const [next] = splitmix32(0);
		expect(next).toBe(0x9e3779b9 | 0);
	});
	it('gives distinct stream seeds for neighbouring indices and seeds', () => {
		const seeds = new Set<number>();
		for (let s = 0; s < 20; s++) for (let i = 0; i < 500; i++) seeds.add(streamSeed(s, i));
		expect(seeds.size).toBe(20 * 500);
	});
});
