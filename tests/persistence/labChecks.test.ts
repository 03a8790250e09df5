// A lab result read from a file, a link or storage is checked against the scenario it came with: repeated ids refuse
// the scenario, a result that does not fit its settings is dropped, and one from a file must match its inputs' digest.
import { describe, expect, it } from 'vitest';
import {
	defaultScenario,
	parseScenarioValue,
	SCHEMA_VERSION,
	type Scenario,
} from '../../src/persistence/scenario';
import { labInputsKey } from '../../src/persistence/labRecord';
import { labResultFor, withLab } from '../fixtures/labResult';

const file = (data: Scenario) => ({ schemaVersion: SCHEMA_VERSION, name: 'Lab', data });
const read = (data: Scenario, origin: 'file' | 'storage' = 'file') =>
	parseScenarioValue(JSON.parse(JSON.stringify(file(data))), { origin });

function changed(edit: (r: ReturnType<typeof labResultFor>) => void): Scenario {
	const data = withLab(defaultScenario());
	edit(data.lab.result!);
	return data;
}

describe('lab results read from outside', () => {
	it('keeps a result that fits its settings and matches its inputs', () => {
		const data = withLab(defaultScenario());
		const r = read(data);
		expect(r.ok && r.value.data.lab.result).toEqual(data.lab.result);
		expect(r.ok && r.notes).toEqual([]);
	});

	it('drops a result run on other inputs when it comes from a file, keeps it (stale) from storage', () => {
		const data = withLab(defaultScenario());
		data.market.spx += 100; // the result was run before this edit
		const fromFile = read(data);
		expect(fromFile.ok && fromFile.value.data.lab.result).toBeNull();
		expect(fromFile.ok && fromFile.notes[0]).toMatch(/run on other inputs/);
		const fromStorage = read(data, 'storage');
		expect(fromStorage.ok && fromStorage.value.data.lab.result).not.toBeNull();
	});

	it('drops a current result run with another path count; keeps a stale one in storage whatever its settings', () => {
		const data = withLab(defaultScenario());
		data.lab.settings.paths = 50_000;
		const current = {
			...data,
			lab: {
				...data.lab,
				result: { ...data.lab.result!, inputsKey: labInputsKey({ ...data, settings: data.lab.settings }) },
			},
		};
		const r = read(current, 'storage');
		expect(r.ok && r.notes[0]).toMatch(/it has 20000 paths, the settings 50000/);
		// Run with 20,000 paths, then the settings changed: stale, kept in storage (the lab says it is stale).
		const stale = read(data, 'storage');
		expect(stale.ok && stale.value.data.lab.result?.paths).toBe(20_000);
	});

	it.each([
		['another seed', (r) => void (r.seed += 1), /another seed/],
		['another model', (r) => void (r.model.kappa += 1), /another path model/],
		['a policy missing', (r) => r.starts.forEach((s) => s.policies.pop()), /policies are not the ones/],
		[
			'statistics out of order',
			(r) => void (r.starts[0].policies[0].mid.alone.mean = 1e9),
			/outside their own worst/,
		],
		[
			'a histogram that does not add up',
			(r) => void (r.starts[1].policies[0].afterCosts.histogram.hedged.below += 5),
			/histogram of/,
		],
		['dates out of order', (r) => void (r.horizonDate = '2027-01-01'), /dates are not in order/],
		['a date that is not real', (r) => void (r.condorExpiry = '2026-02-30'), /dates are not in order/],
	] as [string, (r: ReturnType<typeof labResultFor>) => void, RegExp][])(
		'drops a result with %s, from a file and from storage',
		(_, edit, why) => {
			const data = changed(edit);
			for (const origin of ['file', 'storage'] as const) {
				const r = read(data, origin);
				expect(r.ok && r.value.data.lab.result).toBeNull();
				expect(r.ok && r.notes[0]).toMatch(why);
			}
		},
	);

	it.each([
		[
			'a policy twice in one start',
			(r) => void (r.starts[0].policies[1].policyId = r.starts[0].policies[0].policyId),
			/policy “plain” appears twice|appears twice/,
		],
		['a start twice', (r) => void (r.starts[2].id = r.starts[0].id), /start “user” appears twice/],
		['sameAs naming no start', (r) => void (r.starts[1].sameAs = 'nowhere'), /names no other start/],
	] as [string, (r: ReturnType<typeof labResultFor>) => void, RegExp][])(
		'refuses a scenario whose result has %s',
		(_, edit, why) => {
			const r = read(changed(edit), 'storage');
			expect(r.ok).toBe(false);
			expect(!r.ok && r.message).toMatch(why);
		},
	);

	it('refuses lab settings the app does not offer', () => {
		const base = defaultScenario();
		const cases: [Partial<Scenario['lab']['settings']>, RegExp][] = [
			[
				{ paths: 1_000_000 },
				/lab\.settings\.paths: expected one of 2,000, 5,000, 20,000, 50,000, 100,000 paths/,
			],
			[{ policyIds: ['steward', 'steward'] }, /expected each policy once/],
			[{ policyIds: ['made-up'] }, /policyIds\[0\]: expected one of/],
			[{ startPresetIds: ['calm-2017', 'atlantis'] }, /startPresetIds\[1\]: expected one of/],
		];
		for (const [settings, why] of cases) {
			const data = { ...base, lab: { ...base.lab, settings: { ...base.lab.settings, ...settings } } };
			const r = read(data);
			expect(!r.ok && r.message).toMatch(why);
		}
	});
});
