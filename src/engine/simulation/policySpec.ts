// What a regime-lab policy is (docs/simulation.md, "Policies"): its entry, hedge sizing, monetize and roll rules and
// condor management, the default set the lab runs, and their checks. Apart from the path runner (policies.ts) so
// that settings, storage and forms can read them without loading the simulation.

export type EntryRule = 'book' | 'plain16' | 'playbook';

export interface CondorManagement {
	/** Close when P&L ≥ this % of the credit (50 = half the credit); null: off. */
	takeProfitPct: number | null;
	/** Close when the loss ≥ this multiple of the credit (2 = losing twice the credit); null: off. */
	stopLossMultiple: number | null;
	/** Close at the first close with at most this many calendar days to expiry; null: off. */
	closeAtDteDays: number | null;
}

export interface PolicySpec {
	id: string;
	/** Short name the UI shows. */
	label: string;
	entry: EntryRule;
	hedge: { mode: 'steward' } | { mode: 'promoter'; multiplier: number };
	monetize: { fraction: number; rsiAbove: number } | null;
	roll: { belowDteDays: number } | null;
	condor: CondorManagement;
}

export const NO_MANAGEMENT: CondorManagement = {
	takeProfitPct: null,
	stopLossMultiple: null,
	closeAtDteDays: null,
};

const plain = {
	entry: 'book',
	hedge: { mode: 'steward' },
	monetize: null,
	roll: null,
	condor: NO_MANAGEMENT,
} as const;

/** The policies the regime lab runs unless told otherwise. */
export const DEFAULT_POLICIES: PolicySpec[] = [
	{ ...plain, id: 'steward', label: 'Steward: hold k' },
	{
		...plain,
		id: 'promoter',
		label: 'Promoter: 2k in backwardation',
		hedge: { mode: 'promoter', multiplier: 2 },
	},
	{
		...plain,
		id: 'monetize',
		label: 'Monetize near layer (RSI > 70)',
		monetize: { fraction: 1, rsiAbove: 70 },
	},
	{ ...plain, id: 'roll', label: 'Roll near layer at 14 DTE', roll: { belowDteDays: 14 } },
	{
		...plain,
		id: 'managed',
		label: 'Condor: 50 % profit, 2× stop, 21 DTE',
		condor: { takeProfitPct: 50, stopLossMultiple: 2, closeAtDteDays: 21 },
	},
	{
		...plain,
		id: 'playbook',
		label: 'Playbook entry, monetize half',
		entry: 'playbook',
		monetize: { fraction: 0.5, rsiAbove: 70 },
	},
	{ ...plain, id: 'plain16', label: 'Plain 16Δ condor', entry: 'plain16' },
];

/** Throws a RangeError naming the first parameter of a policy that cannot run. */
export function checkPolicy(p: PolicySpec, where = 'policy'): void {
	const bad = (field: string, v: unknown, rule: string) => {
		throw new RangeError(`${where}.${field} must be ${rule} (got ${String(v)})`);
	};
	if (p.hedge.mode === 'promoter' && !(p.hedge.multiplier >= 0 && Number.isFinite(p.hedge.multiplier)))
		bad('hedge.multiplier', p.hedge.multiplier, 'a finite number ≥ 0');
	if (p.monetize && !(p.monetize.fraction > 0 && p.monetize.fraction <= 1))
		bad('monetize.fraction', p.monetize.fraction, 'in (0, 1]');
	if (p.monetize && !(p.monetize.rsiAbove >= 0 && p.monetize.rsiAbove <= 100))
		bad('monetize.rsiAbove', p.monetize.rsiAbove, 'in [0, 100]');
	if (p.roll && !(p.roll.belowDteDays >= 0 && Number.isFinite(p.roll.belowDteDays)))
		bad('roll.belowDteDays', p.roll.belowDteDays, 'a number of days ≥ 0');
	const c = p.condor;
	if (c.takeProfitPct !== null && !(c.takeProfitPct > 0 && c.takeProfitPct <= 100))
		bad('condor.takeProfitPct', c.takeProfitPct, 'in (0, 100]');
	if (c.stopLossMultiple !== null && !(c.stopLossMultiple > 0 && Number.isFinite(c.stopLossMultiple)))
		bad('condor.stopLossMultiple', c.stopLossMultiple, 'a finite number > 0');
	if (c.closeAtDteDays !== null && !(c.closeAtDteDays >= 0 && Number.isFinite(c.closeAtDteDays)))
		bad('condor.closeAtDteDays', c.closeAtDteDays, 'a number of days ≥ 0');
}
