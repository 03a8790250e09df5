// Timing and reporting for `npm run bench`: warm-up, median of repeated runs, and a table of figures vs targets.

/** Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. */
export function medianMs(fn: () => void, runs = 5, warmup = 1): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = process.hrtime.bigint();
		fn();
		times.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

export interface Row {
	section: string;
	what: string;
	value: string;
	/** e.g. '≥ 25 M/s'; empty when there is no target. */
	target?: string;
	pass?: boolean;
}

export const rows: Row[] = [];

export function report(row: Row): void {
	rows.push(row);
	const mark = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
	console.log(`  ${row.what.padEnd(58)} ${row.value.padStart(16)}  ${(row.target ?? '').padEnd(16)} ${mark}`);
}

export const perSecond = (count: number, ms: number) => (count / ms) * 1000;
export const fmtRate = (x: number) =>
	x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`;
export const fmtErr = (x: number) => (Number.isFinite(x) ? x.toExponential(2) : String(x));
