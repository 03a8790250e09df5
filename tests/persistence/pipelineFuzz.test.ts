// Whatever a file or a link carries, the app either refuses it with a message or can show it: every scenario the
// import/link pipeline accepts is priced by the engine calls each screen makes (Market: curve; Book: book; What-if:
// whatIf and heatmap; Regimes: compare) without an error and with finite numbers, and runs in the regime lab.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_POLICIES, DEFAULT_REGIME_LAB_SETTINGS, NO_SHOCK, runRegimeLab } from '../../src/engine';
import {
	decodeShareFragment,
	encodeShareFragment,
	parseScenarioText,
	type Scenario,
} from '../../src/persistence';
import { heatmapAxes } from '../../src/state/workbench.svelte';
import { api } from '../../src/worker/api';
import { scenarioArbitrary } from '../fixtures/scenarioArbitrary';

/** Every number reachable in a result. */
function numbers(v: unknown): number[] {
	if (typeof v === 'number') return [v];
	if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
	if (Array.isArray(v)) return v.flatMap(numbers);
	if (v && typeof v === 'object') return Object.values(v).flatMap(numbers);
	return [];
}

/** The calls the screens make for a scenario (as Workbench.connect sends them). */
function everyScreen(data: Scenario) {
	const { market, book, whatIf } = data;
	const { daysForward, longRunLevel, spxVolShiftPts, volOfVolShiftPts, vixSkewScale } = whatIf;
	const heatShock = {
		...NO_SHOCK,
		daysForward,
		longRunLevel,
		spxVolShiftPts,
		volOfVolShiftPts,
		vixSkewScale,
	};
	const results = [
		api.curve(market, whatIf),
		api.book(market, book),
		api.whatIf(market, book, whatIf),
		api.heatmap(market, book, heatShock, heatmapAxes(market.vix)),
		api.compare(market, book),
	];
	const bad = numbers(results).find((x) => !Number.isFinite(x));
	if (bad !== undefined) throw new Error(`a screen would show ${bad}`);
}

const accepted = (text: string) => {
	const r = parseScenarioText(text);
	return r.ok ? r.value.data : null;
};

describe('the import and link pipeline', () => {
	it('accepts enough generated scenarios to mean something', () => {
		const sample = fc.sample(scenarioArbitrary, { numRuns: 300 });
		const share = sample.filter((d) =>
			accepted(JSON.stringify({ schemaVersion: 4, name: 'x', data: d })),
		).length;
		expect(share).toBeGreaterThan(20);
	});

	it('every accepted file prices on every screen', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (data) => {
				const parsed = accepted(JSON.stringify({ schemaVersion: 4, name: 'Fuzz', data }));
				if (parsed) everyScreen(parsed);
			}),
			{ numRuns: 600 },
		);
	}, 120_000);

	it('every accepted share link prices on every screen', async () => {
		await fc.assert(
			fc.asyncProperty(scenarioArbitrary, async (data) => {
				const r = await decodeShareFragment(await encodeShareFragment({ name: 'Linked', data }));
				if (r?.ok) everyScreen(r.value.data);
			}),
			{ numRuns: 100 },
		);
	}, 120_000);

	it('every accepted scenario runs in the regime lab', async () => {
		await fc.assert(
			fc.asyncProperty(scenarioArbitrary, async (data) => {
				const parsed = accepted(JSON.stringify({ schemaVersion: 4, name: 'Lab', data }));
				// The lab cannot run a 0DTE condor (its horizon has no step): it says so when asked, and is left out here.
				if (!parsed || parsed.book.condorDteDays === 0) return;
				const result = await runRegimeLab(parsed.market, parsed.book, {
					...DEFAULT_REGIME_LAB_SETTINGS,
					paths: 8,
					chunkPaths: 8,
					policies: DEFAULT_POLICIES.slice(0, 2),
				});
				expect(numbers(result).every(Number.isFinite)).toBe(true);
			}),
			{ numRuns: 40 },
		);
	}, 120_000);
});
