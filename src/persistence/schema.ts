// The valibot schema of a stored or imported scenario: strict objects (unknown keys are refused), finite numbers in
// sane ranges, known modes only. Field-level meaning (e.g. expiries in order) is checked by the engine afterwards.
import * as v from 'valibot';

const num = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

const svi = v.strictObject({
	a: num(-10, 10),
	b: num(0, 10),
	rho: num(-1, 1),
	m: num(-10, 10),
	sigma: num(0, 10),
});

const market = v.strictObject({
	valuationDate: date,
	valuationMinutesEt: num(0, 1439),
	spx: num(0, 1e6),
	rate: num(-0.5, 0.5),
	dividendYield: num(-0.5, 0.5),
	forward: v.variant('mode', [
		v.strictObject({ mode: v.literal('carry') }),
		v.strictObject({ mode: v.literal('typed'), forward: num(0, 1e6) }),
		v.strictObject({ mode: v.literal('parity'), strike: num(0, 1e6), call: num(0, 1e6), put: num(0, 1e6) }),
	]),
	smile: v.variant('mode', [
		v.strictObject({
			mode: v.literal('quotes'),
			atmVol: v.nullable(num(0, 5)),
			put25Vol: num(0, 5),
			call25Vol: num(0, 5),
		}),
		v.strictObject({ mode: v.literal('raw'), svi }),
	]),
	vix: num(0, 200),
	vix3m: v.nullable(num(0, 200)),
	futures: v.pipe(v.array(v.strictObject({ expiry: date, price: num(0, 200) })), v.maxLength(12)),
	volOfVol: v.variant('mode', [
		v.strictObject({ mode: v.literal('eta'), eta: num(0, 5) }),
		v.strictObject({
			mode: v.literal('typed'),
			byExpiry: v.pipe(v.array(v.strictObject({ expiry: date, vol: num(0, 5) })), v.maxLength(12)),
		}),
	]),
	vixCallSkew: num(-5, 5),
	spotVolLink: v.strictObject({
		preset: v.picklist(['regression', 'ruleOfThumb', 'crash', 'custom']),
		epsDown: num(0, 30),
		epsUp: num(0, 30),
	}),
	recentVixCloses: v.pipe(v.array(num(0, 1000)), v.maxLength(400)),
});

const condor = v.strictObject({
	shorts: v.variant('mode', [
		v.strictObject({ mode: v.literal('delta'), putDelta: num(0, 1), callDelta: num(0, 1) }),
		v.strictObject({ mode: v.literal('strike'), put: num(0, 1e6), call: num(0, 1e6) }),
	]),
	wings: v.variant('mode', [
		v.strictObject({ mode: v.literal('width'), width: num(0, 1e5) }),
		v.strictObject({ mode: v.literal('delta'), putDelta: num(0, 1), callDelta: num(0, 1) }),
	]),
	qty: v.pipe(num(1, 10000), v.integer()),
});

const ladder = v.strictObject({
	layers: v.pipe(
		v.array(
			v.strictObject({
				id: v.picklist(['near', 'mid', 'long']),
				targetDteDays: num(1, 3650),
				countPerUnit: num(0, 1000),
			}),
		),
		v.maxLength(3),
	),
	strikeRule: v.variant('mode', [
		v.strictObject({ mode: v.literal('pctOfFuture'), pct: num(0.1, 10) }),
		v.strictObject({ mode: v.literal('delta'), delta: num(0, 1) }),
		v.strictObject({ mode: v.literal('strike'), strike: num(0, 1000) }),
	]),
	halfPointStrikes: v.boolean(),
	fractionalUnits: v.boolean(),
	sizing: v.variant('mode', [
		v.strictObject({ mode: v.literal('units'), units: num(0, 1000) }),
		v.strictObject({ mode: v.literal('coverage'), coverage: num(0, 10) }),
		v.strictObject({ mode: v.literal('budget'), pctOfCredit: num(0, 100) }),
	]),
});

const whatIf = v.strictObject({
	spxMovePct: num(-99, 500),
	vix: v.variant('mode', [
		v.strictObject({ mode: v.literal('link') }),
		v.strictObject({ mode: v.literal('typed'), level: num(0, 200) }),
	]),
	longRunLevel: v.nullable(num(0, 200)),
	daysForward: num(0, 3650),
	spxVolShiftPts: num(-100, 500),
	volOfVolShiftPts: num(-100, 500),
	vixSkewScale: num(0, 10),
});

export const scenarioSchema = v.strictObject({
	schemaVersion: v.literal(1),
	name: v.pipe(v.string(), v.maxLength(120)),
	market,
	book: v.strictObject({ condor, ladder, condorDteDays: num(0, 3650) }),
	whatIf,
	mcSeed: v.pipe(num(0, 2 ** 32 - 1), v.integer()),
});
