// The SPX → VIX link of the what-ifs (docs/models.md, "Spot-vol link"): how far spot VIX moves when SPX moves, by
// the VIX level the move starts from. Falls: ln(V'/V) = ε_down(V)·u + γ·u² with u = ln(S/S') > 0 (the convexity γ
// makes a crash lift VIX more than the sum of small falls); rises: ln(V'/V) = −ε_up(V)·ln(S'/S). VIX is capped
// (90 by default). The "measured" preset's ε tables and γ come from 5-day moves 1990–2026
// (docs/measured/spot-vol-link.md); the curve's response to the new spot lives in curveShift.ts.
import {
	LINK_GAMMA,
	LINK_EPS_DOWN,
	LINK_EPS_UP,
	LINK_KNOTS_VIX,
	REGRESSION_EPS,
} from '../measured/spotVolLink.generated';
import { TENOR_BETA_KAPPA } from '../measured/tenorBeta.generated';

export type SpotVolLinkPreset = 'measured' | 'regression' | 'ruleOfThumb' | 'crash' | 'custom';

/** The link as the user sets it. ε and γ are read only for the custom preset; the cap and κ_β always. */
export interface SpotVolLinkInput {
	preset: SpotVolLinkPreset;
	/** Custom ε for SPX falls and rises, and the convexity γ of falls. */
	epsDown: number;
	epsUp: number;
	convexity: number;
	/** Spot VIX never goes above this after an SPX move (points), unless it starts above it. */
	capVix: number;
	/** κ_β per year of the tenor beta e^{−κ_β T}: how much of a spot-VIX move a future T years out takes. */
	tenorBetaKappa: number;
}

/** The link at one starting VIX level: ε for falls and rises, γ, and the cap. */
export interface LinkAtLevel {
	epsDown: number;
	epsUp: number;
	convexity: number;
	capVix: number;
}

/** The crash preset's ε for falls. */
const CRASH_EPS_DOWN = 8;
const DEFAULT_CAP_VIX = 90;

/**
 * A preset's link input: the default "measured" preset, the constant-ε "regression", the "rule of thumb"
 * (−1 VIX point per 1 % SPX), the "crash" link; custom keeps `from`'s numbers.
 */
export function spotVolLinkPreset(
	preset: SpotVolLinkPreset,
	from: Partial<SpotVolLinkInput> = {},
): SpotVolLinkInput {
	return {
		preset,
		epsDown: from.epsDown ?? REGRESSION_EPS,
		epsUp: from.epsUp ?? REGRESSION_EPS,
		convexity: from.convexity ?? 0,
		capVix: from.capVix ?? DEFAULT_CAP_VIX,
		tenorBetaKappa: from.tenorBetaKappa ?? TENOR_BETA_KAPPA,
	};
}

/** Piecewise-linear interpolation of `values` over `knots` in ln VIX, flat beyond the end knots. */
function interpolateInLnVix(vix: number, values: readonly number[]): number {
	const knots = LINK_KNOTS_VIX;
	if (vix <= knots[0]) return values[0];
	const last = knots.length - 1;
	if (vix >= knots[last]) return values[last];
	let i = 1;
	while (knots[i] < vix) i++;
	const w = Math.log(vix / knots[i - 1]) / Math.log(knots[i] / knots[i - 1]);
	return values[i - 1] + w * (values[i] - values[i - 1]);
}

/**
 * The link's ε and γ for a move starting at `vix`.
 * @param input the link settings. @param vix spot VIX where the move starts (points, > 0).
 * @example linkAtLevel(spotVolLinkPreset('ruleOfThumb'), 20).epsDown // 5: 1 point per 1 % at VIX 20
 */
export function linkAtLevel(input: SpotVolLinkInput, vix: number): LinkAtLevel {
	const capVix = input.capVix;
	switch (input.preset) {
		case 'measured':
			return {
				epsDown: interpolateInLnVix(vix, LINK_EPS_DOWN),
				epsUp: interpolateInLnVix(vix, LINK_EPS_UP),
				convexity: LINK_GAMMA,
				capVix,
			};
		case 'regression':
			return { epsDown: REGRESSION_EPS, epsUp: REGRESSION_EPS, convexity: 0, capVix };
		case 'ruleOfThumb':
			return { epsDown: 100 / vix, epsUp: 100 / vix, convexity: 0, capVix };
		case 'crash':
			return { epsDown: CRASH_EPS_DOWN, epsUp: REGRESSION_EPS, convexity: 0, capVix };
		case 'custom':
			return { epsDown: input.epsDown, epsUp: input.epsUp, convexity: input.convexity, capVix };
	}
}

/**
 * Spot VIX after SPX moves by the ratio S'/S from a start at `vix`: positive by construction, at most the cap (or the
 * start, when VIX already stands above the cap).
 * @param vix VIX where the move starts (points, > 0). @param spxRatio S'/S (> 0). @param link the link at that level.
 * @example shockVix(9.14, 0.9, linkAtLevel(spotVolLinkPreset('measured'), 9.14)) // ≈ 32: a −10 % sell-off from calm
 * @example shockVix(15, 0, link) // throws RangeError: spxRatio must be > 0 (got 0)
 */
export function shockVix(vix: number, spxRatio: number, link: LinkAtLevel): number {
	if (!(spxRatio > 0) || spxRatio === Infinity)
		throw new RangeError(`spxRatio must be > 0 (got ${spxRatio})`);
	const u = -Math.log(spxRatio);
	const lnRatio = u > 0 ? link.epsDown * u + link.convexity * u * u : link.epsUp * u;
	return Math.min(vix * Math.exp(lnRatio), Math.max(link.capVix, vix));
}
