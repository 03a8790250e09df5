// The rate and dividend yield a dated close assumes (docs/history.md, "The market of a history day"): one table for
// the dated presets and every history day, so a replay on a preset's date carries what the preset carries. These
// are assumptions, not facts the files hold: the user edits them on the Market screen like any typed market.
import type { IsoDate } from '../types';
import { epochDayOf } from './isoDate';

export interface Carry {
	/** Continuously compounded risk-free rate, decimal per year. */
	rate: number;
	/** S&P 500 dividend yield, decimal per year. */
	dividendYield: number;
}

/**
 * Anchors: [date, rate, dividend yield]. The rate is about the 3-month Treasury bill of the day (FRED series TB3MS,
 * monthly averages, read to the nearest 0.1 %), the yield about the S&P 500's trailing dividend yield then; the
 * dated presets' dates are anchors themselves. Linear between anchors, flat before the first and after the last.
 */
const ANCHORS: readonly (readonly [IsoDate, number, number])[] = [
	['2009-01-02', 0.001, 0.03],
	['2009-09-18', 0.001, 0.021],
	['2015-11-30', 0.001, 0.021],
	['2016-01-04', 0.002, 0.022],
	['2016-12-30', 0.005, 0.02],
	['2017-11-03', 0.012, 0.019],
	['2018-02-02', 0.015, 0.018],
	['2018-02-05', 0.015, 0.018],
	['2018-12-31', 0.024, 0.021],
	['2019-06-28', 0.022, 0.019],
	['2019-12-31', 0.015, 0.018],
	['2020-02-28', 0.013, 0.019],
	['2020-03-13', 0.003, 0.02],
	['2020-03-16', 0.003, 0.02],
	['2020-04-30', 0.001, 0.02],
	['2020-12-31', 0.001, 0.015],
	['2021-12-31', 0.0005, 0.013],
	['2022-03-31', 0.005, 0.014],
	['2022-06-30', 0.016, 0.016],
	['2022-09-30', 0.033, 0.018],
	['2022-10-12', 0.038, 0.017],
	['2022-12-30', 0.043, 0.017],
	['2023-07-31', 0.053, 0.015],
	['2023-12-29', 0.052, 0.015],
	['2024-08-02', 0.052, 0.014],
	['2024-08-05', 0.052, 0.014],
	['2024-12-31', 0.043, 0.012],
	['2025-04-04', 0.043, 0.013],
	['2025-12-31', 0.037, 0.012],
	['2026-01-09', 0.036, 0.012],
];

const DAYS = ANCHORS.map(([date]) => epochDayOf(date));

/** Rounded to 0.01 % (4 decimals), as a typed rate would be. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The rate and dividend yield assumed at a date's close.
 * @param date 'YYYY-MM-DD'.
 * @example carryOn('2018-02-05') // { rate: 0.015, dividendYield: 0.018 }
 * @example carryOn('1990-01-02') // the first anchor's values (flat before it)
 */
export function carryOn(date: IsoDate): Carry {
	const day = epochDayOf(date);
	const last = ANCHORS.length - 1;
	if (day <= DAYS[0]) return { rate: ANCHORS[0][1], dividendYield: ANCHORS[0][2] };
	if (day >= DAYS[last]) return { rate: ANCHORS[last][1], dividendYield: ANCHORS[last][2] };
	let i = 1;
	while (DAYS[i] < day) i++;
	if (DAYS[i] === day) return { rate: ANCHORS[i][1], dividendYield: ANCHORS[i][2] };
	const w = (day - DAYS[i - 1]) / (DAYS[i] - DAYS[i - 1]);
	const at = (k: 1 | 2) => round4(ANCHORS[i - 1][k] + w * (ANCHORS[i][k] - ANCHORS[i - 1][k]));
	return { rate: at(1), dividendYield: at(2) };
}
