// Validation of a market snapshot (docs/inputs.md): every problem at once, each with the field it belongs to, so the
// UI can show a message beside the field. Accepts anything (a typed form, an import, a share link) and never throws.
// Number bounds come from MARKET_FIELDS; what is checked here beyond them is meaning: dates in order and listed, a
// smile that fits without arbitrage.
import type { MarketField } from '../fieldPaths';
import { describeValue, numberProblem, type NumberSpec } from '../fields';
import { epochDayOf } from './isoDate';
import { vxExpiry } from './expiries';
import { MARKET_FIELDS as F, MAX_FUTURES, MAX_RECENT_CLOSES } from './marketFields';
import { isRecord, validDate } from './unknownInput';
import { checkSmile } from './validateSmile';
import { MAX_CONDOR_DTE } from '../book/bookFields';
import type { ForwardInput } from './snapshot';
import { DAYS_PER_YEAR } from '../conventions';

/** A message for one field; `F` is the kind of path (MarketField, BookField, a read-out's note). */
export interface Problem<F extends string = string> {
	/** Path of the field, e.g. 'futures[1].price'. */
	field: F;
	message: string;
}

/**
 * Valuation dates leave room inside the calendar (1990–2199) for what pricing looks up around them: a month of VX
 * expiries before (a VX expiry is 30 days before the next month's SPX expiry) and the longest condor or ladder layer
 * (MAX_CONDOR_DTE) plus a month of listings after.
 */
const FIRST_VALUATION = '1990-03-01';
const LAST_VALUATION = '2198-06-30';
/** A typed or parity forward is within these multiples of SPX at any condor tenor (carry of |r − q| ≤ 0.5 a year). */
const FORWARD_BAND = [0.5, 2] as const;
/** VX futures are listed about nine months out: a typed expiry more than 13 months away is a typo. */
const MAX_VX_DAYS = 400;

/**
 * Every problem of a market snapshot, or [] when it can be priced.
 * @param m anything; a MarketSnapshot when the result is empty.
 * @example validateMarket(defaultMarket()) // []
 * @example validateMarket({ ...defaultMarket(), futures: [] }) // [{ field: 'futures', message: "Spot VIX alone can't define the curve: at least one VX future is required." }]
 */
export function validateMarket(m: unknown): Problem<MarketField>[] {
	const problems: Problem<MarketField>[] = [];
	const add = (field: MarketField, message: string | null) => {
		if (message) problems.push({ field, message });
	};
	const num = (field: MarketField, spec: NumberSpec, v: unknown) => add(field, numberProblem(spec, v));
	if (!isRecord(m)) return [{ field: '', message: 'The market must be an object.' }];

	const dateOk =
		validDate(m.valuationDate) && m.valuationDate >= FIRST_VALUATION && m.valuationDate <= LAST_VALUATION;
	if (!dateOk)
		add(
			'valuationDate',
			`Valuation date must be a real date YYYY-MM-DD from ${FIRST_VALUATION} to ${LAST_VALUATION} (got ${describeValue(m.valuationDate)}).`,
		);
	num('valuationMinutesEt', F.valuationMinutesEt, m.valuationMinutesEt);
	num('spx', F.spx, m.spx);
	num('rate', F.rate, m.rate);
	num('dividendYield', F.dividendYield, m.dividendYield);
	num('vix', F.vix, m.vix);
	if (m.vix3m !== null) num('vix3m', F.vix3m, m.vix3m);
	num('vixCallSkew', F.vixCallSkew, m.vixCallSkew);
	checkForward(m.forward, add, num);
	if (problems.length === 0) checkForwardNearSpx(m, add);
	checkFutures(m, dateOk, add);
	checkVolOfVol(m.volOfVol, add, num);
	checkLink(m.spotVolLink, add, num);
	if (!Array.isArray(m.recentVixCloses) || m.recentVixCloses.length > MAX_RECENT_CLOSES)
		add('recentVixCloses', `Recent VIX closes must be a list of at most ${MAX_RECENT_CLOSES} numbers.`);
	else {
		const bad = m.recentVixCloses.find((v) => numberProblem(F.recentVixClose, v) !== null);
		if (bad !== undefined) add('recentVixCloses', numberProblem(F.recentVixClose, bad));
	}
	checkSmile(m, problems, add, num);
	return problems;
}

type Add = (field: MarketField, message: string | null) => void;
type Num = (field: MarketField, spec: NumberSpec, v: unknown) => void;

function checkForward(fwd: unknown, add: Add, num: Num) {
	if (!isRecord(fwd) || !['carry', 'typed', 'parity'].includes(fwd.mode as string))
		add('forward', 'Forward must be from carry, typed, or from a call/put pair.');
	else if (fwd.mode === 'typed') num('forward.forward', F.forward, fwd.forward);
	else if (fwd.mode === 'parity') {
		num('forward.strike', F.parityStrike, fwd.strike);
		num('forward.call', F.parityCall, fwd.call);
		num('forward.put', F.parityPut, fwd.put);
	}
}

