// History: importing real market files, merging them, and reading them (flips, indicators, FOMC days).
export type {
	IndexId,
	IndexSeries,
	VxContract,
	HistorySeries,
	Refusal,
	ImportResult,
	ImportNotes,
} from './series';
export { INDEX_IDS, MAX_CLOSE, MAX_VX_SETTLE } from './series';
export type { LayoutId, Layout } from './layouts';
export { LAYOUTS, detectLayout, indexFromFileName } from './layouts';
export type { HistoryFileInput, ImportedFile } from './importHistoryFile';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, importSizeRefusal, importHistoryFile } from './importHistoryFile';
export type { Gap, GapReport } from './businessDayGaps';
export { businessDayGaps } from './businessDayGaps';
export type { MergeReport, MergeRefusal } from './mergeSeries';
export { SAME_CLOSE_REL, mergeSeries, mergeContract } from './mergeSeries';
export type { CommonDays } from './commonDays';
export { commonDays } from './commonDays';
export type { Flip, FlipScan } from './flips';
export { FLIP_MIN_CONTANGO_DAYS, scanFlips } from './flips';
export type { AlignedValues, TermSpreadMacd } from './indicators';
export { vixRsi, ema, termSpreadMacd } from './indicators';
export type { FlipNearFomc } from './fomc';
export { FOMC_DECISIONS, UNSCHEDULED_FOMC_DECISIONS, FOMC_WINDOW_DAYS, flagFlipsNearFomc } from './fomc';
// History days, the market of a day, the replay and the back-test.
export type { HistoryTable } from './historyTable';
export { dayIndex, priorVixCloses } from './historyTable';
export { storedVixClosesBefore } from './storedVixCloses';
export { importedHistoryTable } from './importedHistory';
export { embeddedHistoryTable } from './embeddedHistory';
export type { HistoricalMarket } from './historicalMarket';
export { historicalMarket, PROXY_CURVE_EXPIRIES, PRIOR_VIX_CLOSE_COUNT } from './historicalMarket';
export type { HistoryDay, HistoryDays, SoqSource } from './historyDays';
export { historyDays } from './historyDays';
export type { BookPnl, ReplayDay, ReplayResult } from './replay';
export { replay, replayEntryDate } from './replay';
export type { ReplayEvent, ReplayRule } from './replayEvents';
export type { BackTestSettings } from './backTestSettings';
export type { Episode } from './largestEpisode';
export { largestEpisode } from './largestEpisode';
export {
	BACK_TEST_POLICIES,
	DEFAULT_BACK_TEST_SETTINGS,
	checkBackTestSettings,
	overlapsEpisode,
} from './backTestSettings';
export type { BackTestSeries } from './backTest';
export { backTestStarts, backTestPart, mergeBackTestSeries, runBackTest } from './backTest';
export type { BackTestGroup, BackTestResult, Figure, PnlFigures } from './backTestReport';
export { backTestResult } from './backTestReport';
export type { PnlSeriesId } from './backTestFigures';
export { PNL_SERIES, REGIME_GROUPS } from './backTestFigures';
// What the History screen shows of a history: the timeline, the flips, the proxy's error.
export type { HistoryTimeline } from './timeline';
export { historyTimeline, termSeries } from './timeline';
export { historyFlips } from './historyFlips';
export type { ProxyErrorBucket, ProxyErrorReport } from './proxyError';
export { PROXY_ERROR_TENORS_DAYS, proxyErrorReport } from './proxyError';
export { embeddedEpisodeDates } from './embeddedHistory';
export type { StoredHistory, ImportOutcome, SeriesReport } from './storedHistory';
export { EMPTY_HISTORY, addImports, historySeries, missingSeries, storedReport } from './storedHistory';
