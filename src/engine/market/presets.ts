// Market presets (docs/models.md, "Market data and presets"): dated closes as facts — SPX (^GSPC close), VIX and
// VIX3M (Cboe closes), VX1–VX3 (CFE daily settlements) — plus three synthetic states built from the log-OU model.
// Rates, dividend yields and the smile are assumptions the user can edit.
import type { IsoDate } from '../types';
import type { Regime } from './regime';
import { marketWithDefaults, type MarketSnapshot } from './snapshot';
import { vxExpiriesAfter } from './expiries';
import { calendarDaysBetween } from './isoDate';
import { logOuFuture } from './vixCurve';
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

function snapshot(
	date: IsoDate,
	spx: number,
	vix: number,
	vix3m: number | null,
	vx: number[],
	rate: number,
	dividendYield: number,
): MarketSnapshot {
	const expiries = vxExpiriesAfter(date, vx.length);
	// The closes RSI(14) reads: the prior closes of a dated preset and its own close (none for a synthetic one).
	const prior = PRESET_PRIOR_CLOSES.find((p) => p.date === date);
	return marketWithDefaults({
		valuationDate: date,
		spx,
		rate,
		dividendYield,
		vix,
		vix3m,
		futures: vx.map((price, i) => ({ expiry: expiries[i], price })),
		recentVixCloses: prior ? [...prior.vix, vix] : [],
	});
}

/**
 * id, label, date, description, regimes, SPX, VIX, VIX3M, [VX1, VX2, VX3], rate, dividend yield. Facts from DESIGN §5;
 * the rate is ≈ the 3-month T-bill of the day (2017-11 1.2 %, 2018-02 1.5 %, 2020-03 0.3 %, 2022-10 3.8 %, 2024-08
 * 5.2 %, 2025-04 4.3 %, 2026-01 3.6 %) and the dividend yield ≈ the S&P 500's trailing yield then (1.2–2.0 %): assumptions, editable.
 */
const DATED: [string, string, IsoDate, string, Regime[], number, number, number, number[], number, number][] =
	[
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
			0.012,
			0.019,
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
			0.015,
			0.018,
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
			0.015,
			0.018,
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
			0.003,
			0.02,
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
			0.003,
			0.02,
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
			0.038,
			0.017,
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
			0.052,
			0.014,
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
			0.052,
			0.014,
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
			0.043,
			0.013,
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
			0.036,
			0.012,
		],
	];

/** Futures of a synthetic state from the log-OU closed form on the first `n` listed expiries after `date`. */
function modelFutures(
	date: IsoDate,
	V0: number,
	kappa: number,
	theta: number,
	eta: number,
	n: number,
): number[] {
	return vxExpiriesAfter(date, n).map(
		(e) => Math.round(logOuFuture(V0, kappa, theta, eta, calendarDaysBetween(date, e) / 365) * 100) / 100,
	);
}

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
 * The ten dated snapshots (nearest three VX settlements, expiries from `vxExpiriesAfter`, the prior VIX closes) and three
 * synthetic log-OU states (VIX3M = the model's 93-day future; VX = the closed form on the first six listed expiries,
 * rounded to 0.01 like a quote). Every preset passes validateMarket and classifies as one of its expectedRegime.
 */
export const MARKET_PRESETS: MarketPreset[] = [
	...DATED.map(([id, label, date, description, expectedRegime, spx, vix, vix3m, vx, rate, q]) => ({
		id,
		label,
		date,
		description,
		expectedRegime,
		synthetic: false,
		market: snapshot(date, spx, vix, vix3m, vx, rate, q),
	})),
	...SYNTHETIC.map(([id, label, description, expectedRegime, V0, theta]) => ({
		id,
		label,
		date: SYNTH_DATE,
		description,
		expectedRegime,
		synthetic: true,
		// VIX3M is taken as the model's 93-day future, rounded like a quote.
		market: snapshot(
			SYNTH_DATE,
			6966.28,
			V0,
			Math.round(logOuFuture(V0, 5, theta, 1, 93 / 365) * 100) / 100,
			modelFutures(SYNTH_DATE, V0, 5, theta, 1, 6),
			0.036,
			0.012,
		),
	})),
];

/** The sample market the app opens with: the 2026-01-09 close (a fresh copy each call). */
export function defaultMarket(): MarketSnapshot {
	return JSON.parse(JSON.stringify(MARKET_PRESETS.find((p) => p.id === 'calm-2026')!.market));
}
