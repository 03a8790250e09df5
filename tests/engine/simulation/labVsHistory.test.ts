// The regime lab against what really happened (docs/simulation.md, "Against history"): over the real 45-day windows
// of 2009–2026, the lab's mean hedge P&L per unit (as a share of the premium) from each start day must lie within two
// block-bootstrap standard errors of the realized mean, for contango starts and for backwardation starts. Both sides
// price with the app's rules on the proxy VX curve (docs/measured/proxy-futures.md), at mid, the 4/4/2 of one unit.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	NO_COSTS,
	calendarDaysBetween,
	marketWithDefaults,
	proxyFuture,
	runRegimeLab,
	vxExpiriesAfter,
} from '../../../src/engine';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';
import { joinDays, termDays } from '../../../scripts/measure/market';
import { ladderHistory, proxyCurve, settleOf } from '../../../scripts/measure/ladderSummary';
import { blockBootstrapSe } from '../../../scripts/measure/bootstrap';
import type { LadderOutcome } from '../../../scripts/measure/ladderHistory';

const HAVE = haveHistoryFiles();
/** Every k-th start of each regime, and the lab's paths per start: enough for the test's precision, fast in CI. */
const EVERY = { contango: 12, backwardation: 3 };
const PATHS = 2_000;

describe.skipIf(!HAVE)('the lab against 2009–2026 (skipped: ../shared/data is absent)', () => {
	const files = HAVE ? loadHistoryFiles() : null;
	const days = files ? joinDays(files) : [];
	const byDate = new Map(termDays(days).map((d) => [d.date, d]));
	const realized = files ? ladderHistory(days, proxyCurve(days), settleOf(files, days)) : [];
	const oneUnit = {
		...DEFAULT_BOOK_SPEC,
		ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units' as const, units: 1 } },
		costs: NO_COSTS,
	};
	const steward = DEFAULT_POLICIES.filter((p) => p.id === 'steward');

	/** The lab's mean hedge P&L as a share of the premium, from the market of a start day (proxy futures for 9 months). */
	async function labMean(o: LadderOutcome): Promise<number> {
		const d = byDate.get(o.start)!;
		const market = marketWithDefaults({
			valuationDate: o.start,
			spx: d.spx!,
			rate: 0.02,
			dividendYield: 0.018,
			vix: d.vix,
			vix3m: d.vix3m,
			futures: vxExpiriesAfter(o.start, 9).map((expiry) => ({
				expiry,
				price: Math.round(proxyFuture(d.vix, d.vix3m, calendarDaysBetween(o.start, expiry)) * 100) / 100,
			})),
		});
		const settings = {
			...DEFAULT_REGIME_LAB_SETTINGS,
			paths: PATHS,
			policies: steward,
			starts: { mode: 'markets' as const, markets: [{ label: o.start, market }] },
		};
		const p = (await runRegimeLab(market, oneUnit, settings))!.starts[0].policies[0];
		return p.mid.hedge.mean / p.hedgeCostUsd;
	}

	it.each(['contango', 'backwardation'] as const)(
		'%s starts: the lab’s mean is within two block-bootstrap standard errors of the realized mean',
		async (regime) => {
			const starts = realized.filter((o) => o.regime === regime && byDate.get(o.start)?.spx);
			const sample = starts.filter((_, i) => i % EVERY[regime] === 0);
			const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
			const real = mean(sample.map((o) => o.pnlFraction));
			// Neighbouring starts share most of their 45 days: blocks of about two months of starts.
			const [se] = blockBootstrapSe(
				sample,
				(s) => [mean(s.map((o) => o.pnlFraction))],
				Math.ceil(45 / EVERY[regime]),
				400,
				7,
			);
			const labs = await Promise.all(sample.map(labMean));
			const lab = mean(labs);
			const reals = sample.map((o) => o.pnlFraction);
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
