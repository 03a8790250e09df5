// Placeholder until scripts/measure/spotVolLink.ts writes this module: 5-day moves of VIX and SPX, 1990–2026.

/** Start-VIX knots (points): the median start VIX of each bucket <12, 12–15, 15–20, 20–30, 30–40, ≥40. */
export const LINK_KNOTS_VIX = [11.29, 13.37, 17.19, 23.39, 32.83, 45.53];
/** ε for SPX falls at each knot. */
export const LINK_EPS_DOWN = [10.88, 8.53, 5.84, 3.23, 1.48, 0.23];
/** ε for SPX rises at each knot. */
export const LINK_EPS_UP = [0.62, 3.72, 4.29, 4.1, 3.88, 2.5];
/** Convexity γ of falls: ln(V'/V) = ε_down(V)·u + γ·u², u = −ln(S'/S). */
export const LINK_CONVEXITY = 10.9;
/** Slope of daily Δln VIX on daily Δln SPX (the "regression" preset). */
export const LINK_REGRESSION_EPS = 4.8;
