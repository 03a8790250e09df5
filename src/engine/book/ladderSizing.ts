// Sizing the ladder (docs/models.md, "The hedge"): how many 4/4/2 units reach a coverage target in the reference
// stress, or fit a premium budget. Contracts are whole numbers, round(count·k); k steps by 1, or 0.1 when fractional
// units are allowed. A target a sane ladder cannot reach is reported, never sized to 0 or to hundreds of units.

/** No plan a trader would follow holds more units than this. */
export const MAX_SANE_UNITS = 100;

/** Contracts of a layer for k units: whole numbers, round(count·k). */
export function layerContracts(layer: { countPerUnit: number }, units: number): number {
	return Math.round(layer.countPerUnit * units);
}

/** Σ contracts(layer, k) · perContract[layer]. */
export function ladderTotal(
	layers: readonly { countPerUnit: number }[],
	perContract: readonly number[],
	units: number,
): number {
	return layers.reduce((sum, layer, i) => sum + layerContracts(layer, units) * perContract[i], 0);
}

const steps = (fractional: boolean) => (fractional ? 0.1 : 1);
const unitsAt = (j: number, fractional: boolean) => Math.round(j * steps(fractional) * 10) / 10;

/**
 * Smallest k whose total of `perContract` reaches `target`; null when even MAX_SANE_UNITS fall short.
 * @example smallestUnitsReaching([{ countPerUnit: 4 }], [100], 750, false) // 2
 */
export function smallestUnitsReaching(
	layers: readonly { countPerUnit: number }[],
	perContract: readonly number[],
	target: number,
	fractional: boolean,
): number | null {
	for (let j = 1; unitsAt(j, fractional) <= MAX_SANE_UNITS; j++) {
		const k = unitsAt(j, fractional);
		if (ladderTotal(layers, perContract, k) >= target) return k;
	}
	return null;
}

/** Largest k whose total of `perContract` stays within `budget`; 0 when even the smallest step exceeds it. */
export function largestUnitsWithin(
	layers: readonly { countPerUnit: number }[],
	perContract: readonly number[],
	budget: number,
	fractional: boolean,
): number {
	let best = 0;
	for (let j = 1; unitsAt(j, fractional) <= MAX_SANE_UNITS; j++) {
		const k = unitsAt(j, fractional);
		if (ladderTotal(layers, perContract, k) > budget) break;
		best = k;
	}
	return best;
}
