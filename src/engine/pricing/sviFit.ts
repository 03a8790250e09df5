// Raw SVI from the three numbers a broker shows for an expiry: ATM vol and the 25-delta put and call vols.
// Fixing the vertex m and the curvature width σ makes the fit linear in (a, bρ, b) and exact; m = 0 and σ tied
// to the spacing of the 25Δ strikes by default (docs/models.md, "SVI from three quotes").

import { normInv } from '../math/normal';
import { sviTotalVariance, type SviParams } from './svi';
import { checkSviParams, sviButterflyCheck, sviButterflyOk } from './sviChecks';

/** Market quotes of one expiry; vols are annualised decimals (0.14 = 14 %). */
export interface SviQuotes {
	/** Time to expiry in years. */
	T: number;
	/** Forward of the underlying at that expiry (index points). */
	forward: number;
	/** Implied vol at the forward (k = 0). */
	atmVol: number;
	/** Implied vol of the put whose forward delta is −0.25. */
	put25Vol: number;
	/** Implied vol of the call whose forward delta is +0.25. */
	call25Vol: number;
}

/** Where the two 25Δ quotes sit. */
export interface SviQuoteStrikes {
	putLogMoneyness: number;
	callLogMoneyness: number;
	/** Index points. */
	putStrike: number;
	/** Index points. */
	callStrike: number;
}

/** Default σ of the fit per unit of 25Δ wing spacing (k_call − k_put); see docs/models.md. */
const SVI_FIT_SIGMA_PER_WING_SPACING = 1.5;

/** Search steps away from the default: m in quarters of the spacing (±4 spacings), σ in quarter-octaves (×/÷ 4). */
const M_STEP_PER_SPACING = 0.25;
const SIGMA_STEP_LOG2 = 0.25;
/** (m, σ) candidates in order of distance from the default (m = 0, σ = 1.5 × spacing). */
const SEARCH_ORDER: readonly { mSteps: number; sigmaSteps: number }[] = (() => {
	const list: { mSteps: number; sigmaSteps: number }[] = [];
	for (let i = -16; i <= 16; i++) for (let j = -8; j <= 8; j++) list.push({ mSteps: i, sigmaSteps: j });
	// Stable sort: equal distances keep the loop order, so the result is deterministic.
	return list.sort((x, y) => x.mSteps ** 2 + x.sigmaSteps ** 2 - (y.mSteps ** 2 + y.sigmaSteps ** 2));
})();

/**
 * Strikes of the quoted 25Δ put and call. Delta is the forward (undiscounted) Black delta computed with the
 * smile's own vol at that strike; since the fitted smile passes through the quoted vol there, the fixed point
 * σ(K) = quoted vol holds by construction and the strike solves N(d1) = 0.75 (put) or 0.25 (call) in closed form:
 * k = w/2 ∓ N⁻¹(0.75)·√w with w = vol²·T.
 * @param quotes - T (years), forward (points), atmVol, put25Vol, call25Vol (decimals)
 * @example sviQuoteStrikes({ T: 45 / 365, forward: 6000, atmVol: 0.14, put25Vol: 0.19, call25Vol: 0.115 }).putStrike // ≈ 5748.7
 * @example sviQuoteStrikes({ ...q, put25Vol: -0.1 }) // throws RangeError naming quotes.put25Vol
 */
export function sviQuoteStrikes(quotes: SviQuotes): SviQuoteStrikes {
	checkQuotes(quotes);
	const { T, forward, put25Vol, call25Vol } = quotes;
	const z = normInv(0.75);
	const sqrtWPut = put25Vol * Math.sqrt(T);
	const sqrtWCall = call25Vol * Math.sqrt(T);
	const putLogMoneyness = (sqrtWPut * sqrtWPut) / 2 - z * sqrtWPut;
	const callLogMoneyness = (sqrtWCall * sqrtWCall) / 2 + z * sqrtWCall;
	return {
		putLogMoneyness,
		callLogMoneyness,
		putStrike: forward * Math.exp(putLogMoneyness),
		callStrike: forward * Math.exp(callLogMoneyness),
	};
}

/**
 * Raw SVI through the ATM, 25Δ-put and 25Δ-call vols. Default: vertex m = 0 and σ = 1.5 × (k_call − k_put);
 * when that smile fails a parameter or butterfly check, the nearest (m, σ) on a grid (m within ±4 spacings,
 * σ within ×/÷ 4) that passes every check is used. The three vols are always reproduced exactly.
 * @param quotes - T (years), forward (points), atmVol, put25Vol, call25Vol (decimals)
 * @returns parameters that reproduce the three vols and pass checkSviParams and sviButterflyCheck
 * @example fitSviFromQuotes({ T: 45 / 365, forward: 6000, atmVol: 0.14, put25Vol: 0.19, call25Vol: 0.115 })
 * @example fitSviFromQuotes({ T: 0.1, forward: 6000, atmVol: 0.2, put25Vol: 0.15, call25Vol: 0.15 })
 *   // throws RangeError: the ATM vol sits above the wings — no convex SVI smile passes through these quotes
 */
