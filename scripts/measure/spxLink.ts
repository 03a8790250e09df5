// The SPX side of the real-world model: c in σ_S = c·VIX/100, the diffusion correlation ρ of daily log changes,
// and the SPX move in a common jump.
import type { Day } from './market';
import { mean, median } from './stats';

export interface DailyMoves {
	/** Δ ln SPX between consecutive days that have both closes. */
	spx: number[];
	/** Δ ln VIX over the same days. */
	vix: number[];
	/** VIX at the start of each move, points. */
	vixBefore: number[];
}

export function dailyMoves(days: readonly Day[]): DailyMoves {
	const both = days.filter((d) => d.spx !== null);
	const moves: DailyMoves = { spx: [], vix: [], vixBefore: [] };
	for (let i = 1; i < both.length; i++) {
		moves.spx.push(Math.log(both[i].spx! / both[i - 1].spx!));
		moves.vix.push(Math.log(both[i].vix / both[i - 1].vix));
		moves.vixBefore.push(both[i - 1].vix);
	}
	return moves;
}

export function correlation(a: readonly number[], b: readonly number[]): number {
	const ma = mean(a);
	const mb = mean(b);
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	a.forEach((x, i) => {
		sab += (x - ma) * (b[i] - mb);
		saa += (x - ma) ** 2;
		sbb += (b[i] - mb) ** 2;
	});
	return sab / Math.sqrt(saa * sbb);
}

/** The `count` largest daily VIX log rises: the days a jump model with that many jumps would call jumps. */
export function jumpDays(moves: DailyMoves, count: number): number[] {
	return [...moves.vix.keys()].sort((i, j) => moves.vix[j] - moves.vix[i]).slice(0, count);
}

export interface JumpDayMoves {
	days: number;
	/** Smallest VIX log rise among them. */
	threshold: number;
	meanVix: number;
	meanSpx: number;
	/** Σ Δ ln SPX / Σ Δ ln VIX over those days. */
	spxPerVix: number;
}

export function jumpDayMoves(moves: DailyMoves, count: number): JumpDayMoves {
	const idx = jumpDays(moves, count);
	const meanVix = mean(idx.map((i) => moves.vix[i]));
	const meanSpx = mean(idx.map((i) => moves.spx[i]));
	return {
		days: idx.length,
		threshold: moves.vix[idx.at(-1)!],
		meanVix,
		meanSpx,
		spxPerVix: meanSpx / meanVix,
	};
}

export interface SpxVolScale {
	/** Mean of realized 21-day vol / VIX. */
	meanRatio: number;
	medianRatio: number;
	/** √(mean RV² / mean VIX²): what a model with σ = c·VIX/100 needs to match the 21-day variance. */
	varianceRatio: number;
	/** mean RV² and mean VIX², decimal² per year, for removing a jump share. */
	meanRv2: number;
	meanVix2: number;
	n: number;
}

/** Realized vol of the next 21 daily SPX log moves (√(252/21·Σr²)) against VIX at the start. */
export function spxVolScale(moves: DailyMoves, window = 21): SpxVolScale {
	const ratios: number[] = [];
	const rv2: number[] = [];
	const vix2: number[] = [];
	for (let t = 0; t + window <= moves.spx.length; t++) {
		let sum = 0;
		for (let i = t; i < t + window; i++) sum += moves.spx[i] ** 2;
		const variance = (sum * 252) / window;
		const v = moves.vixBefore[t] / 100;
		ratios.push(Math.sqrt(variance) / v);
		rv2.push(variance);
		vix2.push(v * v);
	}
	const meanRv2 = mean(rv2);
	const meanVix2 = mean(vix2);
	return {
		meanRatio: mean(ratios),
		medianRatio: median(ratios),
		varianceRatio: Math.sqrt(meanRv2 / meanVix2),
		meanRv2,
		meanVix2,
		n: ratios.length,
	};
}
