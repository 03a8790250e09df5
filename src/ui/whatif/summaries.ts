// What the What-if charts say, in words for screen readers: the payoff's range and break-evens, the heat map's worst
// cell.
import type { HeatmapResult } from '../../state/workbench.svelte';
import { pctFromPercent, pts, usd } from '../../text/format';

/** The combined payoff over SPX at one date: its worst and best values and its break-evens. */
export function payoffSummary(
	when: string,
	x: Float64Array,
	combined: Float64Array,
	breakEvens: readonly number[],
): string {
	let worst = Infinity;
	let best = -Infinity;
	for (const v of combined) [worst, best] = [Math.min(worst, v), Math.max(best, v)];
	const bes = breakEvens.length
		? `break-evens ${breakEvens.map((b) => pts(b, 0)).join(' and ')}.`
		: 'no break-even.';
	return (
		`Combined P&L at ${when} over SPX ${pts(x[0], 0)} to ${pts(x[x.length - 1], 0)}: ` +
		`from ${usd(worst, { signed: true })} to ${usd(best, { signed: true })}; ${bes}`
	);
}

/** The heat map's span and its worst cell. */
export function heatSummary(h: HeatmapResult): string {
	let worst = 0;
	let wi = 0;
	for (let i = 0; i < h.combined.length; i++) if (h.combined[i] < worst) [worst, wi] = [h.combined[i], i];
	const x = h.xs[wi % h.xs.length];
	const y = h.ys[Math.floor(wi / h.xs.length)];
	const move = (v: number) => pctFromPercent(v, { digits: 0, signed: true });
	return `Combined P&L over SPX moves ${move(h.xs[0])} to ${move(h.xs[h.xs.length - 1])} and VIX ${pts(h.ys[0], 0)} to ${pts(h.ys[h.ys.length - 1], 0)}; worst ${usd(worst, { signed: true })} at SPX ${move(x)} with VIX ${pts(y, 0)}.`;
}
