// Market presets (docs/models.md, "Market data and presets"): dated closes as facts — SPX (^GSPC close), VIX and
// VIX3M (Cboe closes), VX1–VX3 (CFE daily settlements) — built by the one construction of a day's close
// (closingMarket, shared with the history replay), plus three synthetic states built from the log-OU model.
// Rates, dividend yields (the carry table) and the smile are assumptions the user can edit.
import type { IsoDate } from '../types';
import type { Regime } from './regime';
import { marketWithDefaults, type MarketSnapshot } from './snapshot';
import { vxExpiriesAfter } from './expiries';
import { calendarDaysBetween } from './isoDate';
import { logOuFuture } from './vixCurve';
import { carryOn } from './carryAssumption';
import { closingMarket } from './closingMarket';
import { PRESET_2025_04_04, PRESET_PRIOR_CLOSES } from '../measured/presetHistory.generated';

export interface MarketPreset {
	id: string;
	label: string;
	date: IsoDate;
	description: string;
	/** The regime the preset illustrates (either label accepted where the table says "flat / contango"). */
	expectedRegime: Regime[];
	/** Dated presets are facts; synthetic ones are built from the model. */
	synthetic: boolean;
	market: MarketSnapshot;
}

/** A dated preset's close: its facts, the VX expiries listed after its date, its prior VIX closes. */
function datedSnapshot(
	date: IsoDate,
	spx: number,
	vix: number,
	vix3m: number | null,
	vx: number[],
): MarketSnapshot {
	const expiries = vxExpiriesAfter(date, vx.length);
	return closingMarket({
		date,
		spx,
		vix,
		vix3m,
		futures: vx.map((price, i) => ({ expiry: expiries[i], price })),
		priorVixCloses: PRESET_PRIOR_CLOSES.find((p) => p.date === date)?.vix ?? null,
	});
}

/**
 * id, label, date, description, regimes, SPX, VIX, VIX3M, [VX1, VX2, VX3]: facts (docs/models.md, "Market data and
 * presets"). The rate and dividend yield come from the carry table (market/carryAssumption.ts).
 */
const DATED: [string, string, IsoDate, string, Regime[], number, number, number, number[]][] = [
	[
		'calm-2017',
		'Calm contango, 2017-11-03',
		'2017-11-03',
		'Record-low VIX close (9.14) in steep contango',
		['contango'],
		2587.84,
		9.14,
		12.42,
		[10.975, 12.325, 13.475],
	],
	[
		'pre-volmageddon-2018',
		'Before Volmageddon, 2018-02-02',
		'2018-02-02',
		'The front of the VX curve already inverted',
		['backwardation'],
		2762.13,
		17.31,
		17.03,
		[15.625, 14.975, 15.075],
	],
	[
		'volmageddon-2018',
		'Volmageddon, 2018-02-05',
		'2018-02-05',
		'VIX doubles in a day; the curve inverts hard',
		['backwardation'],
		2648.94,
		37.32,
		28.13,
		[33.225, 27.975, 24.725],
	],
	[
		'covid-2020-03-13',
		'COVID crash, 2020-03-13',
		'2020-03-13',
		'Deep backwardation a few days before the peak',
		['backwardation'],
		2711.02,
		57.83,
		48.31,
		[53.425, 43.9, 34.525],
	],
	[
		'covid-peak-2020',
		'COVID peak, 2020-03-16',
		'2020-03-16',
		'Highest VIX close in the history (82.69)',
		['backwardation'],
		2386.13,
		82.69,
		67.7,
		[72.625, 59.15, 44.875],
	],
	[
		'bear-low-2022',
		'Bear-market low, 2022-10-12',
		'2022-10-12',
		'A shallow, grinding backwardation',
		['backwardation'],
		3577.03,
		33.57,
		33.13,
		[32.1735, 31.7784, 30.9025],
	],
	[
		'pre-yen-carry-2024',
		'Before the yen-carry unwind, 2024-08-02',
		'2024-08-02',
		'Spot above a flat futures curve',
		['flat', 'contango'],
		5346.56,
		23.39,
		23.34,
		[21.8527, 21.9844, 22.2385],
	],
	[
		'yen-carry-2024',
		'Yen-carry unwind, 2024-08-05',
		'2024-08-05',
		'Intraday VIX spike; the curve inverts',
		['backwardation'],
		5186.33,
		38.57,
		33.71,
		[32.0986, 30.3911, 27.3048],
	],
	[
		'tariff-shock-2025',
		'Tariff shock, 2025-04-04',
		PRESET_2025_04_04.date,
		'VIX above 45 after the tariff announcement; the curve inverts',
		['backwardation'],
		PRESET_2025_04_04.spx,
		PRESET_2025_04_04.vix,
		PRESET_2025_04_04.vix3m,
		PRESET_2025_04_04.vx.map((f) => f.settle),
	],
	[
		'calm-2026',
		'Calm, 2026-01-09',
		'2026-01-09',
		'Recent calm contango',
		['contango'],
		6966.28,
		14.49,
		17.88,
		[16.1552, 17.8657, 18.9517],
	],
];

