// The context a ChartFrame gives its layers: the plot's inner size, its margins and the two linear scales. Layers read
// it during their setup (getChart()) and use its getters in their markup, so they follow every resize and domain
// change without props being threaded through.
import { createContext } from 'svelte';
import type { ScaleLinear } from 'd3-scale';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartContext {
	/** Width of the plot area inside the margins, px (0 before the first measurement). */
	readonly width: number;
	/** Height of the plot area inside the margins, px. */
	readonly height: number;
	readonly margin: Margin;
	/** Data x → px from the plot's left edge. */
	readonly xScale: ScaleLinear<number, number>;
	/** Data y → px from the plot's top edge (larger values higher up). */
	readonly yScale: ScaleLinear<number, number>;
	/** A document-unique prefix for ids (clip paths, gradients, labels). */
	readonly id: string;
}

export const [getChart, setChart] = createContext<ChartContext>();