export function fitSviFromQuotes(quotes: SviQuotes): SviParams {
	const { putLogMoneyness: kPut, callLogMoneyness: kCall } = sviQuoteStrikes(quotes);
	const { T, atmVol, put25Vol, call25Vol } = quotes;
	const shown = () => `ATM ${pct(atmVol)}, 25Δ put ${pct(put25Vol)}, 25Δ call ${pct(call25Vol)}`;
	if (!(kPut < 0)) {
		throw new RangeError(
			`quotes.put25Vol ${pct(put25Vol)} is too high for T = ${T.toPrecision(3)} years: the 25Δ put strike ` +
				'would sit at or above the forward',
		);
	}
	const w0 = atmVol * atmVol * T;
	const dPut = put25Vol * put25Vol * T - w0;
	const dCall = call25Vol * call25Vol * T - w0;
	// SVI is convex in k (w'' = bσ²/r³ ≥ 0), so the ATM point must lie on or below the chord between the wings;
	// the gap's sign is b's sign whatever σ is.
	const chordGap = (kCall * dPut - kPut * dCall) / (kCall - kPut);
	const tiny = 1e-12 * w0;
	if (Math.abs(dPut) <= tiny && Math.abs(dCall) <= tiny) {
		return { a: w0, b: 0, rho: 0, m: 0, sigma: SVI_FIT_SIGMA_PER_WING_SPACING * (kCall - kPut) };
	}
	if (chordGap <= tiny) {
		throw new RangeError(
			`no arbitrage-free SVI smile fits ${shown()}: the ATM vol sits on or above the line between the 25Δ ` +
				'vols, and an SVI smile always curves upwards — raise the wing vols or lower the ATM vol',
		);
	}
	const spacing = kCall - kPut;
	let firstReason = '';
	for (const { mSteps, sigmaSteps } of SEARCH_ORDER) {
		const m = mSteps * M_STEP_PER_SPACING * spacing;
		const sigma = SVI_FIT_SIGMA_PER_WING_SPACING * spacing * 2 ** (sigmaSteps * SIGMA_STEP_LOG2);
		const p = solveWithVertex(m, sigma, w0, kPut, dPut, kCall, dCall);
		// Only the first unusable candidate's reason is ever shown: the later ones are not worded.
		const reason = fitProblem(p, [0, kPut, kCall], [w0, w0 + dPut, w0 + dCall], firstReason === '');
		if (!reason) return p;
		if (!firstReason) firstReason = reason;
	}
	throw new RangeError(`no arbitrage-free SVI smile fits ${shown()}: ${firstReason}`);
}

/**
 * With m and σ fixed, w(k) − w(0) = (bρ)·k + b·(r(k) − r(0)), r(k) = √((k − m)² + σ²), is linear in (bρ, b):
 * the two wing quotes give a 2 × 2 system and the ATM quote then gives a.
 */
function solveWithVertex(
	m: number,
	sigma: number,
	w0: number,
	kP: number,
	dP: number,
	kC: number,
	dC: number,
): SviParams {
	const r0 = Math.hypot(m, sigma);
	const sP = Math.hypot(kP - m, sigma) - r0;
	const sC = Math.hypot(kC - m, sigma) - r0;
	const det = kP * sC - kC * sP;
	const bRho = (dP * sC - sP * dC) / det;
	const b = (kP * dC - kC * dP) / det;
	return { a: w0 - b * r0 + bRho * m, b, rho: bRho / b, m, sigma };
}

/** Why a candidate fit is unusable, in the trader's terms ('unusable' unless `explain`); '' when it passes every check. */
function fitProblem(p: SviParams, ks: number[], ws: number[], explain: boolean): string {
	const problems = checkSviParams(p);
	if (problems.length === 0) {
		// A near-singular 2 × 2 solve could pass the checks yet miss the quotes: insist on hitting them.
		if (ks.some((k, i) => !(Math.abs(sviTotalVariance(p, k) - ws[i]) <= 1e-12 * ws[i] + 1e-16))) {
			return 'the fit is numerically unstable for these quotes';
		}
		if (sviButterflyOk(p)) return '';
		return explain ? sviButterflyCheck(p).message : 'unusable';
	}
	switch (problems[0].code) {
		case 'rho-range':
			return p.rho < 0
				? 'the 25Δ call vol falls too far below the ATM vol for the curvature the put side allows'
				: 'the 25Δ put vol falls too far below the ATM vol for the curvature the call side allows';
		case 'negative-variance':
			return 'the smile would dip below zero variance between the quotes';
		default:
			return problems[0].message;
	}
}

function checkQuotes(quotes: SviQuotes): void {
	if (typeof quotes !== 'object' || quotes === null) throw new RangeError('quotes must be an object');
	const { T, forward } = quotes;
	if (!(T > 0 && T <= 30)) throw new RangeError(`quotes.T must be a number of years in (0, 30], got ${T}`);
	if (!(forward > 0 && Number.isFinite(forward))) {
		throw new RangeError(`quotes.forward must be a positive number, got ${forward}`);
	}
	for (const key of ['atmVol', 'put25Vol', 'call25Vol'] as const) {
		const vol = quotes[key];
		if (!(vol > 0 && vol <= 10)) throw new RangeError(`quotes.${key} must be a vol in (0, 10], got ${vol}`);
	}
}

function pct(vol: number): string {
	return `${Number((vol * 100).toPrecision(4))} %`;
}
