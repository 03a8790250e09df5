// No-arbitrage checks of a raw SVI smile: QuantLib's parameter bounds and Durrleman's butterfly condition.

import {
	assertSviParamsFinite,
	sviDerivativesAt,
	sviTotalVarianceDerivatives,
	type SviParams,
	type SviTotalVarianceDerivatives,
} from './svi';

/** One failed parameter check. */
export interface SviParamProblem {
	code: 'not-finite' | 'b-negative' | 'rho-range' | 'sigma-positive' | 'negative-variance' | 'slope-bound';
	message: string;
}

/** Outcome of the butterfly check; worstK/worstG locate the lowest g found. */
export interface SviButterflyResult {
	ok: boolean;
	/** Log-moneyness where g is lowest (the grid edge when the far wing is the problem). */
	worstK: number;
	/** Lowest g found (the wing's limit 1/4 − slope²/16 when the far wing is the problem). */
	worstG: number;
	/** A sentence for the user: where the arbitrage is, or that there is none. */
	message: string;
}

/**
 * Parameter checks of QuantLib's checkSviParameters: b ≥ 0, |ρ| < 1, σ > 0, a + bσ√(1−ρ²) ≥ 0 (the minimum
 * total variance is not negative), b(1 + |ρ|) ≤ 4 (Rogers–Tehranchi / Lee slope bound).
 * @param p - raw SVI parameters (total variance)
 * @returns the problems found, empty when all checks pass
 * @example checkSviParams({ a: 0.01, b: 0.1, rho: -0.5, m: 0, sigma: 0.1 }) // []
 * @example checkSviParams({ a: 0.01, b: 0.1, rho: -1.2, m: 0, sigma: 0.1 })[0].code // 'rho-range'
 */
export function checkSviParams(p: SviParams): SviParamProblem[] {
	try {
		assertSviParamsFinite(p);
	} catch (error) {
		return [{ code: 'not-finite', message: (error as Error).message }];
	}
	const { a, b, rho, sigma } = p;
	const problems: SviParamProblem[] = [];
	if (b < 0)
		problems.push({ code: 'b-negative', message: `b = ${fmt(b)} must be ≥ 0 (the wings must rise)` });
	if (!(Math.abs(rho) < 1)) {
		problems.push({ code: 'rho-range', message: `ρ = ${fmt(rho)} must lie strictly between −1 and 1` });
	}
	if (!(sigma > 0)) problems.push({ code: 'sigma-positive', message: `σ = ${fmt(sigma)} must be > 0` });
	if (Math.abs(rho) < 1 && !(a + b * sigma * Math.sqrt(1 - rho * rho) >= 0)) {
		const minW = a + b * sigma * Math.sqrt(1 - rho * rho);
		problems.push({
			code: 'negative-variance',
			message: `a + bσ√(1−ρ²) = ${fmt(minW)} must be ≥ 0: the smile's lowest total variance is negative`,
		});
	}
	if (b * (1 + Math.abs(rho)) > 4) {
		problems.push({
			code: 'slope-bound',
			message: `b(1 + |ρ|) = ${fmt(b * (1 + Math.abs(rho)))} must be ≤ 4: the wings are steeper than any arbitrage-free smile`,
		});
	}
	return problems;
}

/**
 * Durrleman's function g(k) = (1 − k w'/(2w))² − (w'²/4)(1/w + 1/4) + w''/2. The risk-neutral density of
 * ln(S_T/F) is g(k)/√(2πw) · exp(−d₋²/2), so g < 0 anywhere means butterfly arbitrage (Gatheral–Jacquier 2014).
 * @param p - raw SVI parameters (total variance)
 * @param k - log-moneyness ln(K/F)
 * @returns g(k); −Infinity when w(k) ≤ 0 (no density exists there)
 * @example sviDurrlemanG({ a: 0.04, b: 0, rho: 0, m: 0, sigma: 0.1 }, 0.5) // 1 (flat smile)
 */
export function sviDurrlemanG(p: SviParams, k: number): number {
	return gOf(sviTotalVarianceDerivatives(p, k), k);
}

/** g at k from w and its derivatives there. */
function gOf({ w, dwdk, d2wdk2 }: SviTotalVarianceDerivatives, k: number): number {
	if (!(w > 0)) return -Infinity;
	const first = 1 - (k * dwdk) / (2 * w);
	return first * first - ((dwdk * dwdk) / 4) * (1 / w + 0.25) + d2wdk2 / 2;
}

/** The grid's fixed part, sorted once: −1.5…1.5 step 0.01 and ±1.6…±10 step 0.1. */
const FIXED_GRID: readonly number[] = (() => {
	const grid: number[] = [];
	for (let i = -150; i <= 150; i++) grid.push(i / 100);
	for (let i = 16; i <= 100; i++) grid.push(i / 10, -i / 10);
	return grid.sort((x, y) => x - y);
})();

