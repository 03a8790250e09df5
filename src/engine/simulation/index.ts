// The regime lab's public surface (docs/simulation.md): settings, plans, paths, marks, policies, runs and reports.
export { splitmix32, streamSeed, Xoshiro128 } from './prng';
export type { StepGrid } from './stepGrid';
export { CLOSE_MINUTES_ET, stepGrid, horizonDate } from './stepGrid';
export type { JumpParams, PathModel } from './pathModel';
export { DEFAULT_PATH_MODEL, checkPathModel } from './pathModel';
export { PATH_MODEL_FIELDS, JUMP_FIELDS, HORIZON_FIELD } from './labFields';
export type { PathStart, PathBlock, OpenSteps } from './paths';
export { NO_OPENS, ouStep, meanOffsets, pathBlock, simulatePairs } from './paths';
export type { CondorTables } from './condorMarks';
export { condorTables, markCondor, condorMarkAt, condorLegValuesAt } from './condorMarks';
export type { VxTables } from './vixCallMarks';
export { vxTables, vixCallMark, modelFuture, markVixCalls } from './vixCallMarks';
export type { RsiSeed } from './signals';
export { RSI_DAYS, rsiSeed, pathSignals } from './signals';
export type { EntryRule, CondorManagement, PolicySpec } from './policySpec';
export type {
	EntryBook,
	ChunkMarks,
	RollStrike,
	PathOutcome,
	PolicyVx,
	PolicyTrace,
	TradeKind,
} from './pathRun';
export { NO_MANAGEMENT, DEFAULT_POLICIES, checkPolicy } from './policySpec';
export { pathOutcome, CLOSE_HORIZON, CLOSE_TAKE_PROFIT, CLOSE_STOP, CLOSE_DTE } from './pathRun';
export { runPolicyOnPath } from './policies';
export type { PnlStats, Histogram } from './stats';
export { pnlStats, sortedCopy, quantileSorted, sharedEdges, histogram } from './stats';
export { blockResample, blockBootstrapSe } from './blockBootstrap';
export type { StartSpec, StartState } from './startStates';
export type { AnalogWindows } from './analogs';
export {
	ANALOG_RATIO_EDGES,
	MIN_ANALOG_WINDOWS,
	ratioBucket,
	analogWindows,
	analogSource,
	analogPairs,
} from './analogs';
export { USER_START_ID, regimeStarts } from './startStates';
export type { RegimeLabSettings } from './labSettings';
export {
	DEFAULT_REGIME_LAB_SETTINGS,
	LAB_PATH_CHOICES,
	MAX_LAB_PATHS,
	checkRegimeLabSettings,
} from './labSettings';
export type { StartPlan } from './labPlan';
export type { PolicyEntry, EntryQuote } from './policyEntries';
export { entrySpec, quoteEntry, policyEntries } from './policyEntries';
export { planStart, riskPremium, premiumRegime, meanVixPath } from './labPlan';
export type { EventCounts, PolicySeries, StartSeries } from './labRun';
export { runPairs } from './labRun';
export type { MoveOutcome, PolicyFigures, PolicyResult } from './labReport';
export { MOVE_BUCKETS } from './moveBuckets';
export type { RegimeLabProgress, StartResult, RegimeLabResult } from './regimeLab';
export { labStarts, runLabPart, labResult, runRegimeLab, mergeStartSeries } from './regimeLab';
