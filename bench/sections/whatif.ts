// What-if and curve-fit figures (docs/bench.md): one full what-if recompute with costs and one VX curve fit.
import { NO_SHOCK, fitVixCurve, payoffGrid, whatIfPnl } from '../../src/engine';
import { defaultBook } from '../../tests/fixtures/book';
import { fmtErr, medianMs, report } from '../harness';

export function whatIfSection(): void {
	console.log('\nWhat-if and curve');
	const priced = defaultBook();
	// A ladder of 10 VIX calls, as in the budget (4/4/2 of one unit).
	const tenCalls = {
		...priced,
		positions: {
			...priced.positions,
			layers: priced.positions.layers.map((l, i) => ({ ...l, contracts: [4, 4, 2][i] ?? l.contracts })),
		},
	};
	const shock = { ...NO_SHOCK, spxMovePct: -7, daysForward: 10 };
	const ms = medianMs(
		() => {
			payoffGrid(tenCalls, shock);
			whatIfPnl(tenCalls, shock);
		},
		101,
		100,
	);
	report({
		section: 'whatif',
		what: `full what-if with costs: condor + 3 layers (10 calls) × 201 pts × 3 dates`,
		value: `${ms.toFixed(3)} ms`,
		target: '≤ 0.5 ms',
		pass: ms <= 0.5,
	});
	report({
		section: 'whatif',
		what: 'budget: full what-if recompute',
		value: `${ms.toFixed(3)} ms`,
		target: '≤ 1 ms',
		pass: ms <= 1,
	});

	const futures = [16.1552, 17.8657, 18.9517, 19.6, 20.1, 20.5, 20.8, 21, 21.1].map((price, i) => ({
		T: (12 + 28 * i) / 365,
		price,
	}));
	let rmse = 0;
	const fitMs =
		medianMs(
			() => {
				for (let i = 0; i < 100; i++) rmse = fitVixCurve({ vix: 14.49, eta: 1, futures }).rmse;
			},
			11,
			2,
		) / 100;
	report({
		section: 'curve',
		what: 'VX curve fit (spot + 9 futures)',
		value: `${fitMs.toFixed(4)} ms`,
		target: '≤ 0.2 ms',
		pass: fitMs <= 0.2,
	});
	report({ section: 'curve', what: 'VX curve fit RMSE of ln F (before residuals)', value: fmtErr(rmse) });
}
