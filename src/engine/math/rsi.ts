// Wilder's relative strength index, RSI(n), on daily closes (docs/models.md, "Regime playbook": RSI(14) of VIX).

/** RSI(14) needs 14 daily changes: 15 closes. */
export const MIN_RSI_CLOSES = 15;

/**
 * Wilder's RSI of the last close: the first average gain/loss is the simple mean of the first n changes, then
 * avg ← (avg·(n − 1) + change)/n. With no losses it is 100; with no gains 0; with no change at all 50.
 * @param closes daily closes, oldest first (at least n + 1 for a value; fewer gives null).
 * @param n look-back in days (default 14).
 * @example wilderRsi([44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28]) // ≈ 70.53
 */
export function wilderRsi(closes: ArrayLike<number>, n = 14): number | null {
	const state = wilderAverages(closes, n);
	return state === null ? null : rsiFromAverages(state.avgGain, state.avgLoss);
}

/**
 * Wilder's average gain and loss after the last close (the state RSI(n) carries from day to day), and that close.
 * @param closes daily closes, oldest first (at least n + 1; fewer gives null). @param n look-back in days.
 */
export function wilderAverages(
	closes: ArrayLike<number>,
	n = 14,
): { avgGain: number; avgLoss: number; last: number } | null {
	return closes.length < n + 1 ? null : wilderWalk(closes, n, null);
}

/**
 * RSI(n) after every close from the (n + 1)-th on: entry k is the RSI of closes[0 … n + k], the value wilderRsi
 * gives for that prefix, in one pass.
 * @param closes daily closes, oldest first. @param n look-back in days.
 * @returns length max(0, closes.length − n); empty when there are too few closes for a value.
 * @example wilderRsiSeries([1, 2, 3, 2], 2) // [100, 50]
 */
export function wilderRsiSeries(closes: ArrayLike<number>, n = 14): Float64Array {
	const out = new Float64Array(Math.max(0, closes.length - n));
	if (out.length > 0) wilderWalk(closes, n, out);
	return out;
}

/** RSI from Wilder's averages: 100 with no losses, 50 with no change at all. */
export function rsiFromAverages(avgGain: number, avgLoss: number): number {
	if (avgGain === 0 && avgLoss === 0) return 50;
	return avgLoss === 0 ? 100 : 100 - 100 / (1 + avgGain / avgLoss);
}

/** The one Wilder recursion (closes.length ≥ n + 1); writes the RSI after each close into `out` when given. */
function wilderWalk(
	closes: ArrayLike<number>,
	n: number,
	out: Float64Array | null,
): { avgGain: number; avgLoss: number; last: number } {
	let gain = 0;
	let loss = 0;
	for (let i = 1; i <= n; i++) {
		const d = closes[i] - closes[i - 1];
		if (d > 0) gain += d;
		else loss -= d;
	}
	gain /= n;
	loss /= n;
	if (out) out[0] = rsiFromAverages(gain, loss);
	for (let i = n + 1; i < closes.length; i++) {
		const d = closes[i] - closes[i - 1];
		gain = (gain * (n - 1) + Math.max(d, 0)) / n;
		loss = (loss * (n - 1) + Math.max(-d, 0)) / n;
		if (out) out[i - n] = rsiFromAverages(gain, loss);
	}
	return { avgGain: gain, avgLoss: loss, last: closes[closes.length - 1] };
}
