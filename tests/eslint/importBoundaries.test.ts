// The import-boundary rule bites: the repo's own ESLint config, run on a fixture tree whose files import the wrong
// way, reports each of them and nothing on the file that imports the allowed way.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/fixtures/boundaries/src';

async function layerMessages(file: string): Promise<string[]> {
	// ignore: false lints the fixtures the repo's config ignores everywhere else.
	const eslint = new ESLint({ cwd: ROOT, ignore: false });
	const [result] = await eslint.lintFiles([`${FIXTURES}/${file}`]);
	return result.messages.filter((m) => m.ruleId === 'boundaries/layers').map((m) => m.message);
}

describe('ESLint boundaries/layers', () => {
	it('fails the engine importing app state', async () => {
		expect(await layerMessages('engine/wrongWay.ts')).toEqual([
			'engine/ may not import from state/ (allowed: engine); see docs/architecture.md, Layers.',
		]);
	});
	it('fails a chart importing the app formats (a re-export counts)', async () => {
		expect(await layerMessages('charts/wrongWay.ts')).toEqual([
			'charts/ may not import from text/ (allowed: charts); see docs/architecture.md, Layers.',
		]);
	});
	it('fails state importing the UI (a dynamic import counts)', async () => {
		expect(await layerMessages('state/wrongWay.ts')).toEqual([
			'state/ may not import from ui/ (allowed: state, engine, persistence, worker, text); see docs/architecture.md, Layers.',
		]);
	});
	it('passes the UI importing state and formats', async () => {
		expect(await layerMessages('ui/rightWay.ts')).toEqual([]);
	});
}, 60_000);
