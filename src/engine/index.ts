// The one import path for the worker, the UI, the tests and the bench — except the history's functions, which are
// imported from './history' (its own barrel): re-exported here, the bundler would put them, the CSV parser and the
// embedded episodes in every bundle that imports this file, the page's first script included. Here are the
// history's types and the few constants the page uses.
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
export { easterSunday, nthWeekdayOfMonth, exchangeHolidays, isExchangeHoliday } from './market/holidays';
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
export { classifyCurve, vixOverVix3m, SPOT_OFF_CURVE_PCT, HUMP_PCT } from './market/regime';
// Pricing core: normal distribution, Black-76, BSM, batch pricing, implied volatility.
export { normCdf, normPdf, normInv } from './math/normal';
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
export { smileDelta } from './book/strikes';
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
export type { LadderSize } from './book/ladderSize';

export type { LadderReadout, LadderNoteField } from './book/ladderReadout';
export { ladderReadout } from './book/ladderReadout';
export type { Positions, HeldCondor, HeldLayer } from './book/positions';
export { entryUsd } from './book/positions';
export type { CondorFill, Fills } from './book/fills';
export { NO_FILLS, applyFills, fillProblems, legsCreditPts } from './book/fills';
export type { TradingCosts, Instrument } from './book/tradingCosts';
export { DEFAULT_COSTS, NO_COSTS, tradeCostUsd, commissionUsd } from './book/tradingCosts';
// Scenarios: the market model, the shocked state and its kernels, the what-if engine.
export type { MarketModel, SpxMarket, VixModel } from './scenario/marketModel';
export { spxExpiryForDte, buildMarketModel } from './scenario/marketModel';
export type { Shock } from './scenario/shock';
export { NO_SHOCK, REFERENCE_STRESS_VIX, referenceShock, stressShock } from './scenario/shock';
export type { StressAnswer } from './scenario/referenceStress';
export { referenceStress } from './scenario/referenceStress';
export type { DateState, VixDateState, VixSlot } from './scenario/dateState';
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
export { bookRiskAtExpiry, payoffGrid } from './scenario/payoffGrid';
export type { Heatmap } from './scenario/heatmap';
export { pnlHeatmap } from './scenario/heatmap';
export type { RegimeSide } from './scenario/regimeComparison';
export { compareRegimes } from './scenario/regimeComparison';
export { MIN_RSI_CLOSES, wilderRsi } from './math/rsi';
export { bisectIncreasing, falsePosition } from './math/roots';
export type { PlaybookSuggestion, PlaybookChanges, PlaybookEdit } from './book/playbook';
export { playbookFor, applyPlaybook } from './book/playbook';
export type { Problem } from './market/validateMarket';
export { validateMarket } from './market/validateMarket';
export type { Carry } from './market/carryAssumption';
export { carryOn } from './market/carryAssumption';
export type { DayClose } from './market/closingMarket';
export { closingMarket } from './market/closingMarket';
export type { MarketPreset } from './market/presets';
export { MARKET_PRESETS, defaultMarket } from './market/presets';
export type { BookSpec } from './book/bookSpec';
export { DEFAULT_BOOK_SPEC } from './book/bookSpec';
export { validateBook } from './book/validateBook';
export type { PricedBook } from './scenario/priceBook';
export { priceBook } from './scenario/priceBook';
export type { TermStructure } from './scenario/termStructure';
export { termStructure, curveModel } from './scenario/termStructure';
export type { Counterpart, CounterpartRegime } from './scenario/counterparts';
export { counterpart, vixBucket } from './scenario/counterparts';
// The regime lab (docs/simulation.md).
export * from './simulation';
// History (docs/history.md): its types and the few constants the page uses (see the note at the top).
export type * from './history';
export { INDEX_IDS, MAX_CLOSE, MAX_VX_SETTLE } from './history/series';
export { BACK_TEST_POLICIES, DEFAULT_BACK_TEST_SETTINGS } from './history/backTestSettings';
export { PNL_SERIES } from './history/backTestFigures';
export type { ProxyCalibration } from './history/proxyFutures';
export { proxyFuture } from './history/proxyFutures';
export { BOOK_FIELDS } from './book/bookFields';
export { SHOCK_FIELDS } from './scenario/shockFields';
