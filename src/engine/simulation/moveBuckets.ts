// The SPX-move buckets the regime lab reports by (docs/simulation.md, "Statistics"), on their own so that storage and
// the screens can name them without loading the report code.

/** The SPX-move buckets of the report, percent over the horizon: (lo, hi]. */
export const MOVE_BUCKETS = [
	{ id: 'down10', label: '≤ −10 %', lo: -Infinity, hi: -10 },
	{ id: 'down5', label: '−10 … −5 %', lo: -10, hi: -5 },
	{ id: 'down0', label: '−5 … 0 %', lo: -5, hi: 0 },
	{ id: 'up0', label: '0 … +5 %', lo: 0, hi: 5 },
	{ id: 'up5', label: '> +5 %', lo: 5, hi: Infinity },
] as const;
