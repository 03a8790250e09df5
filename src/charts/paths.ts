// SVG path strings for the line and area layers, from parallel x/y arrays and two scales. A point whose x or y is not
// finite (or maps to a non-finite pixel) breaks the line instead of reaching the path as "NaN", so a gap in the data
// shows as a gap on the chart.
import { area, curveLinear, curveMonotoneX, curveStepAfter, line, type CurveFactory } from 'd3-shape';

export type Scale = (value: number) => number;
/** 'step' holds each value until the next x (a histogram outline). */
export type CurveName = 'linear' | 'monotone' | 'step';

const CURVES: Record<CurveName, CurveFactory> = {
	linear: curveLinear,
	monotone: curveMonotoneX,
	step: curveStepAfter,
};

function indices(n: number): number[] {
	const out = new Array<number>(n);
	for (let i = 0; i < n; i++) out[i] = i;
	return out;
}

/**
 * The `d` of a polyline through (x[i], y[i]), skipping non-finite points; '' when nothing is drawable.
 * @example linePathD([0, 1, 2], [0, NaN, 2], (v) => v, (v) => v) // 'M0,0ZM2,2Z' (two isolated points)
 */
export function linePathD(
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	sx: Scale,
	sy: Scale,
	curve: CurveName = 'linear',
): string {
	const n = Math.min(x.length, y.length);
	const px = (i: number) => sx(x[i]);
	const py = (i: number) => sy(y[i]);
	const path = line<number>()
		.defined((i) => Number.isFinite(px(i)) && Number.isFinite(py(i)))
		.x(px)
		.y(py)
		.curve(CURVES[curve]);
	return path(indices(n)) ?? '';
}

/**
 * The `d` of the region between the line (x[i], y[i]) and the horizontal line y = base, with gaps where a point is
 * not finite; '' when nothing is drawable.
 */
export function areaPathD(
	x: ArrayLike<number>,
	y: ArrayLike<number>,
	base: number,
	sx: Scale,
	sy: Scale,
	curve: CurveName = 'linear',
): string {
	const n = Math.min(x.length, y.length);
	const y0 = sy(base);
	if (!Number.isFinite(y0)) return '';
	const px = (i: number) => sx(x[i]);
	const py = (i: number) => sy(y[i]);
	const path = area<number>()
		.defined((i) => Number.isFinite(px(i)) && Number.isFinite(py(i)))
		.x(px)
		.y0(y0)
		.y1(py)
		.curve(CURVES[curve]);
	return path(indices(n)) ?? '';
}
