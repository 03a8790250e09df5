// The fixed, seeded set of realistic SPX option tuples every pricing figure is measured on.

/** xoshiro128** seeded by splitmix32: fast, reproducible uniforms in [0, 1). */
export function rng(seed: number): () => number {
	let s = seed >>> 0;
	const split = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = split(),
		b = split(),
		c = split(),
		d = split();
	return () => {
		const result = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
		const t = (b << 9) >>> 0;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c = (c ^ t) >>> 0;
		d = ((d << 11) | (d >>> 21)) >>> 0;
		return result / 4294967296;
	};
}

export interface Tuples {
	n: number;
	isCall: Uint8Array;
	S: Float64Array;
	K: Float64Array;
	T: Float64Array;
	r: Float64Array;
	q: Float64Array;
	vol: Float64Array;
	/** Forward S·e^{(r−q)T}. */
	F: Float64Array;
}

/**
 * n SPX-like tuples: S 3,000–7,000; T 1 day–2 years; r 0–6 %; q 0–2 %; strikes on the 5-point grid within
 * ±3 standard deviations; vol from a skewed smile (higher for low strikes) between 8 % and 90 %.
 */
export function spxTuples(n: number, seed = 20260109): Tuples {
	const u = rng(seed);
	const t: Tuples = {
		n,
		isCall: new Uint8Array(n),
		S: new Float64Array(n),
		K: new Float64Array(n),
		T: new Float64Array(n),
		r: new Float64Array(n),
		q: new Float64Array(n),
		vol: new Float64Array(n),
		F: new Float64Array(n),
	};
	for (let i = 0; i < n; i++) {
		const S = 3000 + 4000 * u();
		const T = Math.exp(Math.log(1 / 365) + (Math.log(2) - Math.log(1 / 365)) * u());
		const atm = 0.1 + 0.3 * u() * u();
		const z = -3 + 6 * u();
		const K = Math.max(5, Math.round((S * Math.exp(z * atm * Math.sqrt(T))) / 5) * 5);
		const k = Math.log(K / S);
		const vol = Math.min(0.9, Math.max(0.08, atm * (1 - (1.2 * k) / Math.max(Math.sqrt(T), 0.1))));
		t.isCall[i] = u() < 0.5 ? 1 : 0;
		t.S[i] = S;
		t.K[i] = K;
		t.T[i] = T;
		t.r[i] = 0.06 * u();
		t.q[i] = 0.02 * u();
		t.vol[i] = vol;
		t.F[i] = S * Math.exp((t.r[i] - t.q[i]) * T);
	}
	return t;
}
