// The one import path for the worker, the UI, the tests and the bench.
export type { OptionKind, IsoDate } from './types';
export type { Unit, Fraction, Percent, Usd, Pts, Years, Days } from './units';
// Exchange calendar: dates, holidays, business days, expiries, settlement instants, year fractions.
export {
	epochDayOf,
	isoDateOfEpochDay,
	isoDate,
	addDays,
	calendarDaysBetween,
	dayOfWeek,
} from './market/isoDate';
export type { ExchangeHoliday } from './market/holidays';
export {
	SPECIAL_CLOSURES,
	easterSunday,
	nthWeekdayOfMonth,
	exchangeHolidays,
	isExchangeHoliday,
} from './market/holidays';
export {
	isBusinessDay,
	addBusinessDays,
	businessDaysBetween,
	previousBusinessDay,
	nextBusinessDay,
} from './market/calendar';
export { thirdFriday, spxMonthlyExpiry, vxExpiry, vxExpiriesAfter, nearestVxExpiry } from './market/expiries';
export { daylightSavingDays, newYorkUtcOffsetMinutes, newYorkInstant } from './market/newYorkTime';
export type { SettlementStyle } from './market/settlement';
export {
	settlementInstant,
	valuationInstant,
	spxwSettlementInstant,
	spxMonthlySettlementInstant,
	vxSettlementInstant,
} from './market/settlement';
export { MINUTES_PER_YEAR, yearFraction } from './market/yearFraction';
// SVI smile: raw SVI, its no-arbitrage checks, the fit from ATM and 25Δ vols.
export type { SviParams, SviTotalVarianceDerivatives } from './pricing/svi';
export { sviTotalVariance, sviImpliedVol, sviTotalVarianceDerivatives } from './pricing/svi';
export type { SviParamProblem, SviButterflyResult } from './pricing/sviChecks';
export { checkSviParams, sviDurrlemanG, sviButterflyCheck } from './pricing/sviChecks';
export type { SviQuotes, SviQuoteStrikes } from './pricing/sviFit';
export { fitSviFromQuotes, sviQuoteStrikes } from './pricing/sviFit';
// Market state and regimes.
export type {
	MarketSnapshot,
	ForwardInput,
	SmileInput,
	VolOfVolInput,
	VxFutureQuote,
} from './market/snapshot';
export { marketWithDefaults } from './market/snapshot';
export {
	START_ATM_VOL,
	forwardForMode,
	smileForMode,
	volOfVolForMode,
	linkForPreset,
	nextVxFuture,
} from './market/modes';
export type { SpotVolLinkInput, SpotVolLinkPreset, LinkAtLevel } from './market/spotVolLink';
export { spotVolLinkPreset, linkAtLevel, shockVix } from './market/spotVolLink';
export type { CurveMove } from './market/curveShift';
export { tenorBeta, curveMoveFactor } from './market/curveShift';
export { TENOR_BETA_KAPPA } from './measured/tenorBeta.generated';
export { vixTermLevel } from './market/termLevel';
export { marketOnDate, latestCloseDate, ownMarket } from './market/marketDate';
export type { NumberSpec } from './fields';
export type { FieldPath, MarketField, BookField } from './fieldPaths';
export { numberProblem, shownValue, storedValue } from './fields';
export { MARKET_FIELDS, MAX_FUTURES, MAX_RECENT_CLOSES } from './market/marketFields';
export * from './conventions';
export {
	carryForward,
	parityForward,
	forwardFromCarry,
	forwardFromParity,
	impliedDividendYield,
	forwardFromInput,
} from './market/forward';
export type { Regime, CurveInput, RegimeMeasures, RegimeResult } from './market/regime';
export { classifyCurve, vixOverVix3m, FLAT_BAND_PCT, SPOT_OFF_CURVE_PCT, HUMP_PCT } from './market/regime';
// Pricing core: normal distribution, Black-76, BSM, batch pricing, implied volatility.
export { normCdf, normPdf, normInv, normCdfGivenGaussian } from './math/normal';
export { normCdfFast } from './math/normCdfFast';
export type { Greeks } from './pricing/greeks';
export { black76Price, black76Greeks } from './pricing/black76';
export { bsmPrice, bsmGreeks } from './pricing/bsm';
export type { Black76GreeksArrays } from './pricing/batch';
export { black76PriceBatch, bsmPriceBatch, black76GreeksBatch } from './pricing/batch';
export {
	impliedVolBlack76,
	impliedVolBsm,
	impliedVolBlack76Batch,
	normalisedImpliedVol,
} from './pricing/impliedVol';
export type { VixCurve, CurvePoint, CurvePrior } from './market/vixCurve';
export { fitVixCurve } from './market/curveFit';
export {
	logOuFuture,
	defaultVixCurve,
	curveFuture,
	residualAt,
	rollCurve,
	isExtrapolated,
	CURVE_PRIOR,
	priorPenalties,
	KAPPA_MIN,
	KAPPA_MAX,
} from './market/vixCurve';
export type { VixVolWhatIf } from './pricing/vixOptions';
export { vixSkewedVol, vixOptionVol, vixOptionPrice, vixOptionGreeks } from './pricing/vixOptions';
export type { VixVolSurfaceInput } from './pricing/vixVolSurface';
export { modelAtmVol, atmVolTermStructure, DEFAULT_VIX_VOL_SURFACE } from './pricing/vixVolSurface';
// Book: the short iron condor.
export type { ExpiryMarket } from './book/expiryMarket';
export { SPX_STRIKE_STEP, smileDelta, strikeForDelta } from './book/strikes';
export type {
	CondorSpec,
	CondorStrikes,
	CondorReadout,
	CondorProblem,
	ShortStrikeRule,
	WingRule,
} from './book/ironCondor';
export {
	DEFAULT_CONDOR,
	checkCondorStrikes,
	condorStrikes,
	condorValue,
	condorLegMids,
	condorPayoffAtExpiry,
	condorReadout,
} from './book/ironCondor';
// Book: the 4/4/2 VIX-call ladder, positions and trading costs.
export type { VixMarket } from './book/vixMarket';
export type { LayerId, LayerSpec, ExpiryRule, LadderStrikeRule, Sizing, LadderSpec } from './book/ladderSpec';
export { DEFAULT_LADDER, roundVixStrike } from './book/ladderSpec';
export { shortsForMode, wingsForMode, strikeRuleForMode, sizingForMode } from './book/modes';
export type { LadderLayer } from './book/ladderLayers';
export { layerExpiries, ladderLayers } from './book/ladderLayers';
export { MAX_SANE_UNITS, smallestUnitsReaching, largestUnitsWithin } from './book/ladderSizing';
export type { LadderReadout, LadderNoteField } from './book/ladderReadout';
export { ladderReadout } from './book/ladderReadout';
export type { Positions, HeldCondor, HeldLayer } from './book/positions';
export { entryUsd } from './book/positions';
export type { CondorFill, Fills } from './book/fills';
export { NO_FILLS, applyFills, fillProblems, legsCreditPts } from './book/fills';
export type { TradingCosts, Instrument } from './book/tradingCosts';
export { DEFAULT_COSTS, NO_COSTS, commissionUsd } from './book/tradingCosts';
// Scenarios: the market model, the shocked state and its kernels, the what-if engine.
export type { MarketModel, SpxMarket } from './scenario/marketModel';
export { spxExpiryForDte, buildMarketModel } from './scenario/marketModel';
export type { Shock } from './scenario/shock';
export { NO_SHOCK, REFERENCE_STRESS_VIX, referenceShock, stressShock } from './scenario/shock';
export type { StressAnswer } from './scenario/referenceStress';
export { referenceStress } from './scenario/referenceStress';
export type { DateState, VixSlot } from './scenario/dateState';
export { dateState, condorCloseCost, vixSlot, slotFuture, vixCallValue } from './scenario/dateState';
export type {
	ValuedBook,
	PnlBreakdown,
	BookDate,
	GreeksAfter,
	LegDetail,
	WhatIfResult,
} from './scenario/whatIf';
export { whatIfPnl } from './scenario/whatIf';
export type { PayoffGrid } from './scenario/payoffGrid';
export { payoffGrid } from './scenario/payoffGrid';
export type { Heatmap } from './scenario/heatmap';
export { pnlHeatmap } from './scenario/heatmap';
export type { RegimeSide } from './scenario/regimeComparison';
export { otherRegime, compareRegimes } from './scenario/regimeComparison';
export { MIN_RSI_CLOSES, wilderRsi, wilderAverages, rsiFromAverages } from './math/rsi';
export { falsePosition } from './math/roots';
export type { PlaybookSuggestion, PlaybookChanges, PlaybookEdit } from './book/playbook';
export { playbookFor, applyPlaybook } from './book/playbook';
export type { Problem } from './market/validate';
export { validateMarket } from './market/validate';
export type { MarketPreset } from './market/presets';
export { MARKET_PRESETS, defaultMarket } from './market/presets';
export type { BookSpec } from './book/bookSpec';
export { DEFAULT_BOOK_SPEC } from './book/bookSpec';
export { validateBook } from './book/validateBook';
export type { PricedBook } from './scenario/priceBook';
export { priceBook } from './scenario/priceBook';
export type { TermStructure } from './scenario/termStructure';
export { termStructure, curveModel } from './scenario/termStructure';
// Simulation: the Monte Carlo regime lab (paths, marking, policies, statistics).
export { splitmix32, streamSeed, Xoshiro128 } from './simulation/prng';
export type { StepGrid } from './simulation/stepGrid';
export { CLOSE_MINUTES_ET, stepGrid, horizonDate } from './simulation/stepGrid';
export type { JumpParams, PathModel } from './simulation/pathModel';
export { DEFAULT_PATH_MODEL, checkPathModel } from './simulation/pathModel';
export type { PathStart, PathBlock, OpenSteps } from './simulation/paths';
export { NO_OPENS, ouStep, meanOffsets, pathBlock, simulatePairs } from './simulation/paths';
export type { CondorTables, VxTables } from './simulation/marking';
export {
	condorTables,
	markCondor,
	condorMarkAt,
	condorLegValuesAt,
	vxTables,
	vixCallMark,
	modelFuture,
	markVixCalls,
} from './simulation/marking';
export type { RsiSeed } from './simulation/signals';
export { RSI_DAYS, rsiSeed, pathSignals } from './simulation/signals';
export type { EntryRule, CondorManagement, PolicySpec } from './simulation/policySpec';
export { NO_MANAGEMENT, DEFAULT_POLICIES, checkPolicy } from './simulation/policySpec';
export type { EntryBook, ChunkMarks, RollStrike, PathOutcome } from './simulation/policies';
export {
	pathOutcome,
	runPolicyOnPath,
	CLOSE_HORIZON,
	CLOSE_TAKE_PROFIT,
	CLOSE_STOP,
	CLOSE_DTE,
} from './simulation/policies';
export type { PnlStats, Histogram } from './simulation/stats';
export { pnlStats, sortedCopy, quantileSorted, sharedEdges, histogram } from './simulation/stats';
export type { StartSpec, StartState } from './simulation/startStates';
export { regimeStarts } from './simulation/startStates';
export type { Counterpart, CounterpartRegime } from './scenario/counterparts';
export { counterpart, vixBucket, bucketLabel } from './scenario/counterparts';
export type { RegimeLabSettings } from './simulation/labSettings';
export {
	DEFAULT_REGIME_LAB_SETTINGS,
	LAB_PATH_CHOICES,
	MAX_LAB_PATHS,
	checkRegimeLabSettings,
} from './simulation/labSettings';
export type { PolicyEntry, StartPlan } from './simulation/labPlan';
export { planStart, riskPremium, premiumRegime, meanVixPath } from './simulation/labPlan';
export type { EventCounts, PolicySeries, StartSeries } from './simulation/labRun';
export { runPairs } from './simulation/labRun';
export type { MoveOutcome, PolicyFigures, PolicyResult } from './simulation/labReport';
export { MOVE_BUCKETS } from './simulation/moveBuckets';
export type { RegimeLabProgress, StartResult, RegimeLabResult } from './simulation/regimeLab';
export { labStarts, runLabPart, labResult, runRegimeLab, mergeStartSeries } from './simulation/regimeLab';
// History: imported Cboe / CFE files, the proxy VX curve, flips, indicators and FOMC days.
export * from './history';
export type { ProxyCalibration } from './history/proxyFutures';
export { proxyFuture, PROXY_VOL_OF_VOL } from './history/proxyFutures';
export { BOOK_FIELDS } from './book/bookFields';
export { SHOCK_FIELDS } from './scenario/shockFields';
