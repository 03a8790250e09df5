// Validation of a market snapshot (DESIGN §7): every problem at once, each with the field it belongs to, so the UI
// can show a message beside the field. Accepts anything (a typed form, an import, a share link) and never throws.
import { checkSviParams, sviButterflyCheck } from '../pricing/sviChecks';
import { fitSviFromQuotes } from '../pricing/sviFit';
import { epochDayOf } from './isoDate';
import { vxExpiry } from './expiries';

/** ATM vol = this × the VIX term level when none is typed (the same rule as scenario/marketModel's default link). */
const ATM_TO_VIX_RATIO = 0.9;

export interface Problem {
	/** Path of the field, e.g. 'futures[1].price'. */
	field: string;
	message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
/** A short, safe description of a bad value for a message (never the words NaN or undefined). */
function show(v: unknown): string {
	if (typeof v === 'number')
		return Number.isNaN(v) ? 'not a number' : Number.isFinite(v) ? String(v) : 'an infinite number';
	if (typeof v === 'string') return `"${v.slice(0, 20)}"`;
	if (v === undefined || v === null) return 'nothing';
	return Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}

/** A finite number within [min, max] (strictly above min when `open`), or a message. */
function numberProblem(v: unknown, what: string, min: number, max: number, open = false): string | null {
	if (typeof v !== 'number' || !Number.isFinite(v)) return `${what} must be a number (got ${show(v)}).`;
	if (open ? v <= min : v < min) return `${what} must be ${open ? 'above' : 'at least'} ${min} (got ${v}).`;
	if (v > max) return `${what} must be at most ${max} (got ${v}).`;
	return null;
}

/** The smile quotes are checked at the default condor tenor, 45 calendar days (the fit barely depends on T). */
const CHECK_YEARS = 45 / 365;

/**
 * The ATM vol the default link of DESIGN §4.1 gives at 45 days when none is typed: 0.9 × the VIX term level, total
 * variance linear between VIX (30 days) and VIX3M (93 days); without VIX3M the VX future nearest 45 days stands in.
 * Null when the numbers it needs are bad (their own problems are reported).
 */
function linkedAtmVol(m: Record<string, unknown>): number | null {
	const ok = (v: unknown): v is number => typeof v === 'number' && v > 0 && v <= 200;
	const vix = m.vix;
	if (!ok(vix)) return null;
	let level: number;
	if (ok(m.vix3m)) {
		const [t30, t93] = [30 / 365, 93 / 365];
		const w =
			vix * vix * t30 + ((m.vix3m * m.vix3m * t93 - vix * vix * t30) * (CHECK_YEARS - t30)) / (t93 - t30);
		level = Math.sqrt(Math.max(w, 0) / CHECK_YEARS);
	} else {
		if (!Array.isArray(m.futures) || !validDate(m.valuationDate)) return null;
		const start = epochDayOf(m.valuationDate);
		let best: number | null = null;
		let gap = Infinity;
		for (const f of m.futures as unknown[]) {
			if (!isRecord(f) || !ok(f.price) || !validDate(f.expiry)) continue;
			const d = Math.abs(epochDayOf(f.expiry) - start - 45);
			if (d < gap) [best, gap] = [f.price, d];
		}
		if (best === null) return null;
		level = best;
	}
	const atm = (ATM_TO_VIX_RATIO * level) / 100;
	return atm > 0 && Number.isFinite(atm) ? atm : null;
}

function validDate(v: unknown): v is string {
	if (typeof v !== 'string') return false;
	try {
		epochDayOf(v);
		return true;
	} catch {
		return false;
	}
}

/**
 * Every problem of a market snapshot, or [] when it can be priced.
 * @param m anything; a MarketSnapshot when the result is empty.
 * @example validateMarket(defaultMarket()) // []
 * @example validateMarket({ ...defaultMarket(), futures: [] }) // [{ field: 'futures', message: "Spot VIX alone can't define the curve: at least one VX future is required." }]
 */
export function validateMarket(m: unknown): Problem[] {
	const problems: Problem[] = [];
	const add = (field: string, message: string | null) => {
		if (message) problems.push({ field, message });
	};
	if (!isRecord(m)) return [{ field: '', message: 'The market must be an object.' }];

	const dateOk = validDate(m.valuationDate);
	if (!dateOk)
		add('valuationDate', `Valuation date must be a real date YYYY-MM-DD (got ${show(m.valuationDate)}).`);
	add(
		'valuationMinutesEt',
		numberProblem(m.valuationMinutesEt, 'Valuation time (minutes after midnight)', 0, 1439),
	);
	add('spx', numberProblem(m.spx, 'SPX', 0, 1e6, true));
	add('rate', numberProblem(m.rate, 'Rate', -0.5, 0.5));
	add('dividendYield', numberProblem(m.dividendYield, 'Dividend yield', -0.5, 0.5));
	add('vix', numberProblem(m.vix, 'Spot VIX', 0, 200, true));
	if (m.vix3m !== null) add('vix3m', numberProblem(m.vix3m, 'VIX3M', 0, 200, true));
	add('vixCallSkew', numberProblem(m.vixCallSkew, 'VIX call skew', -5, 5));

	// Forward.
	const fwd = m.forward;
	if (!isRecord(fwd) || !['carry', 'typed', 'parity'].includes(fwd.mode as string))
		add('forward', 'Forward must be from carry, typed, or from a call/put pair.');
	else if (fwd.mode === 'typed') add('forward.forward', numberProblem(fwd.forward, 'Forward', 0, 1e6, true));
	else if (fwd.mode === 'parity') {
		add('forward.strike', numberProblem(fwd.strike, 'Parity strike', 0, 1e6, true));
		add('forward.call', numberProblem(fwd.call, 'Call price', 0, 1e6, true));
		add('forward.put', numberProblem(fwd.put, 'Put price', 0, 1e6, true));
	}

	// VX futures.
	const futures = m.futures;
	if (!Array.isArray(futures)) add('futures', 'VX futures must be a list.');
	else if (futures.length === 0)
		add('futures', "Spot VIX alone can't define the curve: at least one VX future is required.");
	else if (futures.length > 12) add('futures', `At most 12 VX futures (got ${futures.length}).`);
	else {
		let previous = dateOk ? epochDayOf(m.valuationDate as string) : -Infinity;
		futures.forEach((f, i) => {
			const at = `futures[${i}]`;
			if (!isRecord(f)) return add(at, 'Each VX future needs an expiry and a price.');
			if (f.price === 0) add(`${at}.price`, 'A VX price of 0 is not a market: type the settlement price.');
			else add(`${at}.price`, numberProblem(f.price, 'VX price', 0, 200, true));
			if (!validDate(f.expiry))
				return add(`${at}.expiry`, `Expiry must be a real date YYYY-MM-DD (got ${show(f.expiry)}).`);
			const day = epochDayOf(f.expiry);
			const [y, mo] = [Number(f.expiry.slice(0, 4)), Number(f.expiry.slice(5, 7))];
			let listed: string | null;
			try {
				listed = vxExpiry(y, mo);
			} catch {
				listed = null; // a year outside the calendar's range
			}
			if (i === 0 && dateOk && day <= previous)
				add(
					`${at}.expiry`,
					`VX expiry ${f.expiry} is not after the valuation date ${String(m.valuationDate)}.`,
				);
			else if (i > 0 && day <= previous)
				add(`${at}.expiry`, `VX expiries must be in order: ${f.expiry} is not after the one above.`);
			else if (listed !== f.expiry)
				add(`${at}.expiry`, `${f.expiry} is not a VX expiry${listed ? ` (that month's is ${listed})` : ''}.`);
			previous = day;
		});
	}

	// Vol-of-vol.
	const vov = m.volOfVol;
	if (!isRecord(vov) || (vov.mode !== 'eta' && vov.mode !== 'typed'))
		add('volOfVol', 'Vol-of-vol must be η or typed per expiry.');
	else if (vov.mode === 'eta') add('volOfVol.eta', numberProblem(vov.eta, 'Vol-of-vol η', 0, 5, true));
	else if (!Array.isArray(vov.byExpiry) || vov.byExpiry.length === 0)
		add('volOfVol.byExpiry', 'Type at least one VIX option vol.');
	else
		vov.byExpiry.forEach((v, i) =>
			add(
				`volOfVol.byExpiry[${i}].vol`,
				numberProblem(isRecord(v) ? v.vol : v, 'VIX option vol', 0, 5, true),
			),
		);

	// Spot-vol link.
	const link = m.spotVolLink;
	if (!isRecord(link)) add('spotVolLink', 'The spot-vol link needs ε for falls and rises.');
	else {
		add('spotVolLink.epsDown', numberProblem(link.epsDown, 'ε (SPX falls)', 0, 30));
		add('spotVolLink.epsUp', numberProblem(link.epsUp, 'ε (SPX rises)', 0, 30));
	}
	if (
		!Array.isArray(m.recentVixCloses) ||
		!m.recentVixCloses.every((v) => typeof v === 'number' && v > 0 && v < 1000)
	)
		add('recentVixCloses', 'Recent VIX closes must be a list of positive numbers.');

	// Smile.
	const smile = m.smile;
	if (!isRecord(smile) || (smile.mode !== 'quotes' && smile.mode !== 'raw'))
		add('smile', 'The smile must be quotes or raw SVI.');
	else if (smile.mode === 'quotes') {
		if (smile.atmVol !== null) add('smile.atmVol', numberProblem(smile.atmVol, 'ATM vol', 0, 5, true));
		add('smile.put25Vol', numberProblem(smile.put25Vol, '25Δ put vol', 0, 5, true));
		add('smile.call25Vol', numberProblem(smile.call25Vol, '25Δ call vol', 0, 5, true));
		const linked = smile.atmVol === null ? linkedAtmVol(m) : null;
		const atmVol = typeof smile.atmVol === 'number' ? smile.atmVol : linked;
		if (atmVol !== null && problems.every((p) => !p.field.startsWith('smile'))) {
			try {
				fitSviFromQuotes({
					T: CHECK_YEARS,
					forward: 100,
					atmVol,
					put25Vol: smile.put25Vol as number,
					call25Vol: smile.call25Vol as number,
				});
			} catch (e) {
				const why = e instanceof Error ? e.message : 'these quotes admit no arbitrage-free smile';
				add(
					'smile',
					linked === null
						? why
						: `With the ATM vol the VIX link gives at 45 days (${(100 * linked).toFixed(1)} %): ${why}. ` +
								'Type an ATM vol or move the 25Δ vols.',
				);
			}
		}
	} else if (!isRecord(smile.svi)) add('smile.svi', 'Raw SVI needs a, b, ρ, m and σ.');
	else {
		const p = smile.svi;
		const keys = ['a', 'b', 'rho', 'm', 'sigma'] as const;
		const bad = keys.filter((k) => typeof p[k] !== 'number' || !Number.isFinite(p[k] as number));
		bad.forEach((k) => add(`smile.svi.${k}`, `SVI ${k} must be a number (got ${show(p[k])}).`));
		if (bad.length === 0) {
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
	}
	return problems;
}
