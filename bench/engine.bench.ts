// `npm run bench`: engine throughput and accuracy against the budgets of docs/bench.md, side by side with
// the peer npm libraries. A report, not a test: it always exits 0 and prints FAIL where a target is missed.
import { cpus } from 'node:os';
import { pricingSection } from './sections/pricing';
import { whatIfSection } from './sections/whatif';
import { simulationSection } from './sections/simulation';
import { historySection } from './sections/history';
import { rows } from './harness';

console.log(
	`ALVH Lab engine bench — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`,
);
console.log(`  ${'figure'.padEnd(58)} ${'value'.padStart(16)}  ${'target'.padEnd(16)}`);
pricingSection();
whatIfSection();
await simulationSection();
historySection();

const failed = rows.filter((r) => r.pass === false);
console.log(
	`\n${rows.filter((r) => r.pass !== undefined).length - failed.length} targets met, ${failed.length} missed`,
);
