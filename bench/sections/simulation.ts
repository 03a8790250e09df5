// Monte Carlo figures (docs/bench.md, "Monte Carlo"): 100,000 paths × 45 daily steps without marking, with every
// leg marked every day plus the policy logic, and the regime lab as it runs (marks on demand, jumps and costs on);
// and the accuracy and speed of normCdfMc, the N(x) the marks use.
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_PATH_MODEL,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	addBusinessDays,
	calendarDaysBetween,
	condorLegValuesAt,
	defaultMarket,
	markCondor,
	markVixCalls,
	pathBlock,
	pathOutcome,
	pathSignals,
	normCdf,
	normCdfFast,
	planStart,
	runPolicyOnPath,
	runRegimeLab,
	simulatePairs,
	vixCallMark,
	type ChunkMarks,
	type MarketSnapshot,
	type PolicySpec,
} from '../../src/engine';
import { normCdfMc } from '../../src/engine/math/normCdfMc';
import { fmtErr, fmtRate, medianMs, perSecond, report } from '../harness';

const PATHS = 100_000;
const CHUNK_PAIRS = 1_000;
const STEPS = 45;

/** Every rule at once: promoter, monetize, roll and condor management. */
const ALL_RULES: PolicySpec = {
	id: 'all',
	label: 'all rules',
	entry: 'book',
	hedge: { mode: 'promoter', multiplier: 2 },
	monetize: { fraction: 0.5, rsiAbove: 70 },
	roll: { belowDteDays: 14 },
	condor: { takeProfitPct: 50, stopLossMultiple: 2, closeAtDteDays: 21 },
};

