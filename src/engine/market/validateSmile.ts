// The smile part of market validation (docs/inputs.md, "Market"): the linked or quoted 25Δ vols must fit an SVI
// smile without arbitrage at the default condor tenor, and raw SVI parameters must pass the no-arbitrage checks.
import { ATM_TO_VIX_RATIO, DAYS_PER_YEAR } from '../conventions';
import type { MarketField } from '../fieldPaths';
import { describeValue, numberProblem, type NumberSpec } from '../fields';
import { checkSviParams, sviButterflyCheck } from '../pricing/sviChecks';
import { fitSviFromQuotes } from '../pricing/sviFit';
import { calendarDaysBetween } from './isoDate';
import { MARKET_FIELDS as F } from './marketFields';
import { vixTermLevel } from './termLevel';
import { goodFutures, isRecord, validDate } from './unknownInput';
import { fitVixCurve } from './curveFit';
import { curveFuture } from './vixCurve';
import type { Problem } from './validateMarket';

/** The smile quotes are checked at the default condor tenor, 45 calendar days (the fit is scale-free in √T). */
const CHECK_DAYS = 45;

type Add = (field: MarketField, message: string | null) => void;
type Num = (field: MarketField, spec: NumberSpec, v: unknown) => void;

/**
 * The SPX ATM vol (decimal) the VIX link gives at 45 days — 0.9 × the VIX term level — or null when the numbers
 * it needs are bad. Accepts a market of unknown shape.
 */
export function linkedAtmVol(market: object): number | null {
	const m = market as Record<string, unknown>;
	if (numberProblem(F.vix, m.vix) !== null || !validDate(m.valuationDate)) return null;
	const vix3m = numberProblem(F.vix3m, m.vix3m) === null ? (m.vix3m as number) : null;
	const date = m.valuationDate;
	const vix = m.vix as number;
	const futures = goodFutures(m)
		.map((f) => ({ T: calendarDaysBetween(date, f.expiry) / DAYS_PER_YEAR, price: f.price }))
		.filter((f) => f.T > 0);
	const curve = futures.length > 0 ? fitVixCurve({ vix, eta: 1, futures }) : null;
	const level = vixTermLevel(
		vix,
		vix3m,
		(T) => (curve ? curveFuture(curve, T) : NaN),
		CHECK_DAYS / DAYS_PER_YEAR,
	);
	return level > 0 && Number.isFinite(level) ? (ATM_TO_VIX_RATIO * level) / 100 : null;
}

export function checkSmile(m: Record<string, unknown>, problems: Problem<MarketField>[], add: Add, num: Num) {
	const smile = m.smile;
	if (!isRecord(smile) || !['linked', 'quotes', 'raw'].includes(smile.mode as string))
		return add('smile', 'The smile must be linked to VIX, quotes or raw SVI.');
	if (smile.mode === 'raw') return checkRawSvi(smile.svi, add);
	let quotes: { atmVol: number | null; put25Vol: number; call25Vol: number } | null = null;
	const linked = linkedAtmVol(m);
	if (smile.mode === 'linked') {
		num('smile.put25OverAtm', F.put25OverAtm, smile.put25OverAtm);
		num('smile.call25OverAtm', F.call25OverAtm, smile.call25OverAtm);
		if (linked !== null && problems.every((p) => !p.field.startsWith('smile')))
			quotes = {
				atmVol: null,
				put25Vol: linked * (smile.put25OverAtm as number),
				call25Vol: linked * (smile.call25OverAtm as number),
			};
	} else {
		if (smile.atmVol !== null) num('smile.atmVol', F.atmVol, smile.atmVol);
		num('smile.put25Vol', F.put25Vol, smile.put25Vol);
		num('smile.call25Vol', F.call25Vol, smile.call25Vol);
		if (problems.every((p) => !p.field.startsWith('smile')))
			quotes = {
				atmVol: smile.atmVol as number | null,
				put25Vol: smile.put25Vol as number,
				call25Vol: smile.call25Vol as number,
			};
	}
	const atmVol = quotes?.atmVol ?? linked;
	if (quotes === null || atmVol === null) return;
	try {
		fitSviFromQuotes({
			T: CHECK_DAYS / DAYS_PER_YEAR,
			forward: 100,
			atmVol,
			put25Vol: quotes.put25Vol,
			call25Vol: quotes.call25Vol,
		});
	} catch (e) {
		const why = e instanceof Error ? e.message : 'these quotes admit no arbitrage-free smile';
		add(
			'smile',
			quotes.atmVol !== null
				? why
				: `With the ATM vol the VIX link gives at 45 days (${(100 * atmVol).toFixed(1)} %): ${why}. ` +
						'Type an ATM vol or move the 25Δ vols.',
		);
	}
}

function checkRawSvi(p: unknown, add: Add) {
	if (!isRecord(p)) return add('smile.svi', 'Raw SVI needs a, b, ρ, m and σ.');
	const keys = ['a', 'b', 'rho', 'm', 'sigma'] as const;
	const bad = keys.filter((k) => typeof p[k] !== 'number' || !Number.isFinite(p[k] as number));
	bad.forEach((k) => add(`smile.svi.${k}`, `SVI ${k} must be a number (got ${describeValue(p[k])}).`));
	if (bad.length > 0) return;
	const svi = {
		a: p.a as number,
		b: p.b as number,
		rho: p.rho as number,
		m: p.m as number,
		sigma: p.sigma as number,
	};
	const paramProblems = checkSviParams(svi);
	paramProblems.forEach((q) => add('smile.svi', q.message));
	if (paramProblems.length === 0) {
		const butterfly = sviButterflyCheck(svi);
		if (!butterfly.ok) add('smile.svi', butterfly.message);
	}
}
