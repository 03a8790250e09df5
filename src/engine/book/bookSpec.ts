// The book as the user specifies it: condor rules, ladder rules and the condor's days to expiry.
import { DEFAULT_CONDOR, type CondorSpec } from './ironCondor';
import { DEFAULT_LADDER, type LadderSpec } from './alvhLadder';

export interface BookSpec {
	condor: CondorSpec;
	ladder: LadderSpec;
	/** Calendar days from valuation to the condor's SPXW expiry (default 45). */
	condorDteDays: number;
}

export const DEFAULT_BOOK_SPEC: BookSpec = {
	condor: DEFAULT_CONDOR,
	ladder: DEFAULT_LADDER,
	condorDteDays: 45,
};
