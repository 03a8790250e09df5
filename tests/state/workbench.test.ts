import { describe, expect, it } from 'vitest';
import { Workbench, heatmapAxes } from '../../src/state/workbench.svelte';
import { defaultScenario } from '../../src/persistence';

describe('Workbench', () => {
	it('gives each field its message and is valid only when market and book both are', () => {
		const bench = new Workbench();
		expect(bench.valid).toBe(true);
		bench.market.futures[0].price = 0;
		bench.book.condorDteDays = 0;
		expect(bench.problem('futures[0].price')).toMatch(/VX price of 0 is not a market/);
		expect(bench.problem('condorDteDays')).toMatch(/DTE 0 is expiry day/);
		expect(bench.problem('spx')).toBeNull();
		expect(bench.valid).toBe(false);
	});

	it('scenario() and load() round-trip everything, the lab included', () => {
		const bench = new Workbench();
		const data = defaultScenario();
		data.mcSeed = 77;
		data.whatIf.spxMovePct = -8;
		data.lab.settings.paths = 5000;
		bench.load(data, 'Loaded', 'id-1');
		expect(bench.scenario()).toEqual(data);
		expect([bench.name, bench.savedId, bench.presetId]).toEqual(['Loaded', 'id-1', null]);
		bench.whatIf.spxMovePct = 3;
		expect(data.whatIf.spxMovePct).toBe(-8); // loaded by copy
	});

	it('heatmapAxes spans −25 … +10 % and VIX from below spot to a spike, ascending', () => {
		const { xs, ys } = heatmapAxes(14.49);
		expect([xs[0], xs[xs.length - 1], xs.length]).toEqual([-25, 10, 36]);
		expect(ys[0]).toBeLessThan(14.49);
		expect(ys[ys.length - 1]).toBeGreaterThanOrEqual(14.49 * 4);
		expect(Array.from(ys).every((y, i) => i === 0 || y > ys[i - 1])).toBe(true);
	});
});
