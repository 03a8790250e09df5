// The what-if's number fields, each described once (see fields.ts).
import type { NumberSpec } from '../fields';

export const SHOCK_FIELDS = {
	spxMovePct: { label: 'SPX move', unit: '%', min: -60, max: 40, step: 0.5 },
	vixLevel: { label: 'VIX after the move', unit: 'pts', min: 1, max: 200, step: 0.5 },
	longRunLevel: { label: 'Long-run VIX level', unit: 'pts', min: 1, max: 200, step: 0.5 },
	daysForward: { label: 'Days forward', unit: 'd', min: 0, max: 400, integer: true, step: 1 },
	spxVolShiftPts: { label: 'SPX vol shift', unit: 'vol pts', min: -50, max: 200, step: 1 },
	volOfVolShiftPts: { label: 'VIX-option vol shift', unit: 'vol pts', min: -100, max: 300, step: 5 },
	vixSkewScale: { label: 'VIX skew × ', min: 0, max: 5, step: 0.1 },
} satisfies Record<string, NumberSpec>;
