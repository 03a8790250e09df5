// Zoom and pan of a chart's x domain within the data's full extent: pure, so a pinch, a wheel, a drag, a button and
// a key all move the domain by the same rules (tested table-style in Node). Domains never leave the full extent and
// never get narrower than `minSpan`.
import type { Domain } from './scales';

/**
 * `domain` moved into `full` (keeping its span, or `full` itself when the span is wider).
 * @example clampDomain([-5, 5], [0, 100]) // [0, 10]
 */
export function clampDomain(domain: Domain, full: Domain): Domain {
	const span = domain[1] - domain[0];
	if (!(span > 0) || span >= full[1] - full[0]) return [full[0], full[1]];
	const lo = Math.min(Math.max(domain[0], full[0]), full[1] - span);
	return [lo, lo + span];
}

/**
 * The domain zoomed by `factor` (> 1 zooms in) about `center` (a data x that stays where it is on screen).
 * @param minSpan - the narrowest span allowed, data units
 * @example zoomDomain([0, 100], [0, 100], 2, 50) // [25, 75]
 */
export function zoomDomain(
	domain: Domain,
	full: Domain,
	factor: number,
	center: number,
	minSpan = 0,
): Domain {
	if (!(factor > 0) || !Number.isFinite(factor)) return domain;
	const span = domain[1] - domain[0];
	const next = Math.max(span / factor, Math.min(minSpan, full[1] - full[0]));
	const c = Number.isFinite(center)
		? Math.min(Math.max(center, domain[0]), domain[1])
		: (domain[0] + domain[1]) / 2;
	const at = span > 0 ? (c - domain[0]) / span : 0.5;
	return clampDomain([c - at * next, c - at * next + next], full);
}

/**
 * The domain moved by `delta` data units (positive: later), stopped at the full extent's edges.
 * @example panDomain([0, 10], [0, 100], 95) // [90, 100]
 */
export function panDomain(domain: Domain, full: Domain, delta: number): Domain {
	if (!Number.isFinite(delta)) return domain;
	return clampDomain([domain[0] + delta, domain[1] + delta], full);
}
