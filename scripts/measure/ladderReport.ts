// Section e of the real-world VIX measurement: the realized 4/4/2 ladder over 2009–2026 on the proxy curve, and on
// real CFE settlements where the files cover every contract of a start.
import type { ProxyCalibration } from '../../src/engine/history/proxyFutures';
import type { HistoryFiles } from './historyFiles';
import { LARGEST_EPISODE } from './episode';
import { inLargestEpisode, type LadderOutcome } from './ladderHistory';
import {
	BOOTSTRAP,
	cfeCurve,
	ladderHistory,
	ladderStats,
	ladderTable,
	proxyCurve,
	settleOf,
	type LadderRow,
} from './ladderSummary';
import type { Day } from './market';
import { fixed, markdownTable, pct } from './output';

export interface LadderResult {
	rows: LadderRow[];
	premiumRatio: number;
	premiumRatioSe: number;
	outcomes: LadderOutcome[];
	markdown: string;
}

/** The proxy without its calibration factor, to show what the calibration changes. */
const BARE_PROXY: ProxyCalibration = { lnScale: 0, reversionPerYear: 0, longRunVix: 20 };

function bareSummary(bare: readonly LadderOutcome[]): string {
	const all = ladderStats(bare);
	const without = ladderStats(bare.filter((o) => !inLargestEpisode(o)));
	const premium = (r: string) => ladderStats(bare.filter((o) => o.regime === r)).meanPremium;
	return (
		`With the bare proxy (a = 1) over the whole history: median ${pct(all.medianPnl)}, P(profit) ${pct(all.pProfit)}, ` +
		`mean ${pct(all.meanPnl)} (${pct(without.meanPnl)} without the episode), backwardation / contango premium ` +
		`${fixed(premium('backwardation') / premium('contango'), 3)}.`
	);
}

const withSe = (x: number, se: number) => `${pct(x)} ± ${pct(se)}`;

export function measureLadder(files: HistoryFiles, days: readonly Day[]): LadderResult {
	const settle = settleOf(files, days);
	const outcomes = ladderHistory(days, proxyCurve(days), settle);
	const { rows, premiumRatio, premiumRatioSe } = ladderTable(outcomes);
	const main = markdownTable(
		`Realized 4/4/2 ladder, starts ${outcomes[0].start} → ${outcomes.at(-1)!.start}, proxy curve, mid prices, r = 0 (± block-bootstrap SE: circular blocks of ${BOOTSTRAP.blockLength} consecutive starts, ${BOOTSTRAP.replicates} resamples)`,
		[
			'starts',
			'episode',
			'n',
			'mean unit premium ($)',
			'mean P&L / premium',
			'median P&L / premium',
			'P(profit)',
		],
		rows.map((r) => [
			r.subset,
			r.withoutEpisode ? 'without' : 'with',
			String(r.stats.n),
			`${fixed(100 * r.stats.meanPremium, 0)} ± ${fixed(100 * r.se.meanPremium, 0)}`,
			withSe(r.stats.meanPnl, r.se.meanPnl),
			withSe(r.stats.medianPnl, r.se.medianPnl),
			withSe(r.stats.pProfit, r.se.pProfit),
		]),
	);
	const real = ladderHistory(days, cfeCurve(files), settle);
	const realStarts = new Set(real.map((o) => o.start));
	const proxySame = outcomes.filter((o) => realStarts.has(o.start));
	const bare = ladderHistory(days, proxyCurve(days, BARE_PROXY), settle);
	const bareSame = bare.filter((o) => realStarts.has(o.start));
	const compareRow = (label: string, sample: readonly LadderOutcome[]) => {
		const s = ladderStats(sample);
		return [
			label,
			String(s.n),
			fixed(100 * s.meanPremium, 0),
			pct(s.meanPnl),
			pct(s.medianPnl),
			pct(s.pProfit),
		];
	};
	const comparison = markdownTable(
		'The same ladders where the CFE files hold every contract at entry and exit: real settlements vs the proxy curve, calibrated and bare',
		['curve', 'n', 'mean unit premium ($)', 'mean P&L', 'median P&L', 'P(profit)'],
		[
			compareRow('real CFE', real),
			compareRow('proxy', proxySame),
			compareRow(
				'real CFE, without episode',
				real.filter((o) => !inLargestEpisode(o)),
			),
			compareRow(
				'proxy, without episode',
				proxySame.filter((o) => !inLargestEpisode(o)),
			),
			compareRow('bare proxy (a = 1)', bareSame),
			compareRow(
				'bare proxy (a = 1), without episode',
				bareSame.filter((o) => !inLargestEpisode(o)),
			),
		],
	);
	const markdown = [
		`Largest episode: the starts whose holding window (start → condor expiry) overlaps ${LARGEST_EPISODE.from} … ${LARGEST_EPISODE.to}.`,
		main,
		`Mean unit premium in backwardation / in contango: ${fixed(premiumRatio, 3)} ± ${fixed(premiumRatioSe, 3)}.`,
		comparison,
		bareSummary(bare),
	].join('\n\n');
	return { rows, premiumRatio, premiumRatioSe, outcomes, markdown };
}
