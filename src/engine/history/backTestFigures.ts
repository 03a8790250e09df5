// The back-test's figures for any resample of its starts (docs/history.md, "Back-test"): a resample is a multiset of
// start indices, so every figure is a weighted one — means and shares by sums of multiplicities, medians by walking
// each series' values in sorted order (sorted once) until half the group's weight is passed. Linear in the starts
// per resample: the bootstrap evaluates thousands of medians without sorting once.
import type { BackTestSeries } from './backTest';

/** The P&L series reported: the condor alone, the hedge, both, and the hedge's P&L over its premium. */
export const PNL_SERIES = ['alone', 'hedge', 'hedged', 'hedgeReturn'] as const;
export type PnlSeriesId = (typeof PNL_SERIES)[number];

/** Regime groups: every start, contango starts, backwardation starts. */
export const REGIME_GROUPS = ['all', 'contango', 'backwardation'] as const;

/** Per (group, policy): n, premium, credit, then mean / median / P(profit) of each P&L series at mid and after costs. */
export const FIGURES_PER_POLICY = 3 + 2 * 3 * PNL_SERIES.length;

/** Six groups: regime r (all, contango, backwardation) × with (0) or without (1) the episode, at r·2 + w. */
const GROUPS = 6;
/** The atoms (contango out of / in the episode 0 / 1, backwardation 2 / 3) each group is made of. */
const ATOMS_OF_GROUP = [[0, 1, 2, 3], [0, 2], [0, 1], [0], [2, 3], [2]];
/** Per atom, four slots of the groups it is in (−1: none), flat for the bootstrap's inner loop. */
const GROUPS_OF_ATOM = Int8Array.from(
	[0, 1, 2, 3].flatMap((a) => {
		const groups = [0, 1, 2, 3, 4, 5].filter((g) => ATOMS_OF_GROUP[g].includes(a));
		return [...groups, -1, -1, -1, -1].slice(0, 4);
	}),
);

/**
 * The evaluator of a series' figures: given a resample's indices, the figures of every (group, policy) at
 * ((r·2 + w)·policies + p)·FIGURES_PER_POLICY. An empty group's figures are NaN (n is 0).
 * @param inEpisode per start, 1 when its holding window overlaps the left-out episode.
 */
export function groupFigures(
	series: BackTestSeries,
	inEpisode: Uint8Array,
): (idx: Int32Array) => Float64Array {
	const n = series.rows.length;
	// Each start's atom: regime (contango 0, backwardation 2) + 1 when in the episode. A group is a union of atoms.
	const atom = Uint8Array.from(series.backwardation, (b, i) => 2 * b + inEpisode[i]);
	// Per policy: premium, credit, then the P&L series at mid and after costs, each a value per start.
	const values = series.policies.map((p) => {
		const ret = (hedge: Float64Array) =>
			Float64Array.from(hedge, (h, i) => (p.premiumUsd[i] > 0 ? h / p.premiumUsd[i] : 0));
		const hedged = (a: Float64Array, b: Float64Array) => Float64Array.from(a, (x, i) => x + b[i]);
		const pnl = [
			...[p.condorUsd, p.hedgeUsd, hedged(p.condorUsd, p.hedgeUsd), ret(p.hedgeUsd)],
			...[p.condorNetUsd, p.hedgeNetUsd, hedged(p.condorNetUsd, p.hedgeNetUsd), ret(p.hedgeNetUsd)],
		];
		const order = pnl.map((v) => Int32Array.from(v.keys()).sort((a, b) => v[a] - v[b]));
		return { premium: p.premiumUsd, credit: p.creditUsd, pnl, order };
	});
	const P = values.length;
	const counts = new Int32Array(n);
	const weight = new Float64Array(GROUPS);
	const atomSum = new Float64Array(4);
	const atomPositive = new Float64Array(4);
	const atomWeight = new Float64Array(4);
	const cum = new Float64Array(GROUPS);
	const lower = new Float64Array(GROUPS);
	const upper = new Float64Array(GROUPS);
	const lowerRank = new Float64Array(GROUPS);
	const upperRank = new Float64Array(GROUPS);

	/** Group g's total of a per-atom figure. */
	const ofGroup = (perAtom: Float64Array, g: number) => {
		let total = 0;
		for (const a of ATOMS_OF_GROUP[g]) total += perAtom[a];
		return total;
	};
	/** Weighted sum (and weight above 0) of a series in every atom. */
	const sums = (v: Float64Array) => {
		atomSum.fill(0);
		atomPositive.fill(0);
		for (let i = 0; i < n; i++) {
			const c = counts[i];
			if (c === 0) continue;
			const x = v[i];
			atomSum[atom[i]] += c * x;
			if (x > 0) atomPositive[atom[i]] += c;
		}
	};
	/**
	 * Weighted median of a series in every group: the mean of the values at ranks ⌊(w − 1)/2⌋ and ⌊w/2⌋, walking the
	 * values in ascending order until every group has passed its upper rank.
	 */
	const medians = (v: Float64Array, order: Int32Array) => {
		cum.fill(0);
		lower.fill(NaN);
		upper.fill(NaN);
		let open = 0;
		for (let g = 0; g < GROUPS; g++) if (weight[g] > 0) open++;
		for (let k = 0; k < n && open > 0; k++) {
			const i = order[k];
			const c = counts[i];
			if (c === 0) continue;
			for (let m = 4 * atom[i]; m < 4 * atom[i] + 4; m++) {
				const g = GROUPS_OF_ATOM[m];
				if (g < 0) break;
				const before = cum[g];
				const after = (cum[g] = before + c);
				if (before <= lowerRank[g] && after > lowerRank[g]) lower[g] = v[i];
				if (before <= upperRank[g] && after > upperRank[g]) {
					upper[g] = v[i];
					open--;
				}
			}
		}
	};

	return (idx) => {
		counts.fill(0);
		for (let k = 0; k < idx.length; k++) counts[idx[k]]++;
		atomWeight.fill(0);
		for (let i = 0; i < n; i++) atomWeight[atom[i]] += counts[i];
		for (let g = 0; g < GROUPS; g++) {
			weight[g] = ofGroup(atomWeight, g);
			lowerRank[g] = Math.floor((weight[g] - 1) / 2);
			upperRank[g] = Math.floor(weight[g] / 2);
		}
		const out = new Float64Array(GROUPS * P * FIGURES_PER_POLICY);
		values.forEach((v, p) => {
			const at = (g: number) => (g * P + p) * FIGURES_PER_POLICY;
			for (let g = 0; g < GROUPS; g++) out[at(g)] = weight[g];
			sums(v.premium);
			for (let g = 0; g < GROUPS; g++) out[at(g) + 1] = ofGroup(atomSum, g) / weight[g];
			sums(v.credit);
			for (let g = 0; g < GROUPS; g++) out[at(g) + 2] = ofGroup(atomSum, g) / weight[g];
			v.pnl.forEach((series, s) => {
				sums(series);
				medians(series, v.order[s]);
				for (let g = 0; g < GROUPS; g++) {
					const f = at(g) + 3 + 3 * s;
					out[f] = ofGroup(atomSum, g) / weight[g];
					out[f + 1] = 0.5 * (lower[g] + upper[g]);
					out[f + 2] = ofGroup(atomPositive, g) / weight[g];
				}
			});
		});
		return out;
	};
}
