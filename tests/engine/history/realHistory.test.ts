// The replay and the back-test on the real files in ../shared/data (docs/history.md): the history days, the proxy's
// error against the CFE settlements as the app uses it, February 2018 on the real curve, and the back-test's ladder
// against the documented history. Skipped, with the reason in the name, when the folder is absent.
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	NO_COSTS,
	NO_SHOCK,
	buildMarketModel,
	calendarDaysBetween,
	whatIfPnl,
} from '../../../src/engine';
import {
	BACK_TEST_POLICIES,
	DEFAULT_BACK_TEST_SETTINGS,
	dayIndex,
	historicalMarket,
	historyDays,
	historyFlips,
	importedHistoryTable,
	proxyErrorReport,
	replay,
	runBackTest,
	scanFlips,
} from '../../../src/engine/history';
import { haveHistoryFiles, loadHistoryFiles } from '../../../scripts/measure/historyFiles';

const HAVE = haveHistoryFiles();

describe.skipIf(!HAVE)(
	'history days, replay and back-test on the real files (skipped: ../shared/data is absent)',
	() => {
		const series = HAVE ? loadHistoryFiles().series : null!;
		const table = HAVE ? importedHistoryTable(series) : null!;
		const days = HAVE ? historyDays(table) : null!;

		it('values 4,136 days (2009-09-18 → 2026-02-27), VIX above VIX3M on 314 of them; 41 flips; VIX peaked at 82.69', () => {
			expect(table.days.length).toBe(4136);
			expect([table.dates[0], table.dates.at(-1)]).toEqual(['2009-09-18', '2026-02-27']);
			const back = table.vix.filter((v, i) => v > table.vix3m[i]).length;
			expect(back).toBe(314);
			expect(back / table.days.length).toBeCloseTo(0.076, 3);
			expect(scanFlips(series.vix, series.vix3m!).flips).toHaveLength(41);
			const peak = table.vix.indexOf(Math.max(...table.vix));
			expect([table.vix[peak], table.dates[peak]]).toEqual([82.69, '2020-03-16']);
		});

		it('builds each day’s curve from the CFE settlements where held, and reports the proxy’s error there', () => {
			const proxyOnly = importedHistoryTable({ ...series, contracts: [] });
			const buckets = [0, 30, 60, 120, 270].map((lo, k, a) => ({
				lo,
				hi: a[k + 1] ?? Infinity,
				errors: [] as number[],
			}));
			let realDays = 0;
			for (let i = 0; i < table.days.length; i++) {
				const h = historicalMarket(table, i);
				if (h.proxy.every((p) => p)) continue;
				realDays++;
				const proxy = new Map(historicalMarket(proxyOnly, i).market.futures.map((f) => [f.expiry, f.price]));
				h.market.futures.forEach((f, k) => {
					const p = proxy.get(f.expiry);
					if (h.proxy[k] || p === undefined) return;
					const tenor = calendarDaysBetween(table.dates[i], f.expiry);
					buckets.find((b) => tenor >= b.lo && tenor < b.hi)!.errors.push(Math.log(p / f.price));
				});
			}
			const stats = buckets
				.filter((b) => b.errors.length > 0)
				.map((b) => {
					const n = b.errors.length;
					const mean = b.errors.reduce((a, x) => a + x, 0) / n;
					const rmse = Math.sqrt(b.errors.reduce((a, x) => a + x * x, 0) / n);
					return {
						tenor: b.hi === Infinity ? `≥ ${b.lo} d` : `${b.lo}–${b.hi} d`,
						n,
						mean: +mean.toFixed(4),
						rmse: +rmse.toFixed(4),
					};
				});
			console.log(`proxy vs CFE on ${realDays} days with settlements, ln(F_proxy/F_real) by tenor:`, stats);
			expect(realDays).toBeGreaterThan(1200);
			for (const s of stats) {
				expect(Math.abs(s.mean), s.tenor).toBeLessThan(0.04);
				expect(s.rmse, s.tenor).toBeLessThan(0.08);
			}
		});

		it('lists the 41 flips, 22 within ±5 business days of an FOMC decision, and the proxy’s error by tenor', () => {
			const flips = historyFlips(table);
			expect(flips).toHaveLength(41);
			expect(flips.filter((f) => f.fomc).length).toBe(22);
			const report = proxyErrorReport(table);
			expect(report.days).toBeGreaterThan(1200);
			for (const b of report.buckets) {
				expect(Math.abs(b.meanLog), `${b.fromDays} d`).toBeLessThan(0.04);
				expect(b.rmseLog, `${b.fromDays} d`).toBeLessThan(0.08);
			}
			console.log('proxyErrorReport:', JSON.stringify(report));
		});

		it('replays February 2018 on the real curve: the hedge on 2018-02-05 is the what-if on that day’s market', () => {
			const r = replay(days, DEFAULT_BOOK_SPEC, DEFAULT_POLICIES[0], '2018-01-19');
			const day = r.days.find((d) => d.date === '2018-02-05')!;
			// Every future of every day is a CFE settlement (the files hold Nov 2017 … Sep 2018).
			expect(r.days.every((d) => d.proxyFutures === 0)).toBe(true);
			const market = historicalMarket(table, dayIndex(table, '2018-02-05')).market;
			expect(market.futures.length).toBeGreaterThanOrEqual(8);
			const positions = {
				condor: null,
				layers: r.layers.map((l, i) => ({
					...l,
					contracts: r.entry.contracts[i],
					entryPts: l.pricePts,
					midPts: l.pricePts,
					filled: false,
				})),
			};
			const held = whatIfPnl(
				{ model: buildMarketModel(market, r.condorExpiry), positions, costs: DEFAULT_BOOK_SPEC.costs },
				NO_SHOCK,
			);
			expect(Math.abs(day.hedgeUsd - held.hedgeUsd)).toBeLessThan(1);
			console.log(
				`Feb 2018 replay (real curve): entry ${r.entryDate}, ${r.entry.contracts.join('/')} calls for $${r.entry.hedgePremiumUsd.toFixed(0)}, ` +
					`credit $${r.entry.creditUsd.toFixed(0)}; 2018-02-05 hedge $${day.hedgeUsd.toFixed(0)}, condor $${day.condorUsd.toFixed(0)}; ` +
					`at expiry ${r.condorExpiry}: condor $${r.outcome.condorUsd.toFixed(0)}, hedge $${r.outcome.hedgeUsd.toFixed(0)}, ` +
					`after costs $${r.outcome.afterCosts.combinedUsd.toFixed(0)}`,
			);
		});

		it('back-tests the one-unit ladder as the documented history: contango median ≈ −33…−41 %, P(profit) ≈ 19–22 %', async () => {
			const oneUnit = {
				...DEFAULT_BOOK_SPEC,
				ladder: { ...DEFAULT_BOOK_SPEC.ladder, sizing: { mode: 'units' as const, units: 1 } },
				costs: NO_COSTS,
			};
			const settings = { ...DEFAULT_BACK_TEST_SETTINGS, policies: BACK_TEST_POLICIES.slice(0, 1) };
			const r = (await runBackTest(days, oneUnit, settings))!;
			const group = (regime: string, without: boolean) =>
				r.groups.find((g) => g.regime === regime && g.withoutEpisode === without)!;
			const c = group('contango', false).mid.hedgeReturn;
			const cWithout = group('contango', true).mid.hedgeReturn;
			expect(r.starts).toBeGreaterThan(4000);
			// The episode left out is the data's own: the backwardation stretch around VIX's record close.
			expect(r.episode).toEqual({ label: 'March 2020', from: '2020-02-24', to: '2020-04-23' });
			expect(c.median.value).toBeGreaterThan(-0.48);
			expect(c.median.value).toBeLessThan(-0.3);
			expect(c.pProfit.value).toBeGreaterThan(0.14);
			expect(c.pProfit.value).toBeLessThan(0.26);
			// A mean near 0 only because of March 2020: clearly negative without it.
			expect(Math.abs(c.mean.value)).toBeLessThan(0.15);
			expect(cWithout.mean.value).toBeLessThan(-0.08);
			expect(c.mean.value - cWithout.mean.value).toBeGreaterThan(0.08);
			// The ladder costs more in backwardation than in contango.
			expect(group('backwardation', false).premiumUsd.value).toBeGreaterThan(
				group('contango', false).premiumUsd.value,
			);
			const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
			console.log(
				`contango ladder, ${group('contango', false).n} starts: median ${pct(c.median.value)} ± ${pct(c.median.se)}, ` +
					`P(profit) ${pct(c.pProfit.value)} ± ${pct(c.pProfit.se)}, mean ${pct(c.mean.value)} ± ${pct(c.mean.se)} ` +
					`(${pct(cWithout.mean.value)} without March 2020)`,
			);
		}, 60_000);
	},
);
