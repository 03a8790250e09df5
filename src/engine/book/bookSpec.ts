// The book as the user specifies it: condor rules, ladder rules, the condor's days to expiry, trading costs and the
// fills the positions were entered at.
import { NO_FILLS, type Fills } from './fills';
import { DEFAULT_CONDOR, type CondorSpec } from './ironCondor';
import { DEFAULT_LADDER, type LadderSpec } from './ladderSpec';
import { DEFAULT_COSTS, type TradingCosts } from './tradingCosts';

export interface BookSpec {
	condor: CondorSpec;
	ladder: LadderSpec;
	/** Calendar days from valuation to the condor's SPXW expiry (default 45). */
	condorDteDays: number;
	costs: TradingCosts;
	/** Entry prices typed by the trader (none: every position at today's mid). */
	fills: Fills;
}

export const DEFAULT_BOOK_SPEC: BookSpec = {
	condor: DEFAULT_CONDOR,
	ladder: DEFAULT_LADDER,
	condorDteDays: 45,
	costs: DEFAULT_COSTS,
	fills: NO_FILLS,
};
