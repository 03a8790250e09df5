import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	LINK_EPS_DOWN,
	LINK_EPS_UP,
	LINK_GAMMA,
	LINK_KNOTS_VIX,
	REGRESSION_EPS,
} from '../../../src/engine/measured/spotVolLink.generated';
import { MODULE_PATH, spotVolLinkModule } from '../../../scripts/measure/spotVolLink';

describe('spotVolLink.generated', () => {
	it('has six knots in increasing VIX order, with ε_down and ε_up at each', () => {
		expect(LINK_KNOTS_VIX).toHaveLength(6);
		LINK_KNOTS_VIX.slice(1).forEach((k, i) => expect(k).toBeGreaterThan(LINK_KNOTS_VIX[i]));
		expect(LINK_EPS_DOWN).toHaveLength(6);
		expect(LINK_EPS_UP).toHaveLength(6);
	});
	it('sends VIX 9.14 at SPX −10 % into 30–45, where every −10 % sell-off from VIX < 15 went (33–41)', () => {
		// 9.14 lies below the first knot, where ε_down is flat at its first value.
		expect(9.14).toBeLessThan(LINK_KNOTS_VIX[0]);
		const u = -Math.log(0.9);
		const vix = 9.14 * Math.exp(LINK_EPS_DOWN[0] * u + LINK_GAMMA * u * u);
		expect(vix).toBeGreaterThan(30);
		expect(vix).toBeLessThan(45);
	});
	it('has a regression ε near the daily slope quoted for 2004–2026 (4.7 ± 0.3)', () => {
		expect(Math.abs(REGRESSION_EPS - 4.7)).toBeLessThan(0.3);
	});
});

const DATA = resolve(process.cwd(), '../shared/data');
describe.skipIf(!existsSync(`${DATA}/VIX_History.csv`))(
	'spotVolLink against the history files (skipped: ../shared/data is absent)',
	() => {
		it('rebuilding the module from the files reproduces the committed text', async () => {
			expect(await spotVolLinkModule()).toBe(readFileSync(resolve(process.cwd(), MODULE_PATH), 'utf8'));
		});
	},
);
