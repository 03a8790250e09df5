// The regime lab's entry points, in their own chunk: the worker loads them on the first lab call, so the what-if
// engine starts without the simulation code.
export {
	DEFAULT_REGIME_LAB_SETTINGS,
	labResult,
	labStarts,
	mergeStartSeries,
	runLabPart,
	runRegimeLab,
} from '../engine';
