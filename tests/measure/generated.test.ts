import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { haveHistoryFiles, loadHistoryFiles } from '../../scripts/measure/historyFiles';
import { REPO_ROOT, formatTypeScript } from '../../scripts/measure/output';
import { buildProxyCalibration } from '../../scripts/measure/proxyFit';
import {
	REAL_WORLD_DOC,
	REAL_WORLD_MODULE,
	buildRealWorldVix,
} from '../../scripts/measure/realWorldVixBuild';
import {
	CURVE_SHAPES,
	FUTURES_RISK_PREMIUM,
	LADDER_HISTORY,
	REAL_WORLD_VIX,
} from '../../src/engine/measured/realWorldVix.generated';

const committed = (path: string) => readFileSync(`${REPO_ROOT}${path}`, 'utf8');
const docSection = (path: string) => {
	const doc = committed(path);
	return doc.slice(doc.indexOf('<!-- generated: tables -->'), doc.indexOf('<!-- /generated: tables -->'));
};

const HAVE = haveHistoryFiles();
describe.skipIf(!HAVE)(
	'generated modules rebuild from ../shared/data (skipped: ../shared/data is absent)',
	() => {
		const files = HAVE ? loadHistoryFiles() : null;
		it('proxyCalibration.generated.ts equals a rebuild', async () => {
			const path = 'src/engine/measured/proxyCalibration.generated.ts';
			const { moduleSource, markdown } = buildProxyCalibration(files!);
			expect(await formatTypeScript(moduleSource, path)).toBe(committed(path));
			expect(docSection('docs/measured/proxy-futures.md')).toContain(markdown);
		});
		it('realWorldVix.generated.ts and its doc tables equal a rebuild', { timeout: 180_000 }, async () => {
			const { moduleSource, markdown } = buildRealWorldVix(files!);
			expect(await formatTypeScript(moduleSource, REAL_WORLD_MODULE)).toBe(committed(REAL_WORLD_MODULE));
			expect(docSection(REAL_WORLD_DOC)).toContain(markdown);
		});
	},
);

describe('the committed real-world parameters', () => {
	it('have the monthly-step κ ≈ 2.7 /yr and η ≈ 0.8, not the daily fit’s 5.1 and 1.09', () => {
		expect(REAL_WORLD_VIX.kappaPerYear).toBeGreaterThan(2.4);
		expect(REAL_WORLD_VIX.kappaPerYear).toBeLessThan(3);
		expect(REAL_WORLD_VIX.etaWithoutJumpsPerSqrtYear).toBeGreaterThan(0.7);
		expect(REAL_WORLD_VIX.etaWithoutJumpsPerSqrtYear).toBeLessThan(0.9);
		expect(REAL_WORLD_VIX.etaPerSqrtYear).toBeLessThan(REAL_WORLD_VIX.etaWithoutJumpsPerSqrtYear);
	});
	it('have a futures risk premium that is 0 at h = 0, positive after, larger in backwardation beyond 60 days', () => {
		const { horizonDays, contango, backwardation } = FUTURES_RISK_PREMIUM;
		expect(contango[0]).toBe(0);
		expect(backwardation[0]).toBe(0);
		horizonDays.forEach((h, i) => {
			if (h === 0) return;
			expect(contango[i]).toBeGreaterThan(0);
			if (h > 60) expect(backwardation[i]).toBeGreaterThan(contango[i]);
		});
	});
	it('have curve shapes in contango rising with tenor at low VIX and falling in backwardation at high VIX', () => {
		const low = CURVE_SHAPES.futureOverVix.contango[0];
		const high = CURVE_SHAPES.futureOverVix.backwardation[6];
		expect(low.at(-1)!).toBeGreaterThan(low[0]!);
		expect(high.at(-1)!).toBeLessThan(high[0]!);
		expect(CURVE_SHAPES.futureOverVix.contango[7].every((x) => x === null)).toBe(true);
	});
	it('say a long ladder loses in a typical 45-day hold, from either regime', () => {
		for (const row of LADDER_HISTORY.rows) {
			expect(row.medianPnl).toBeLessThan(-0.25);
			expect(row.pProfit).toBeLessThan(0.35);
		}
		expect(LADDER_HISTORY.premiumRatio).toBeGreaterThan(1);
	});
});
