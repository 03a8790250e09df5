// The regime lab against what really happened (docs/simulation.md, "Sanity and history"): over the real 45-day windows
// of 2009–2026, the lab's mean hedge P&L per unit (as a share of the premium) from each start day must lie within two
// block-bootstrap standard errors of the realized mean, for contango starts and for backwardation starts. Both sides
// start from the history's market of the day (real CFE settlements where held, the proxy elsewhere: docs/history.md)
// and price with the app's rules, at mid, the 4/4/2 of one unit; the realized side is the app's back-test.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	NO_COSTS,
	blockBootstrapSe,
	runRegimeLab,
} from '../../../src/engine';
import {
	DEFAULT_BACK_TEST_SETTINGS,
	backTestPart,
	backTestStarts,
	historyDays,
	importedHistoryTable,
} from '../../../src/engine/history';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';

const HAVE = haveHistoryFiles();
/** Every k-th start of each regime, and the lab's paths per start: enough for the test's precision, fast in CI. */
const EVERY = { contango: 12, backwardation: 3 };
const PATHS = 2_000;

describe.skipIf(!HAVE)('the lab against 2009–2026 (skipped: ../shared/data is absent)', () => {
	const days = HAVE ? historyDays(importedHistoryTable(loadHistoryFiles().series)) : null;
	const oneUnit = {
		...DEFAULT_BOOK_SPEC,
		ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units' as const, units: 1 } },
		costs: NO_COSTS,
	};
	const steward = DEFAULT_POLICIES.filter((p) => p.id === 'steward');
	// What happened: the app's back-test of the same unit from every start, held to the condor's expiry, at mid.
	const settings = { ...DEFAULT_BACK_TEST_SETTINGS, policies: steward };
	const starts = days ? backTestStarts(days, oneUnit, settings) : new Int32Array(0);
	const realized = days ? backTestPart(days, oneUnit, settings, starts, 0, starts.length) : null;

	/** The lab's mean hedge P&L as a share of the premium, from the market of the start's day. */
	async function labMean(row: number): Promise<number> {
		const market = days!.day(row).market;
		const labSettings = {
			...DEFAULT_REGIME_LAB_SETTINGS,
			paths: PATHS,
			policies: steward,
			starts: { mode: 'markets' as const, markets: [{ label: market.valuationDate, market }] },
		};
		const p = (await runRegimeLab(market, oneUnit, labSettings))!.starts[0].policies[0];
		return p.mid.hedge.mean / p.hedgeCostUsd;
	}

	it.each(['contango', 'backwardation'] as const)(
		'%s starts: the lab’s mean is within two block-bootstrap standard errors of the realized mean',
		async (regime) => {
			const s = realized!;
			const ks = Array.from(s.rows.keys()).filter(
				(k) => s.backwardation[k] === (regime === 'backwardation' ? 1 : 0),
			);
			const sample = ks.filter((_, i) => i % EVERY[regime] === 0);
			const reals = sample.map((k) => s.policies[0].hedgeUsd[k] / s.policies[0].premiumUsd[k]);
			const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
			const real = mean(reals);
			// Neighbouring starts share most of their 45 days: blocks of about two months of starts.
			const [se] = blockBootstrapSe(
				reals.length,
				(idx) => [mean(Array.from(idx, (i) => reals[i]))],
				Math.ceil(45 / EVERY[regime]),
				400,
				7,
			);
			const labs = await Promise.all(sample.map((k) => labMean(s.rows[k])));
			const lab = mean(labs);
			const cov = mean(labs.map((x, i) => (x - lab) * (reals[i] - real)));
			const sd = (xs: number[], m: number) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
			console.log(
				`${regime}: ${sample.length} starts, realized ${(100 * real).toFixed(1)} % ± ${(100 * se).toFixed(1)}, lab ${(100 * lab).toFixed(1)} %; ` +
					`lab mean > 0 on ${((100 * labs.filter((x) => x > 0).length) / labs.length).toFixed(0)} % of starts; ` +
					`correlation with what happened ${(cov / (sd(labs, lab) * sd(reals, real))).toFixed(2)}`,
			);
			expect(Math.abs(lab - real)).toBeLessThan(2 * se);
		},
		120_000,
	);
});
