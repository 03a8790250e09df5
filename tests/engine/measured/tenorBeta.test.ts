import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TENOR_BETA_KAPPA } from '../../../src/engine/measured/tenorBeta.generated';
import { MODULE_PATH, tenorBetaModule } from '../../../scripts/measure/tenorBeta';

describe('tenorBeta.generated', () => {
	it('is a sample-wide fit below the Feb 2018 spike, whose Mar-18 and Apr-18 futures moved more', () => {
		// 2018-02-02 → 02-05: VIX 17.31 → 37.32, Mar-18 (47 days) 14.975 → 27.975, Apr-18 (75 days) 15.075 → 24.725.
		const spot = Math.log(37.32 / 17.31);
		const mar = Math.log(27.975 / 14.975) / spot;
		const apr = Math.log(24.725 / 15.075) / spot;
		const at = (days: number) => Math.exp((-TENOR_BETA_KAPPA * days) / 365);
		expect(at(75)).toBeLessThan(apr);
		expect(at(47)).toBeLessThan(mar);
		expect(at(47)).toBeGreaterThan(at(75));
	});
});

const DATA = resolve(process.cwd(), '../shared/data');
describe.skipIf(!existsSync(`${DATA}/vx/CFE_VX_2018-03-21.csv`))(
	'tenorBeta against the history files (skipped: ../shared/data is absent)',
	() => {
		it('rebuilding the module from the files reproduces the committed text', async () => {
			expect(await tenorBetaModule()).toBe(readFileSync(resolve(process.cwd(), MODULE_PATH), 'utf8'));
		});
	},
);
