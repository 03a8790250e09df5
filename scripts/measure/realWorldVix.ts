// Measures the real-world VIX model from the history in ../shared/data and writes
// src/engine/measured/realWorldVix.generated.ts and the tables of docs/measured/real-world-vix.md.
// Run: npx tsx scripts/measure/realWorldVix.ts (after proxyCalibration.ts when the CFE files change).
import { loadHistoryFiles } from './historyFiles';
import { formatTypeScript, writeDocSection, writeRepoFile } from './output';
import { REAL_WORLD_DOC, REAL_WORLD_MODULE, buildRealWorldVix } from './realWorldVixBuild';

const { moduleSource, markdown } = buildRealWorldVix(loadHistoryFiles());
writeRepoFile(REAL_WORLD_MODULE, await formatTypeScript(moduleSource, REAL_WORLD_MODULE));
writeDocSection(REAL_WORLD_DOC, 'tables', markdown);
console.log(markdown);