/** The default grid, shared read-only (the fixed part itself when no vertex mesh is needed). */
function gridOf(p: SviParams): readonly number[] {
	if (!(p.sigma > 0 && p.sigma < 0.05 && Math.abs(p.m) < 10)) return FIXED_GRID;
	const grid: number[] = [];
	let f = 0;
	// The mesh p.m + (j/8)·σ rises with j: merge it into the sorted fixed part.
	for (let j = -40; j <= 40; j++) {
		const k = p.m + (j / 8) * p.sigma;
		while (f < FIXED_GRID.length && FIXED_GRID[f] <= k) grid.push(FIXED_GRID[f++]);
		grid.push(k);
	}
	while (f < FIXED_GRID.length) grid.push(FIXED_GRID[f++]);
	return grid;
}

/**
 * The default k-grid: −1.5…1.5 step 0.01, wider points out to ±10 step 0.1, and a fine mesh around the vertex m
 * (a small σ concentrates the curvature there, between coarse points), sorted.
 * @param p - raw SVI parameters (the vertex mesh depends on m and σ)
 */
export function defaultSviGrid(p: SviParams): number[] {
	return [...gridOf(p)];
}

/**
 * Butterfly (density) check: g(k) ≥ 0 on a grid, plus the far-wing limits g(±∞) = 1/4 − (b(1 ± ρ))²/16, which
 * are ≥ 0 exactly when the wing slopes obey Lee's moment bound b(1 ± ρ) ≤ 2.
 * @param p - raw SVI parameters (total variance)
 * @param grid - log-moneyness points to test; default defaultSviGrid(p)
 * @example sviButterflyCheck({ a: -0.041, b: 0.1331, rho: 0.306, m: 0.3586, sigma: 0.4153 }).ok // false
 * @example sviButterflyCheck(p, []) // throws RangeError naming grid
 */
export function sviButterflyCheck(p: SviParams, grid?: readonly number[]): SviButterflyResult {
	assertSviParamsFinite(p);
	const points = grid ?? gridOf(p);
	if (!Array.isArray(points) || points.length === 0 || !points.every(Number.isFinite)) {
		throw new RangeError('grid must be a non-empty list of finite log-moneyness values');
	}
	const { worstK, worstG } = worstPoint(p, points);
	if (worstG < 0) {
		const where = `near k = ${signed(worstK.toFixed(2))} (strike ≈ ${pct(Math.exp(worstK))} of the forward)`;
		const why = worstG === -Infinity ? 'the total variance is not positive there' : `g = ${fmt(worstG)}`;
		return { ok: false, worstK, worstG, message: `the smile has butterfly arbitrage ${where}: ${why}` };
	}
	const lo = Math.min(...points);
	const hi = Math.max(...points);
	for (const [side, slope, edge] of [
		['left', p.b * (1 - p.rho), lo],
		['right', p.b * (1 + p.rho), hi],
	] as const) {
		const limit = 0.25 - (slope * slope) / 16;
		if (limit < 0) {
			return {
				ok: false,
				worstK: edge,
				worstG: limit,
				message:
					`the smile's ${side} wing is too steep: total-variance slope ${fmt(slope)} exceeds 2 (Lee's moment ` +
					`bound), so it has butterfly arbitrage far out, beyond k = ${signed(edge.toFixed(2))}`,
			};
		}
	}
	return {
		ok: true,
		worstK,
		worstG,
		message: `no butterfly arbitrage: g ≥ ${fmt(worstG)} for k in [${signed(lo.toFixed(2))}, ${hi.toFixed(2)}] and in the far wings`,
	};
}

/** The grid point with the lowest g. */
function worstPoint(p: SviParams, points: readonly number[]): { worstK: number; worstG: number } {
	let worstK = points[0];
	let worstG = Infinity;
	for (const k of points) {
		const g = gOf(sviDerivativesAt(p, k), k);
		if (g < worstG) {
			worstK = k;
			worstG = g;
		}
	}
	return { worstK, worstG };
}

/**
 * sviButterflyCheck(p).ok on the default grid, without composing a message: the SVI fit's search tries many
 * candidates. @param p finite raw SVI parameters.
 */
export function sviButterflyOk(p: SviParams): boolean {
	if (!(worstPoint(p, gridOf(p)).worstG >= 0)) return false;
	// The far-wing limits 1/4 − (b(1 ± ρ))²/16 ≥ 0.
	return Math.abs(p.b * (1 - p.rho)) <= 2 && Math.abs(p.b * (1 + p.rho)) <= 2;
}

function fmt(x: number): string {
	return signed(Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x));
}

function pct(x: number): string {
	return `${x >= 0.1 ? Math.round(x * 100) : Number((x * 100).toPrecision(2))} %`;
}

/** Typographic minus for numbers shown to the user. */
function signed(text: string): string {
	return text.replace('-', '−');
}
