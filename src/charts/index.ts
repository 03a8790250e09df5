// The chart kit: a frame that measures itself and provides scales, small layers stacked inside it, and the four
// assembled charts the screens use. Everything takes plain numbers and strings; nothing here knows the engine.
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as AxisX } from './AxisX.svelte';
export { default as AxisY } from './AxisY.svelte';
export { default as Line } from './Line.svelte';
export { default as Area } from './Area.svelte';
export { default as Rule } from './Rule.svelte';
export { default as Points } from './Points.svelte';
export { default as Bars } from './Bars.svelte';
export { default as Cells } from './Cells.svelte';
export { default as HeatCanvas } from './HeatCanvas.svelte';
export { default as Background } from './Background.svelte';
export { default as Crosshair, type Readout, type ReadoutRow } from './Crosshair.svelte';
export { default as Legend, type LegendItem } from './Legend.svelte';
export {
	default as TermStructureChart,
	type CurveRegime,
	type TermPoint,
	type TermSeries,
} from './TermStructureChart.svelte';
export { default as PayoffChart, type PayoffSeries } from './PayoffChart.svelte';
export { default as HeatmapChart } from './HeatmapChart.svelte';
export {
	default as DistributionChart,
	type DistributionMarker,
	type DistributionSeries,
} from './DistributionChart.svelte';
export { getChart, type ChartContext, type Margin } from './context';
export type { ChartFormats } from './formats';
export * from './scales';
export * from './paths';
export * from './zoom';
export * from './downsample';
export * from './dateTicks';
export * from './bins';
export * from './palette';
