// Fits the proxy VX curve to the CFE settlements in ../shared/data and writes
// src/engine/measured/proxyCalibration.generated.ts and the tables of docs/measured/proxy-futures.md.
// Run: npx tsx scripts/measure/proxyCalibration.ts
import { loadHistoryFiles } from './historyFiles';
import { formatTypeScript, writeDocSection, writeRepoFile } from './output';
import { buildProxyCalibration } from './proxyFit';

export const PROXY_MODULE = 'src/engine/measured/proxyCalibration.generated.ts';

const { moduleSource, markdown } = buildProxyCalibration(loadHistoryFiles());
writeRepoFile(PROXY_MODULE, await formatTypeScript(moduleSource, PROXY_MODULE));
writeDocSection('docs/measured/proxy-futures.md', 'tables', markdown);
console.log(markdown);
