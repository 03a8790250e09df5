import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	DEFAULT_BOOK_SPEC,
	DEFAULT_PATH_MODEL,
	DEFAULT_POLICIES,
	DEFAULT_REGIME_LAB_SETTINGS,
	HORIZON_FIELD,
	JUMP_FIELDS,
	PATH_MODEL_FIELDS,
	checkPathModel,
	checkRegimeLabSettings,
	defaultMarket,
	runRegimeLab,
	type PathModel,
} from '../../src/engine';
import {
	labResultRecord,
	labSchema,
	labSettingsSchema,
	defaultLabSettings,
	pathModelSchema,
} from '../../src/persistence';
import { digest } from '../../src/persistence/digest';
import { defaultScenario, parseScenarioText, SCHEMA_VERSION } from '../../src/persistence/scenario';

async function smallRun() {
	const result = await runRegimeLab(defaultMarket(), DEFAULT_BOOK_SPEC, {
		...DEFAULT_REGIME_LAB_SETTINGS,
		paths: 200,
		chunkPaths: 100,
		policies: DEFAULT_POLICIES.slice(0, 2),
	});
	if (!result) throw new Error('not cancelled, so never null');
	return result;
}

describe('the regime lab as saved', () => {
	it('a real run becomes plain JSON that the strict schema accepts and a file round-trips', async () => {
		const result = await smallRun();
		const record = labResultRecord(result, digest({ a: 1 }));
		expect(record.histogramEdges).toEqual(Array.from(result.histogramEdges));
		const policy = record.starts[0].policies[0];
		const engine = result.starts[0].policies[0];
		expect(policy.afterCosts.histogram.hedged.counts).toEqual(
			Array.from(engine.afterCosts.histogram.hedged.counts),
		);
		expect(policy.mid.hedged).toEqual(engine.mid.hedged);
		expect(policy.mid.byMove).toEqual(engine.mid.byMove);
		const lab = { settings: defaultLabSettings(), result: record, note: null };
		expect(v.safeParse(labSchema, JSON.parse(JSON.stringify(lab))).success).toBe(true);

		// In a file, a run that names other inputs than the scenario's is not its run: dropped.
		const file = { schemaVersion: SCHEMA_VERSION, name: 'With a run', data: { ...defaultScenario(), lab } };
		const parsed = parseScenarioText(JSON.stringify(file));
		expect(parsed.ok && parsed.value.data.lab.result).toBeNull();
		expect(parsed.ok && parsed.notes[0]).toMatch(
			/regime-lab result was left out: it was run on other inputs/,
		);
	});

	it('refuses results with extra keys, huge arrays or impossible shares', async () => {
		const record = labResultRecord(await smallRun(), 'k');
		const bad = [
			{ ...record, extra: 1 },
			{ ...record, histogramEdges: Array.from({ length: 5000 }, (_, i) => i) },
			{
				...record,
				starts: [
					{
						...record.starts[0],
						policies: [
							{
								...record.starts[0].policies[0],
								events: { ...record.starts[0].policies[0].events, stop: 2 },
							},
						],
					},
				],
			},
		];
		for (const result of bad)
			expect(v.safeParse(labSchema, { settings: defaultLabSettings(), result, note: null }).success).toBe(
				false,
			);
	});

	it('offers only the path counts the screen offers', () => {
		const lab = (paths: number) => ({
			settings: { ...defaultLabSettings(), paths },
			result: null,
			note: null,
		});
		expect(v.safeParse(labSchema, lab(20_000)).success).toBe(true);
		expect(v.safeParse(labSchema, lab(1_000_000)).success).toBe(false);
		expect(v.safeParse(labSchema, lab(20_001)).success).toBe(false);
	});

	it('digest is stable for equal values whatever their key order, and differs for different ones', () => {
		expect(digest({ a: [1, 2] })).toBe(digest({ a: [1, 2] }));
		expect(digest({ a: 1, b: { c: 2, d: null } })).toBe(digest({ b: { d: null, c: 2 }, a: 1 }));
		expect(digest({ a: 1 })).not.toBe(digest({ a: '1' }));
		expect(digest({ a: [1, 2] })).not.toBe(digest({ a: [2, 1] }));
		expect(digest('x')).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('the lab model and horizon bounds, written once (engine field specs)', () => {
	const fields = [
		...Object.entries(PATH_MODEL_FIELDS).map(([k, spec]) => ({ path: [k], spec })),
		...Object.entries(JUMP_FIELDS).map(([k, spec]) => ({ path: ['jumps', k], spec })),
	];
	const withValue = (path: string[], x: number): PathModel => {
		const m = structuredClone(DEFAULT_PATH_MODEL);
		if (path.length === 1) (m as unknown as Record<string, number>)[path[0]] = x;
		else (m.jumps as unknown as Record<string, number>)[path[1]] = x;
		return m;
	};

	it('the schema and the engine accept each bound and refuse just past it, alike', () => {
		for (const { path, spec } of fields)
			for (const [x, ok] of [
				[spec.min, true],
				[spec.max, true],
				[spec.min - 0.01, false],
				[spec.max + 0.01, false],
			] as const) {
				const model = withValue(path, x);
				expect(v.safeParse(pathModelSchema, model).success, `${path.join('.')} = ${x}`).toBe(ok);
				const engine = () => checkPathModel(model);
				if (ok) expect(engine).not.toThrow();
				else
					expect(engine).toThrow(
						new RegExp(`model\\.${path.join('\\.')}: ${spec.label}`.replace(/[()×÷]/g, '.')),
					);
			}
	});

	it('the horizon: the 400 days the screen offers, in storage and in the engine', () => {
		const settings = (horizonDays: number) => ({ ...defaultLabSettings(), horizonDays });
		expect(v.safeParse(labSettingsSchema, settings(HORIZON_FIELD.max)).success).toBe(true);
		expect(v.safeParse(labSettingsSchema, settings(HORIZON_FIELD.max + 1)).success).toBe(false);
		expect(() =>
			checkRegimeLabSettings({ ...DEFAULT_REGIME_LAB_SETTINGS, horizonDays: HORIZON_FIELD.max + 1 }),
		).toThrow(/horizonDays: Horizon must be at most 400/);
	});
});
