// The signals the policies read along a path: backwardation (spot VIX above the model's front future, see
// vxTables) and Wilder's RSI(14) of the path's daily VIX closes, continued from the market's recent closes.
import { rsiFromAverages, wilderAverages } from '../math/rsi';

/** RSI look-back, days (docs/simulation.md, "Policies": RSI(14)). */
export const RSI_DAYS = 14;
const TRADING_DAYS = 252;

/** Wilder's average gain and loss carried into the first simulated day. */
export interface RsiSeed {
	avgGain: number;
	avgLoss: number;
}

/**
 * The RSI state at the valuation close. With at least 15 closes (the history, plus today's VIX when it differs
 * from the last close) it is Wilder's averages of that history, so the path's RSI continues it exactly. Otherwise
 * RSI starts at 50 with both averages at half the model's mean absolute daily VIX change,
 * ½·VIX·η·√(1/252)·√(2/π) — a neutral start on the right scale (zero averages would read 100 after one uptick).
 * @param recentCloses daily VIX closes, oldest first (may be empty). @param vix today's VIX (points).
 * @param eta the paths' vol of ln VIX, per √year.
 */
export function rsiSeed(recentCloses: readonly number[], vix: number, eta: number): RsiSeed {
	const closes =
		recentCloses.length > 0 && Math.abs(recentCloses[recentCloses.length - 1] - vix) < 1e-9
			? recentCloses
			: [...recentCloses, vix];
	const state = wilderAverages(closes, RSI_DAYS);
	if (state !== null) return { avgGain: state.avgGain, avgLoss: state.avgLoss };
	const half = 0.5 * vix * eta * Math.sqrt(1 / TRADING_DAYS) * Math.sqrt(2 / Math.PI);
	return { avgGain: half, avgLoss: half };
}

/**
 * RSI and the backwardation flag at every (row, step) of `rows` paths of `stride` closes each.
 * @param vix the paths' VIX closes, row-major. @param backwardationVix per step: VIX above it is backwardation.
 */
export function pathSignals(
	vix: Float64Array,
	rows: number,
	stride: number,
	backwardationVix: Float64Array,
	seed: RsiSeed,
	outBack: Uint8Array,
	outRsi: Float64Array,
): void {
	const n = RSI_DAYS;
	for (let row = 0; row < rows; row++) {
		const o = row * stride;
		let gain = seed.avgGain;
		let loss = seed.avgLoss;
		outRsi[o] = rsiFromAverages(gain, loss);
		outBack[o] = vix[o] > backwardationVix[0] ? 1 : 0;
		for (let j = 1; j < stride; j++) {
			const d = vix[o + j] - vix[o + j - 1];
			gain = (gain * (n - 1) + (d > 0 ? d : 0)) / n;
			loss = (loss * (n - 1) + (d < 0 ? -d : 0)) / n;
			outRsi[o + j] = rsiFromAverages(gain, loss);
			outBack[o + j] = vix[o + j] > backwardationVix[j] ? 1 : 0;
		}
	}
}