/** Synthetic states are dated at the default market's valuation date, on its first six listed VX expiries. */
const SYNTH_DATE = '2026-01-09';
const SYNTHETIC: [string, string, string, Regime[], number, number][] = [
	// id, label, description, regime, V0, θ  (κ = 5, η = 1)
	[
		'synthetic-calm-contango',
		'Calm contango (model)',
		'log-OU with VIX 13 reverting to e^θ = 20 (κ = 5, η = 1)',
		['contango'],
		13,
		Math.log(20),
	],
	[
		'synthetic-flat',
		'Flat (model)',
		'log-OU with VIX 19 and e^θ = 19·e^{−η²/(4κ)} (κ = 5, η = 1): the convexity cancels the pull, the futures ' +
			'stay within 1 % of each other and 1.3 % of spot',
		['flat'],
		19,
		Math.log(19) - 1 / 20,
	],
	[
		'synthetic-stress',
		'Stress backwardation (model)',
		'log-OU with VIX 40 reverting to e^θ = 22 (κ = 5, η = 1)',
		['backwardation'],
		40,
		Math.log(22),
	],
];

/**
 * A synthetic state: the log-OU closed form (κ = 5, η = 1) on the first six listed expiries and VIX3M as its 93-day
 * future, rounded like quotes. Dated at the default market's close, it carries that date's prior VIX closes.
 */
function syntheticSnapshot(V0: number, theta: number): MarketSnapshot {
	const model = (days: number) => Math.round(logOuFuture(V0, 5, theta, 1, days / 365) * 100) / 100;
	return marketWithDefaults({
		valuationDate: SYNTH_DATE,
		spx: 6966.28,
		...carryOn(SYNTH_DATE),
		vix: V0,
		vix3m: model(93),
		futures: vxExpiriesAfter(SYNTH_DATE, 6).map((expiry) => ({
			expiry,
			price: model(calendarDaysBetween(SYNTH_DATE, expiry)),
		})),
		recentVixCloses: [...PRESET_PRIOR_CLOSES.find((p) => p.date === SYNTH_DATE)!.vix, V0],
	});
}

/**
 * The ten dated snapshots (nearest three VX settlements, expiries from `vxExpiriesAfter`, the prior VIX closes) and three
 * synthetic log-OU states (VIX3M = the model's 93-day future; VX = the closed form on the first six listed expiries,
 * rounded to 0.01 like a quote). Every preset passes validateMarket and classifies as one of its expectedRegime.
 */
export const MARKET_PRESETS: MarketPreset[] = [
	...DATED.map(([id, label, date, description, expectedRegime, spx, vix, vix3m, vx]) => ({
		id,
		label,
		date,
		description,
		expectedRegime,
		synthetic: false,
		market: datedSnapshot(date, spx, vix, vix3m, vx),
	})),
	...SYNTHETIC.map(([id, label, description, expectedRegime, V0, theta]) => ({
		id,
		label,
		date: SYNTH_DATE,
		description,
		expectedRegime,
		synthetic: true,
		market: syntheticSnapshot(V0, theta),
	})),
];

/** The sample market the app opens with: the 2026-01-09 close (a fresh copy each call). */
export function defaultMarket(): MarketSnapshot {
	return JSON.parse(JSON.stringify(MARKET_PRESETS.find((p) => p.id === 'calm-2026')!.market));
}
