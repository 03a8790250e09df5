// Pricing core figures (docs/bench.md, Budgets): scalar and batch prices/s, IV solves/s with failures and round-trip
// error, N(x) accuracy — ours and the peer npm libraries', on the same seeded SPX tuples.
import { readFileSync } from 'node:fs';
import bs from 'black-scholes';
import iv from 'implied-volatility';
import { BlackScholes } from '@uqee/black-scholes';
import { Option } from 'option-pricing';
import {
	black76Price,
	black76PriceBatch,
	bsmPrice,
	bsmPriceBatch,
	impliedVolBlack76,
	impliedVolBlack76Batch,
	normCdf,
} from '../../src/engine';
import { spxTuples } from '../dataset';
import { fmtErr, fmtRate, medianMs, perSecond, report } from '../harness';

const N = 1_000_000;
/** Slow peers are timed on the first PEER_N tuples (said in the row). */
const PEER_N = 100_000;
const IV_PEER_N = 10_000;

type Kind = 'call' | 'put';
const kindOf = (c: number): Kind => (c === 1 ? 'call' : 'put');

export function pricingSection(): void {
	console.log(`\nPricing core — ${N.toLocaleString('en-US')} seeded SPX tuples`);
	const t = spxTuples(N);

	// Scalar and batch prices.
	const scalar = new Float64Array(N);
	const scalarMs = medianMs(() => {
		for (let i = 0; i < N; i++)
			scalar[i] = black76Price(kindOf(t.isCall[i]), t.F[i], t.K[i], t.T[i], t.r[i], t.vol[i]);
	}, 3);
	report({ section: 'pricing', what: 'ours: scalar black76Price', value: fmtRate(perSecond(N, scalarMs)) });

	const batch = new Float64Array(N);
	const batchMs = medianMs(() => black76PriceBatch(t.isCall, t.F, t.K, t.T, t.r, t.vol, batch), 7);
	const batchRate = perSecond(N, batchMs);
	// Reference: the textbook formula with the tail-accurate N(x) (two separately split exponentials), an
	// independent path from the batch kernel's shared-exponential one.
	let batchErr = 0;
	for (let i = 0; i < N; i += 4) {
		const s = t.vol[i] * Math.sqrt(t.T[i]);
		const d1 = Math.log(t.F[i] / t.K[i]) / s + 0.5 * s;
		const d2 = d1 - s;
		const df = Math.exp(-t.r[i] * t.T[i]);
		const ref = t.isCall[i]
			? df * (t.F[i] * normCdf(d1) - t.K[i] * normCdf(d2))
			: df * (t.K[i] * normCdf(-d2) - t.F[i] * normCdf(-d1));
		batchErr = Math.max(batchErr, Math.abs(batch[i] - ref));
	}
	report({
		section: 'pricing',
		what: 'ours: black76PriceBatch',
		value: fmtRate(batchRate),
		target: '≥ 25 M/s',
		pass: batchRate >= 25e6,
	});
	report({
		section: 'pricing',
		what: 'ours: batch vs reference formula, max abs error',
		value: fmtErr(batchErr),
		target: '≤ 1e-11',
		pass: batchErr <= 1e-11,
	});
	report({
		section: 'pricing',
		what: 'budget: ≥ 20 M Black-76 prices/s per core',
		value: fmtRate(batchRate),
		target: '≥ 20 M/s',
		pass: batchRate >= 20e6,
	});

	const bsmOut = new Float64Array(N);
	const bsmMs = medianMs(() => bsmPriceBatch(t.isCall, t.S, t.K, t.T, t.r, t.q, t.vol, bsmOut), 5);
	let bsmErr = 0;
	for (let i = 0; i < N; i += 10)
		bsmErr = Math.max(
			bsmErr,
			Math.abs(bsmOut[i] - bsmPrice(kindOf(t.isCall[i]), t.S[i], t.K[i], t.T[i], t.r[i], t.q[i], t.vol[i])),
		);
	report({ section: 'pricing', what: 'ours: bsmPriceBatch', value: fmtRate(perSecond(N, bsmMs)) });
	report({
		section: 'pricing',
		what: 'ours: bsm batch vs scalar, max abs error',
		value: fmtErr(bsmErr),
		target: '≤ 1e-11',
		pass: bsmErr <= 1e-11,
	});

	// Peers price Black–Scholes on a spot with no dividend: S' = F·e^{−rT} gives the same option as Black-76 on F.
	const spot = (i: number) => t.F[i] * Math.exp(-t.r[i] * t.T[i]);
	const uqee = new BlackScholes();
	const peers: { name: string; price: (i: number) => number }[] = [
		{
			name: 'black-scholes',
			price: (i) => bs.blackScholes(spot(i), t.K[i], t.T[i], t.vol[i], t.r[i], kindOf(t.isCall[i])),
		},
		{
			name: '@uqee/black-scholes',
			price: (i) =>
				uqee.option({
					rate: t.r[i],
					sigma: t.vol[i],
					strike: t.K[i],
					time: t.T[i],
					type: kindOf(t.isCall[i]),
					underlying: spot(i),
				}).price,
		},
		{
			name: 'option-pricing',
			price: (i) =>
				new Option({
					style: 'european',
					type: kindOf(t.isCall[i]),
					initialSpotPrice: spot(i),
					strikePrice: t.K[i],
					timeToMaturity: t.T[i],
					volatility: t.vol[i],
					riskFreeRate: t.r[i],
					dividendYield: 0,
				}).price('bs'),
		},
	];
	for (const peer of peers) {
		let err = 0;
		const ms = medianMs(() => {
			for (let i = 0; i < PEER_N; i++) {
				const p = peer.price(i);
				const e = Math.abs(p - scalar[i]);
				err = Number.isFinite(e) ? Math.max(err, e) : Infinity;
			}
		}, 3);
		const rate = perSecond(PEER_N, ms);
		report({ section: 'pricing', what: `${peer.name}: prices (first 100k tuples)`, value: fmtRate(rate) });
		report({ section: 'pricing', what: `${peer.name}: max abs error vs ours`, value: fmtErr(err) });
		report({
			section: 'pricing',
			what: `ratio: our batch / ${peer.name}`,
			value: `${(batchRate / rate).toFixed(1)}×`,
		});
	}

	// Implied vol round trips on prices with ≥ 1¢ of time value.
	const use: number[] = [];
	for (let i = 0; i < N; i++) {
		const intrinsic =
			Math.exp(-t.r[i] * t.T[i]) * Math.max(t.isCall[i] ? t.F[i] - t.K[i] : t.K[i] - t.F[i], 0);
		if (scalar[i] - intrinsic >= 0.01) use.push(i);
	}
	const m = use.length;
	const sub = (a: Float64Array) => Float64Array.from(use, (i) => a[i]);
	const [price, F, K, T, r] = [sub(scalar), sub(t.F), sub(t.K), sub(t.T), sub(t.r)];
	const isCall = Uint8Array.from(use, (i) => t.isCall[i]);
	const truth = sub(t.vol);
	const vols = new Float64Array(m);
	const ivMs = medianMs(() => {
		for (let i = 0; i < m; i++)
			vols[i] = impliedVolBlack76(kindOf(isCall[i]), price[i], F[i], K[i], T[i], r[i]);
	}, 3);
	let ivErr = 0;
	let ivFail = 0;
	for (let i = 0; i < m; i++) {
		const e = Math.abs(vols[i] - truth[i]);
		if (!(e <= 1e-10)) ivFail++;
		if (Number.isFinite(e)) ivErr = Math.max(ivErr, e);
	}
	const ivRate = perSecond(m, ivMs);
	const batchVols = new Float64Array(m);
	const ivBatchMs = medianMs(() => impliedVolBlack76Batch(isCall, price, F, K, T, r, batchVols), 3);
	report({
		section: 'iv',
		what: `ours: impliedVolBlack76 (${m.toLocaleString('en-US')} prices, time value ≥ 1¢)`,
		value: fmtRate(ivRate),
		target: '≥ 2 M/s',
		pass: ivRate >= 2e6,
	});
	report({ section: 'iv', what: 'ours: impliedVolBlack76Batch', value: fmtRate(perSecond(m, ivBatchMs)) });
	report({
		section: 'iv',
		what: 'ours: IV failures (error > 1e-10 or no answer)',
		value: String(ivFail),
		target: '0',
		pass: ivFail === 0,
	});
	report({
		section: 'iv',
		what: 'ours: IV max round-trip error',
		value: fmtErr(ivErr),
		target: '≤ 1e-10',
		pass: ivErr <= 1e-10,
	});

	const ivPeers: { name: string; solve: (i: number) => number }[] = [
		{
			name: 'implied-volatility',
			solve: (i) =>
				iv.getImpliedVolatility(price[i], F[i] * Math.exp(-r[i] * T[i]), K[i], T[i], r[i], kindOf(isCall[i])),
		},
		{
			name: '@uqee/black-scholes',
			solve: (i) =>
				uqee.sigma({
					price: price[i],
					rate: r[i],
					strike: K[i],
					time: T[i],
					type: kindOf(isCall[i]),
					underlying: F[i] * Math.exp(-r[i] * T[i]),
				}),
		},
	];
	for (const peer of ivPeers) {
		let err = 0;
		let fails = 0;
		const ms = medianMs(
			() => {
				err = 0;
				fails = 0;
				for (let i = 0; i < IV_PEER_N; i++) {
					const e = Math.abs(peer.solve(i) - truth[i]);
					if (!(e <= 1e-10)) fails++;
					if (Number.isFinite(e)) err = Math.max(err, e);
				}
			},
			1,
			0,
		);
		const rate = perSecond(IV_PEER_N, ms);
		report({ section: 'iv', what: `${peer.name}: IV solves (first 10k)`, value: fmtRate(rate) });
		report({
			section: 'iv',
			what: `${peer.name}: failures (error > 1e-10)`,
			value: `${fails} / ${IV_PEER_N}`,
		});
		report({ section: 'iv', what: `${peer.name}: max round-trip error`, value: fmtErr(err) });
		report({ section: 'iv', what: `ratio: ours / ${peer.name}`, value: `${(ivRate / rate).toFixed(0)}×` });
	}

	// N(x) accuracy against the 60-digit references.
	const fixture = JSON.parse(
		readFileSync(new URL('../../tests/fixtures/normal_cdf.json', import.meta.url), 'utf8'),
	) as {
		rows: { x: number; cdf: string }[];
	};
	const cdfErr = (f: (x: number) => number) =>
		Math.max(...fixture.rows.map((row) => Math.abs(f(row.x) - Number(row.cdf))));
	const ours = cdfErr(normCdf);
	report({
		section: 'normal',
		what: 'ours: N(x) max abs error on [−38, 9]',
		value: fmtErr(ours),
		target: '≤ 2e-16',
		pass: ours <= 2e-16,
	});
	report({
		section: 'normal',
		what: 'black-scholes: stdNormCDF max abs error',
		value: fmtErr(cdfErr(bs.stdNormCDF)),
	});
}
