// The largest episode of the sample, left out in the "without" rows: the COVID crash of 2020.
import type { IsoDate } from '../../src/engine';

export const LARGEST_EPISODE = { from: '2020-02-20', to: '2020-04-30' } as const;

/** A holding window [start, end] that overlaps the episode. */
export function overlapsLargestEpisode(start: IsoDate, end: IsoDate): boolean {
	return start <= LARGEST_EPISODE.to && end >= LARGEST_EPISODE.from;
}
