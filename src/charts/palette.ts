// Chart colours that read on the app's dark background. Literal hex values (not var()) where a colour is
// interpolated, as in the heatmap's diverging scale; series colours may be handed to layers as they are.

/** Loss red, neutral, profit green: the heatmap's diverging scale (neutral is the card surface, so 0 looks empty). */
export const PNL_DIVERGING: readonly [string, string, string] = ['#f87171', '#1f2a35', '#4ade80'];

/** Distinct series colours, in the order charts hand them out. */
export const SERIES_COLORS = [
	'#2dd4bf',
	'#fbbf24',
	'#c084fc',
	'#60a5fa',
	'#f472b6',
	'#a3e635',
	'#fb923c',
] as const;

/** The colour of each VIX regime label (the same as the CSS variables --contango, --backwardation…). */
export const REGIME_COLORS = {
	contango: 'var(--contango)',
	backwardation: 'var(--backwardation)',
	flat: 'var(--flat)',
	mixed: 'var(--mixed)',
} as const;
