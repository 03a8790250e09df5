// The timeline's derived series, computed once per history: VIX/VIX3M and the bands of days with VIX above VIX3M
// (each band from its first day to the day after its last, so a one-day band has a width), and the FOMC days and
// flips as day numbers.

/** VIX / VIX3M per day (NaN where VIX3M is unknown). */
export function termRatio(vix: ArrayLike<number>, vix3m: ArrayLike<number>): Float64Array {
	return Float64Array.from({ length: vix.length }, (_, i) => (vix3m[i] > 0 ? vix[i] / vix3m[i] : NaN));
}

/**
 * Runs of consecutive rows with VIX above VIX3M as day-number ranges [x0, x1): x1 is the next row's day, or the day
 * after the last row. A run stops at a row without VIX3M and at a new stretch.
 */
export function backwardationBands(
	days: ArrayLike<number>,
	vix: ArrayLike<number>,
	vix3m: ArrayLike<number>,
	breaks: ArrayLike<number> = [],
): { x0: number[]; x1: number[] } {
	const stretchStart = new Set(Array.from(breaks));
	const x0: number[] = [];
	const x1: number[] = [];
	let open = -1;
	const close = (i: number) => {
		if (open < 0) return;
		x0.push(days[open]);
		x1.push(i < days.length && !stretchStart.has(i) ? days[i] : days[i - 1] + 1);
		open = -1;
	};
	for (let i = 0; i < days.length; i++) {
		if (stretchStart.has(i)) close(i);
		const back = vix[i] > vix3m[i];
		if (back && open < 0) open = i;
		if (!back) close(i);
	}
	close(days.length);
	return { x0, x1 };
}
