import { describe, expect, it } from 'vitest';
import { Workbench } from '../../src/state/workbench.svelte';
import { LabRunner } from '../../src/state/labRunner.svelte';

describe('LabRunner.settings()', () => {
	it('starts from this market and its counterparts, or from two chosen presets', () => {
		const bench = new Workbench();
		const runner = new LabRunner(bench, null as never);
		bench.mcSeed = 11;
		bench.labSettings.policyIds = ['steward', 'plain16'];
		expect(runner.settings()).toMatchObject({ seed: 11, starts: { mode: 'counterparts' } });
		expect(runner.settings().policies.map((p) => p.id)).toEqual(['steward', 'plain16']);
		bench.labSettings.startPresetIds = ['calm-2017', 'covid-2020-03-13'];
		const starts = runner.settings().starts;
		expect(starts.mode === 'markets' && starts.markets.map((m) => m.market.valuationDate)).toEqual([
			'2017-11-03',
			'2020-03-13',
		]);
	});
});
