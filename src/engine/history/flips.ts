// Contango → backwardation flips of the VIX term structure in real history: the days VIX/VIX3M crossed above 1
// after a long enough stretch at or below it, each with the episode that followed.

import { isoDateOfEpochDay } from '../market/isoDate';
import type { IsoDate } from '../types';
import { commonDays } from './commonDays';
import type { IndexSeries } from './series';

/** Days (rows with both closes) at or below 1 that must precede a crossing for it to count as a flip. */
export const FLIP_MIN_CONTANGO_DAYS = 20;

/** One flip and the backwardation episode it opened. */
export interface Flip {
	/** The first day with VIX above VIX3M. */
	date: IsoDate;
	/** Its row among the common days (FlipScan.days). */
	row: number;
	/** VIX and VIX3M closes that day, index points. */
	vix: number;
	vix3m: number;
	/** Highest VIX close of the episode (the flip day up to the day before the ratio is back at or below 1). */
	peakVix: number;
	peakDate: IsoDate;
	/** Business days (rows) of the episode, the flip day included. */
	backwardationDays: number;
	/** True when the data ends with the episode still running (peak and length so far). */
	ongoing: boolean;
}

export interface FlipScan {
	/** The days both series have, the rows the flips refer to. */
	days: Int32Array;
	flips: Flip[];
	/** Common days with VIX above VIX3M, and their share of all common days (a fraction 0–1). */
	backwardationDays: number;
	backwardationFraction: number;
}

/**
 * Every flip in the common history of VIX and VIX3M: a day with VIX/VIX3M > 1 whose preceding
 * `minContangoDays` rows (at least) all had the ratio at or below 1. Rows before the first common day are
 * unknown, so a stretch counts from there.
 * @param vix - VIX closes
 * @param vix3m - VIX3M closes
 * @param minContangoDays - rows at or below 1 required before a crossing, integer ≥ 1
 * @example scanFlips(vix, vix3m).flips.length // 41 on Cboe's files, 2009-09-18 → 2026-02-27
 * @example scanFlips(vix3m, vix) // throws RangeError: the first series must be VIX
 */
export function scanFlips(
	vix: IndexSeries,
	vix3m: IndexSeries,
	minContangoDays = FLIP_MIN_CONTANGO_DAYS,
): FlipScan {
	if (vix.id !== 'VIX' || vix3m.id !== 'VIX3M') {
		throw new RangeError(`scanFlips needs VIX then VIX3M, got ${vix.id} and ${vix3m.id}`);
	}
	if (!Number.isInteger(minContangoDays) || minContangoDays < 1) {
		throw new RangeError(`minContangoDays must be an integer ≥ 1, got ${minContangoDays}`);
	}
	const { days, a: spot, b: threeMonth } = commonDays(vix, vix3m);
	const flips: Flip[] = [];
	let backwardationDays = 0;
	let contangoRun = 0;
	let episode: Flip | null = null;
	for (let i = 0; i < days.length; i++) {
		// VIX > VIX3M is the ratio above 1, without a division's rounding at the boundary.
		if (!(spot[i] > threeMonth[i])) {
			contangoRun++;
			if (episode) episode.ongoing = false;
			episode = null;
			continue;
		}
		backwardationDays++;
		if (contangoRun >= minContangoDays) {
			const date = isoDateOfEpochDay(days[i]);
			episode = {
				date,
				row: i,
				vix: spot[i],
				vix3m: threeMonth[i],
				peakVix: spot[i],
				peakDate: date,
				backwardationDays: 0,
				ongoing: true,
			};
			flips.push(episode);
		}
		contangoRun = 0;
		if (episode) {
			episode.backwardationDays++;
			if (spot[i] > episode.peakVix)
				[episode.peakVix, episode.peakDate] = [spot[i], isoDateOfEpochDay(days[i])];
		}
	}
	return {
		days,
		flips,
		backwardationDays,
		backwardationFraction: days.length === 0 ? 0 : backwardationDays / days.length,
	};
}