async function medianAsyncMs(fn: () => unknown, runs = 3, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = process.hrtime.bigint();
		await fn();
		times.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

const fmtS = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

/** normCdfMc: largest |error| against normCdf on a 1e-4 sweep of [−38, 9], and calls per second vs normCdfFast. */
function normCdfMcFigures(): void {
	let err = 0;
	for (let i = 0; i <= 470_000; i++) {
		const x = -38 + i * 1e-4;
		err = Math.max(err, Math.abs(normCdfMc(x) - normCdf(x)));
	}
	report({
		section: 'mc',
		what: 'normCdfMc: max abs error vs normCdf on [−38, 9]',
		value: fmtErr(err),
		target: '≤ 1e-10',
		pass: err <= 1e-10,
	});
	const xs = new Float64Array(1 << 20);
	for (let i = 0; i < xs.length; i++) xs[i] = (((i * 2654435761) % 1_000_003) / 1_000_003) * 8 - 4;
	let sink = 0;
	// Two separate loops, so each call site sees one function.
	const mc = perSecond(
		xs.length,
		medianMs(() => {
			let s = 0;
			for (let i = 0; i < xs.length; i++) s += normCdfMc(xs[i]);
			sink += s;
		}),
	);
	const fast = perSecond(
		xs.length,
		medianMs(() => {
			let s = 0;
			for (let i = 0; i < xs.length; i++) s += normCdfFast(xs[i]);
			sink += s;
		}),
	);
	report({ section: 'mc', what: 'normCdfMc calls on x in [−4, 4]', value: fmtRate(mc) });
	report({ section: 'mc', what: 'normCdfFast (full accuracy) on the same x', value: fmtRate(fast) });
	if (!Number.isFinite(sink)) console.log('  (non-finite N: check the engine)');
}

export async function simulationSection(): Promise<void> {
	console.log(`\nMonte Carlo — ${PATHS.toLocaleString('en-US')} paths (antithetic), default market and book`);
	normCdfMcFigures();
	// 45 business-day steps: a 65-DTE condor (a typed ATM vol keeps the default smile fittable that far out).
	const base = defaultMarket();
	const market: MarketSnapshot = {
		...base,
		smile: { mode: 'quotes', atmVol: 0.14, put25Vol: 0.19, call25Vol: 0.115 },
	};
	const spec = { ...DEFAULT_BOOK_SPEC, condorDteDays: 65 };
	const plan = planStart(market, 'contango', spec, {
		...DEFAULT_REGIME_LAB_SETTINGS,
		horizonDays: Math.round(
			calendarDaysBetween(market.valuationDate, addBusinessDays(market.valuationDate, STEPS)),
		),
		policies: [ALL_RULES],
	});
	const steps = plan.grid.dt.length;
	const block = pathBlock(CHUNK_PAIRS, steps, plan.vx.opens.steps.length);
	/** The paths of pairs first … first + CHUNK_PAIRS − 1 into `block`. */
	const simulateChunk = (first: number) =>
		simulatePairs(
			DEFAULT_PATH_MODEL,
			plan.pathStart,
			plan.grid.dt,
			1,
			first,
			CHUNK_PAIRS,
			plan.vx.opens,
			block,
		);
	const pathsMs = await medianAsyncMs(() => {
		for (let first = 0; first < PATHS / 2; first += CHUNK_PAIRS) simulateChunk(first);
	});
	report({
		section: 'mc',
		what: `paths only: ${steps} daily steps (SPX and VIX, jumps on)`,
		value: fmtS(pathsMs),
		target: '≤ 0.3 s',
		pass: pathsMs <= 300,
	});

	// Every leg marked every day (condor + 3 layers), signals, then the policy logic (with costs) on the marks.
	const stride = steps + 1;
	const size = 2 * CHUNK_PAIRS * stride;
	const ctb = plan.condors[0];
	const marks: ChunkMarks = {
		rows: 2 * CHUNK_PAIRS,
		stride,
		block,
		condors: [new Float64Array(size)],
		layers: plan.calls.map(() => new Float64Array(size)),
		back: new Uint8Array(size),
		rsi: new Float64Array(size),
		condorDteDays: ctb.dteDays,
		condorLegs: (ci, row, j) =>
			condorLegValuesAt(ctb, block.spx[row * stride + j], block.vix[row * stride + j], j),
		call: (e, K, row, j) => vixCallMark(plan.vx, e, K, block, row, j),
	};
	const out = pathOutcome();
	let sink = 0;
	const dailyMs = await medianAsyncMs(() => {
		for (let first = 0; first < PATHS / 2; first += CHUNK_PAIRS) {
			simulateChunk(first);
			markCondor(ctb, block, marks.condors[0]);
			markVixCalls(plan.vx, plan.calls, block, marks.layers);
			pathSignals(
				block.vix,
				2 * CHUNK_PAIRS,
				stride,
				plan.vx.backwardationVix,
				plan.rsi,
				marks.back,
				marks.rsi,
			);
			for (let row = 0; row < 2 * CHUNK_PAIRS; row++)
				sink += runPolicyOnPath(
					ALL_RULES,
					plan.books[0],
					marks,
					plan.vx,
					plan.rollStrike,
					spec.costs,
					row,
					out,
				).hedgeUsd;
		}
	});
	report({
		section: 'mc',
		what: `daily marks of all legs + all rules with costs (1 policy)`,
		value: fmtS(dailyMs),
		target: '≤ 1.5 s',
		pass: dailyMs <= 1500,
	});
	if (!Number.isFinite(sink)) console.log('  (non-finite P&L: check the engine)');

	// The regime lab as the worker runs it: one start, marks on demand, statistics and histograms included.
	const lab = (policies: PolicySpec[]) =>
		runRegimeLab(market, spec, {
			...DEFAULT_REGIME_LAB_SETTINGS,
			paths: PATHS,
			policies,
			starts: { mode: 'markets', markets: [{ label: 'default', market }] },
		});
	const allRulesMs = await medianAsyncMs(() => lab([ALL_RULES]));
	report({
		section: 'mc',
		what: 'regime lab, 1 start, all rules with jumps and costs (1 policy)',
		value: fmtS(allRulesMs),
		target: '≤ 1 s',
		pass: allRulesMs <= 1000,
	});
	const stewardMs = await medianAsyncMs(() => lab([DEFAULT_POLICIES[0]]));
	report({ section: 'mc', what: 'regime lab, 1 start, steward', value: fmtS(stewardMs) });
	const defaultsMs = await medianAsyncMs(() => lab(DEFAULT_POLICIES), 1, 0);
	report({
		section: 'mc',
		what: `regime lab, 1 start, ${DEFAULT_POLICIES.length} default policies`,
		value: fmtS(defaultsMs),
	});
}
