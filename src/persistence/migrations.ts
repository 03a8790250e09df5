// Ordered, pure upgrades of saved scenarios: migrations[n] turns a version-n record into a version-(n + 1) one, and
// the current version is the number of migrations. A migration never validates (the schema does that afterwards)
// and never throws on odd input: it moves what is there and lets the schema name what is wrong.
//
// Versions:
//   0  early drafts: { name, market, book } (no version field); no what-if settings, no Monte Carlo seed.
//   1  flat: { schemaVersion: 1, name, market, book, whatIf, mcSeed }; the store kept { id, updatedAt, scenario }.
//   2  envelope: { schemaVersion: 2, name, data: { market, book, whatIf, mcSeed } } (+ id, updatedAt when stored).
//   3  data.lab: the regime lab's settings and last run ({ settings, result | null }).
//   4  the hedge numbers a trader can trust: the VIX-option vol surface { mode: 'model', kappa, eta } replaces the
//      curve-fit η; the spot-vol link gains its convexity, VIX cap and tenor-beta κ_β; the ladder gains its expiry
//      rule and the number of condors it protects; the book gains trading costs; the regime lab's real-world model is
//      replaced (its last run is set aside with a note, its path count snapped to the screen's choices).
//   5  names that say their unit: the ladder's strike rule `pct` (a fraction, 1.3 = 130 %) is `fractionOfFuture`, the
//      budget sizing's `pctOfCredit` (a fraction) is `fractionOfCredit`. Values are unchanged.
//   6  history: the back-test saved with the scenario (`data.history = { settings, result | null }`) and the regime
//      lab's analog start type (`data.lab.settings.startAnalogs`, off).
//   7  positions: the book gains the trader's fills (`book.fills`), none typed — every position at the mid, as before.
import { NO_SHOCK } from '../engine';
import { defaultLab } from './labRecord';
import type { JsonObject, Migrated } from './untrusted';

const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

export const migrations: readonly ((record: JsonObject) => JsonObject)[] = [
	// 0 → 1: the what-if settings and the Monte Carlo seed appear, with neutral defaults.
	(r) => ({
		...r,
		schemaVersion: 1,
		whatIf: r.whatIf ?? { ...NO_SHOCK, vix: { ...NO_SHOCK.vix } },
		mcSeed: r.mcSeed ?? 1,
	}),
	// 1 → 2: the scenario moves under `data`; name, version and storage fields stay on the envelope.
	(r) => {
		const { schemaVersion: _v, name, id, updatedAt, ...data } = r;
		const envelope: JsonObject = { schemaVersion: 2, name, data };
		if (id !== undefined) envelope.id = id;
		if (updatedAt !== undefined) envelope.updatedAt = updatedAt;
		return envelope;
	},
	// 2 → 3: the regime lab's default settings, not yet run.
	(r) => ({
		...r,
		schemaVersion: 3,
		data: isObject(r.data) ? { ...r.data, lab: r.data.lab ?? defaultLab() } : r.data,
	}),
	// 3 → 4: written out as literals (never today's defaults), so this step means the same thing forever.
	(r) => ({ ...r, schemaVersion: 4, data: isObject(r.data) ? upgradeData3(r.data) : r.data }),
	// 4 → 5: two fields renamed for their unit, values kept.
	(r) => ({ ...r, schemaVersion: 5, data: isObject(r.data) ? upgradeData4(r.data) : r.data }),
	// 5 → 6: the back-test, not yet run, and analog starts off.
	(r) => ({ ...r, schemaVersion: 6, data: isObject(r.data) ? addHistory(r.data) : r.data }),
	// 6 → 7: no fills typed (a literal, never today's default), so every position stays entered at the mid.
	(r) => ({ ...r, schemaVersion: 7, data: isObject(r.data) ? addFills(r.data) : r.data }),
];

/**
 * Version-3 data to version 4. The old η becomes the vol surface's η_v with κ_v = 5 (the old default η = 1 is the new
 * default surface); the link keeps its preset and ε, with no convexity, the cap at 90 and κ_β = 2.7; ladders take
 * the rule that protects the condor's whole life (the old nearest-DTE rule left the near layer expiring before the
 * condor on most days) and protect one condor; costs are the defaults of that version; recent VIX closes outside
 * 1–200 are dropped (they were never a VIX).
 */
function upgradeData3(data: JsonObject): JsonObject {
	const market = isObject(data.market) ? { ...data.market } : data.market;
	if (isObject(market)) {
		const vov = market.volOfVol;
		if (isObject(vov) && vov.mode === 'eta') market.volOfVol = { mode: 'model', kappa: 5, eta: vov.eta };
		if (isObject(market.spotVolLink))
			market.spotVolLink = { ...market.spotVolLink, convexity: 0, capVix: 90, tenorBetaKappa: 2.7 };
		if (Array.isArray(market.recentVixCloses))
			market.recentVixCloses = market.recentVixCloses.filter(
				(x) => typeof x !== 'number' || (x >= 1 && x <= 200),
			);
	}
	const book = isObject(data.book) ? { ...data.book } : data.book;
	if (isObject(book)) {
		if (isObject(book.ladder))
			book.ladder = { ...book.ladder, expiryRule: 'coverCondor', condorsProtected: 1 };
		book.costs = {
			vixHalfSpreadMinPts: 0.025,
			vixHalfSpreadFraction: 0.05,
			spxHalfSpreadMinPts: 0.05,
			spxHalfSpreadFraction: 0.02,
			commissionUsd: 1,
		};
	}
	const lab = isObject(data.lab) ? upgradeLab3(data.lab) : data.lab;
	return { ...data, market, book, lab };
}