/** A typed forward, or a parity one at any tenor up to MAX_CONDOR_DTE, must be within FORWARD_BAND of SPX. */
function checkForwardNearSpx(m: Record<string, unknown>, add: Add) {
	const fwd = m.forward as ForwardInput;
	if (fwd.mode === 'carry') return;
	const spx = m.spx as number;
	// The parity forward K + e^{rT}(C − P) is monotone in e^{rT}: its extremes are at T = 0 and the longest tenor.
	const forwards =
		fwd.mode === 'typed'
			? [fwd.forward]
			: [0, MAX_CONDOR_DTE / DAYS_PER_YEAR].map(
					(T) => fwd.strike + Math.exp((m.rate as number) * T) * (fwd.call - fwd.put),
				);
	const [lo, hi] = FORWARD_BAND;
	const off = forwards.find((f) => !(f >= lo * spx && f <= hi * spx));
	if (off !== undefined)
		add(
			fwd.mode === 'typed' ? 'forward.forward' : 'forward',
			`The forward (${off > 0 ? off.toFixed(2) : 'below zero'}) must be within ${lo}–${hi}× SPX (${spx}): check ${fwd.mode === 'typed' ? 'it' : 'the call and put prices'}.`,
		);
}

function checkFutures(m: Record<string, unknown>, dateOk: boolean, add: Add) {
	const futures = m.futures;
	if (!Array.isArray(futures)) return add('futures', 'VX futures must be a list.');
	if (futures.length === 0)
		return add('futures', "Spot VIX alone can't define the curve: at least one VX future is required.");
	if (futures.length > MAX_FUTURES)
		return add('futures', `At most ${MAX_FUTURES} VX futures (got ${futures.length}).`);
	const start = dateOk ? epochDayOf(m.valuationDate as string) : null;
	let previous = start ?? -Infinity;
	futures.forEach((f, i) => {
		const at = `futures[${i}]` as const;
		if (!isRecord(f)) return add(at, 'Each VX future needs an expiry and a price.');
		add(
			`${at}.price`,
			f.price === 0
				? 'A VX price of 0 is not a market: type the settlement price.'
				: numberProblem(F.vxPrice, f.price),
		);
		if (!validDate(f.expiry))
			return add(`${at}.expiry`, `Expiry must be a real date YYYY-MM-DD (got ${describeValue(f.expiry)}).`);
		const day = epochDayOf(f.expiry);
		let listed: string | null;
		try {
			listed = vxExpiry(Number(f.expiry.slice(0, 4)), Number(f.expiry.slice(5, 7)));
		} catch {
			listed = null; // a year outside the calendar's range
		}
		if (i === 0 && start !== null && day <= start)
			add(
				`${at}.expiry`,
				`VX expiry ${f.expiry} is not after the valuation date ${String(m.valuationDate)}.`,
			);
		else if (i > 0 && day <= previous)
			add(`${at}.expiry`, `VX expiries must be in order: ${f.expiry} is not after the one above.`);
		else if (listed !== f.expiry)
			add(`${at}.expiry`, `${f.expiry} is not a VX expiry${listed ? ` (that month's is ${listed})` : ''}.`);
		else if (start !== null && day - start > MAX_VX_DAYS)
			add(
				`${at}.expiry`,
				`VX expiry ${f.expiry} is more than ${MAX_VX_DAYS} days out: VX futures are not listed that far.`,
			);
		previous = day;
	});
}

function checkVolOfVol(vov: unknown, add: Add, num: Num) {
	if (!isRecord(vov) || (vov.mode !== 'model' && vov.mode !== 'typed'))
		return add('volOfVol', 'VIX option vols must come from the term structure or be typed per expiry.');
	if (vov.mode === 'model') {
		num('volOfVol.kappa', F.volOfVolKappa, vov.kappa);
		num('volOfVol.eta', F.volOfVolEta, vov.eta);
	} else if (!Array.isArray(vov.byExpiry) || vov.byExpiry.length === 0 || vov.byExpiry.length > MAX_FUTURES)
		add('volOfVol.byExpiry', `Type between 1 and ${MAX_FUTURES} VIX option vols.`);
	else
		vov.byExpiry.forEach((v, i) => {
			num(`volOfVol.byExpiry[${i}].vol`, F.vixOptionVol, isRecord(v) ? v.vol : v);
			if (!isRecord(v) || !validDate(v.expiry))
				add(`volOfVol.byExpiry[${i}].expiry`, 'Each typed vol needs a real VX expiry date.');
		});
}

function checkLink(link: unknown, add: Add, num: Num) {
	const presets = ['measured', 'regression', 'ruleOfThumb', 'crash', 'custom'];
	if (!isRecord(link) || !presets.includes(link.preset as string))
		return add('spotVolLink', 'The spot-vol link must be one of the presets or custom.');
	num('spotVolLink.epsDown', F.epsDown, link.epsDown);
	num('spotVolLink.epsUp', F.epsUp, link.epsUp);
	num('spotVolLink.convexity', F.convexity, link.convexity);
	num('spotVolLink.capVix', F.capVix, link.capVix);
	num('spotVolLink.tenorBetaKappa', F.tenorBetaKappa, link.tenorBetaKappa);
}
