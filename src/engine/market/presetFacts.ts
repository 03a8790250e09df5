// The presets' facts and parameters as typed rows (docs/models.md, "Market data and presets"): each dated close as
// the day printed it, and the parameters of the three synthetic log-OU states. presets.ts builds the markets.
import type { IsoDate } from '../types';
import type { Regime } from './regime';
import { PRESET_2025_04_04 } from '../measured/presetHistory.generated';

/**
 * id, label, date, description, regimes, SPX, VIX, VIX3M, [VX1, VX2, VX3]: facts (docs/models.md, "Market data and
 * presets"). The rate and dividend yield come from the carry table (market/carryAssumption.ts).
 */
export const DATED: [string, string, IsoDate, string, Regime[], number, number, number, number[]][] = [
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
export const SYNTH_DATE = '2026-01-09';
export const SYNTHETIC: [string, string, string, Regime[], number, number][] = [
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