/** The measured real-world model of version 4, as a literal. */
const MODEL_4 = {
	kappa: 2.7138,
	eta: 0.5912,
	spxVolScale: 0.834,
	rho: -0.738,
	equityPremium: 0.04,
	riskPremiumScale: 1,
	jumps: { enabled: true, ratePerYear: 1.5, vixMeanLogSize: 0.3, spxPerVixLog: -0.1069 },
};
const PATH_CHOICES_4 = [2_000, 5_000, 20_000, 50_000, 100_000];

/** The lab of version 3: the new model, the nearest offered path count, and a note instead of the old model's run. */
function upgradeLab3(lab: JsonObject): JsonObject {
	const settings = isObject(lab.settings) ? { ...lab.settings, model: MODEL_4 } : lab.settings;
	if (isObject(settings) && typeof settings.paths === 'number') {
		const paths = settings.paths;
		settings.paths = PATH_CHOICES_4.reduce((a, b) => (Math.abs(b - paths) < Math.abs(a - paths) ? b : a));
	}
	const hadRun = lab.result !== null && lab.result !== undefined;
	return {
		settings,
		result: null,
		note: hadRun
			? 'The last run used the earlier real-world model (VIX reverting to a fixed level), which this version replaced; run the lab again.'
			: null,
	};
}

/** `key` of `o` renamed to `to` (in place of the old key), or `o` itself when it has no such key. */
function renamed(o: JsonObject, key: string, to: string): JsonObject {
	if (!(key in o)) return o;
	const { [key]: value, ...rest } = o;
	return { ...rest, [to]: value };
}

/** Version-4 data to version 5: the ladder's strike-rule and budget fractions get names that say so. */
function upgradeData4(data: JsonObject): JsonObject {
	const book = data.book;
	if (!isObject(book) || !isObject(book.ladder)) return data;
	const { strikeRule, sizing } = book.ladder;
	const ladder: JsonObject = { ...book.ladder };
	if (isObject(strikeRule) && strikeRule.mode === 'pctOfFuture')
		ladder.strikeRule = renamed(strikeRule, 'pct', 'fractionOfFuture');
	if (isObject(sizing) && sizing.mode === 'budget')
		ladder.sizing = renamed(sizing, 'pctOfCredit', 'fractionOfCredit');
	return { ...data, book: { ...book, ladder } };
}

/**
 * Data without the history to data with it (a step of its own: it reads nothing another step wrote). The back-test's
 * settings of that version, as a literal: a start every day, the four policies it compares.
 */
function addHistory(data: JsonObject): JsonObject {
	const history = {
		settings: { every: 1, policyIds: ['steward', 'promoter', 'monetize', 'playbook'] },
		result: null,
	};
	const lab = data.lab;
	if (!isObject(lab) || !isObject(lab.settings)) return { ...data, history };
	return { ...data, history, lab: { ...lab, settings: { ...lab.settings, startAnalogs: false } } };
}

/** Version-6 data to version 7: the book's fills, none typed. */
function addFills(data: JsonObject): JsonObject {
	const book = data.book;
	if (!isObject(book)) return data;
	const fills = { condor: { mode: 'mid' }, layers: { near: null, mid: null, long: null } };
	return { ...data, book: { ...book, fills } };
}

/** The schema version this build writes. */
export const SCHEMA_VERSION = migrations.length;

/**
 * A version-1 store record ({ id, updatedAt, scenario: { schemaVersion: 1, … } }) as a flat version-1 record with
 * its id and time on top, so the ordinary migrations apply; anything else is returned unchanged.
 */
function liftLegacyStoreRecord(r: JsonObject): JsonObject {
	if (r.schemaVersion !== undefined || !isObject(r.scenario)) return r;
	const { scenario, ...rest } = r;
	return { ...scenario, ...rest };
}

/**
 * Brings a record up to SCHEMA_VERSION. A record without a version is taken as version 0; one from a newer app, or
 * with a version that is not a whole number, is refused with a message saying what to do.
 * @example migrate({ schemaVersion: 1, name: 'A', market, book, whatIf, mcSeed: 7 })
 *   // { ok: true, from: 1, record: { schemaVersion: 2, name: 'A', data: { market, book, whatIf, mcSeed: 7 } } }
 */
export function migrate(record: JsonObject): Migrated {
	const lifted = liftLegacyStoreRecord(record);
	const version = lifted.schemaVersion === undefined ? 0 : lifted.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
		return {
			ok: false,
			message: `The file's schema version is not valid (got ${String(JSON.stringify(version)).slice(0, 40)}).`,
		};
	if (version > SCHEMA_VERSION)
		return {
			ok: false,
			message: `It was saved by a newer version of ALVH Lab (schema ${version}; this app reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
		};
	let r = lifted;
	for (let n = version; n < SCHEMA_VERSION; n++) r = migrations[n](r);
	return { ok: true, record: r, from: version < SCHEMA_VERSION ? version : null };
}
