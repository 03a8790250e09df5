import { describe, expect, it } from 'vitest';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	defaultMarket,
	runRegimeLab,
} from '../../../src/engine';
import { labResultRecord } from '../../../src/persistence/labRecord';
import { labAnswer } from '../../../src/ui/regimes/labText';

async function steward() {
	const result = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, {
		...DEFAULT_REGIME_LAB_SETTINGS,
		paths: 2000,
		policies: DEFAULT_POLICIES.filter((p) => p.id === 'steward'),
	});
	const record = labResultRecord(result!, 'key');
	return { record, p: record.starts[0].policies[0] };
}

describe('labAnswer', () => {
	it('states its horizon, never a month, and what the hedge paid when SPX fell 5 % or more', async () => {
		const { record, p } = await steward();
		const f = p.afterCosts;
		const text = labAnswer(p, f, record.horizonDays);
		expect(text).toMatch(new RegExp(`^Over ${record.horizonDays} days the hedge's mean P&L is`));
		expect(text).not.toMatch(/month/);
		const down = f.byMove.filter((b) => b.id === 'down10' || b.id === 'down5');
		const pDown = down.reduce((s, b) => s + b.probability, 0);
		if (pDown > 0)
			expect(text).toContain(`When SPX fell 5 % or more (${(100 * pDown).toFixed(1)} % of paths)`);
	});

	it('reads the table by SPX move when the condor alone already loses its max loss in its worst 5 %', async () => {
		const { record, p } = await steward();
		const f = structuredClone(p.mid);
		f.alone.cvar95 = p.entry.maxLossUsd;
		const text = labAnswer(p, f, record.horizonDays);
		expect(text).toContain('CVaR 95 cannot show a tail cut');
		expect(text).not.toMatch(/cuts the 5 % worst-case loss|adds to the 5 % worst-case loss/);
	});

	it('says so when the policy holds no hedge', async () => {
		const { record, p } = await steward();
		expect(labAnswer({ ...p, hedgeCostUsd: 0 }, p.mid, record.horizonDays)).toBe(
			'No hedge is held under this policy.',
		);
	});
});
