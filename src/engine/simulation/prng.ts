// Seeded, reproducible random numbers for the regime lab (docs/simulation.md, "Random numbers and variance reduction"): xoshiro128** (Blackman–Vigna) seeded
// through splitmix32, uniform doubles, and standard normals by Box–Muller. Each antithetic pair of paths draws
// from its own stream, keyed by (seed, pair index), so a path's numbers never depend on how the run is chunked.

/**
 * One step of splitmix32 on a 32-bit state: returns the new state and the 32-bit output (murmur3's finaliser).
 * @param state any 32-bit integer. @returns [next state, output as an unsigned 32-bit integer].
 * @example splitmix32(0) // [−1640531527, …]
 */
export function splitmix32(state: number): [number, number] {
	const next = (state + 0x9e3779b9) | 0;
	let z = next;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return [next, (z ^ (z >>> 16)) >>> 0];
}

const TWO_POW_M32 = 1 / 4294967296;
const TWO_POW_M53 = 1 / 9007199254740992;
const TWO_PI = 2 * Math.PI;

/** xoshiro128**: 128 bits of state, period 2^128 − 1, 32-bit outputs. */
export class Xoshiro128 {
	private s0 = 0;
	private s1 = 0;
	private s2 = 0;
	private s3 = 0;
	/** The second normal of the last Box–Muller pair, when not yet used. */
	private spare = 0;
	private hasSpare = false;

	/**
	 * @param seed a 32-bit integer (other numbers are truncated to 32 bits); the four state words come from
	 * splitmix32 seeded with it, so the state is never all zero.
	 */
	constructor(seed: number) {
		this.reseed(seed);
	}

	/** Restarts the stream from a seed, exactly as a new generator would (no allocation, for the hot loop). */
	reseed(seed: number): void {
		let st = seed | 0;
		let out: number;
		[st, out] = splitmix32(st);
		this.s0 = out | 0;
		[st, out] = splitmix32(st);
		this.s1 = out | 0;
		[st, out] = splitmix32(st);
		this.s2 = out | 0;
		[, out] = splitmix32(st);
		this.s3 = out | 0;
		this.hasSpare = false;
	}

	/** Next output, an unsigned 32-bit integer. */
	nextUint32(): number {
		const s1 = this.s1;
		const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
		const t = s1 << 9;
		this.s2 ^= this.s0;
		this.s3 ^= s1;
		this.s1 ^= this.s2;
		this.s0 ^= this.s3;
		this.s2 ^= t;
		this.s3 = rotl(this.s3, 11);
		return r >>> 0;
	}

	/** Uniform double in [0, 1) with 53 random bits (two outputs). */
	uniform(): number {
		const hi = this.nextUint32() >>> 5;
		const lo = this.nextUint32() >>> 6;
		return (hi * 67108864 + lo) * TWO_POW_M53;
	}

	/** Uniform in the open interval (0, 1) from one output: (u + ½)/2^32, never 0 or 1 (safe under a log). */
	uniformOpen(): number {
		return (this.nextUint32() + 0.5) * TWO_POW_M32;
	}

	/**
	 * Standard normal by Box–Muller on two open uniforms: each pair of uniforms gives two normals, the second kept
	 * for the next call. The tails reach ±6.8 (32-bit uniforms), far beyond anything a daily step needs.
	 */
	normal(): number {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		const r = Math.sqrt(-2 * Math.log(this.uniformOpen()));
		const a = TWO_PI * this.uniformOpen();
		this.spare = r * Math.sin(a);
		this.hasSpare = true;
		return r * Math.cos(a);
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

/**
 * The 32-bit seed of stream `index` under a run seed: splitmix32 of the seed, mixed with the index through
 * splitmix32 again, so neighbouring indices and neighbouring seeds give unrelated streams.
 * @param seed the run's seed (32-bit integer). @param index the stream (antithetic pair) number, ≥ 0.
 */
export function streamSeed(seed: number, index: number): number {
	const [, h] = splitmix32(seed | 0);
	const [, out] = splitmix32((h ^ Math.imul(index | 0, 0x27d4eb2f)) | 0);
	return out | 0;
}
