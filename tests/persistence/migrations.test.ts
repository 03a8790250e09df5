import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, migrate, migrations } from '../../src/persistence/migrations';
import { parseScenarioText, parseScenarioValue } from '../../src/persistence/scenario';
import { defaultLab } from '../../src/persistence/labRecord';
import {
	v0File,
	v1File,
	v1StoredRecord,
	v2StoredRecord,
	v3StoredRecord,
	v4StoredRecord,
	v5StoredRecord,
	v6StoredRecord,
} from '../fixtures/oldScenarios';
import { defaultHistoryRecord } from '../../src/persistence/historyRecord';

/** The frozen old market and book as the current version reads them: literals, so a change of today's defaults cannot hide here. */
const upgradedMarket = {
	...v1File.market,
	volOfVol: { mode: 'model', kappa: 5, eta: 1 },
	spotVolLink: {
		preset: 'regression',
		epsDown: 4.8,
		epsUp: 4.8,
		convexity: 0,
		capVix: 90,
		tenorBetaKappa: 2.7,
	},
};
const upgradedBook = {
	...v1File.book,
	ladder: {
		...v1File.book.ladder,
		strikeRule: { mode: 'pctOfFuture', fractionOfFuture: 1.3 },
		expiryRule: 'coverCondor',
		condorsProtected: 1,
	},
	costs: {
		vixHalfSpreadMinPts: 0.025,
		vixHalfSpreadFraction: 0.05,
		spxHalfSpreadMinPts: 0.05,
		spxHalfSpreadFraction: 0.02,
		commissionUsd: 1,
	},
	fills: { condor: { mode: 'mid' }, layers: { near: null, mid: null, long: null } },
};

describe('migrations', () => {
	it('the current version is the number of migrations', () => {
		expect(SCHEMA_VERSION).toBe(migrations.length);
		expect(SCHEMA_VERSION).toBe(7);
	});

	it('migrate(v0 file) adds neutral what-if settings and seed 1, then moves the scenario under data', () => {
		const r = parseScenarioValue(v0File);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBe(0);
		expect(r.value.schemaVersion).toBe(SCHEMA_VERSION);
		expect(r.value.name).toBe('Early draft');
		expect(r.value.data.mcSeed).toBe(1);
		expect(r.value.data.whatIf).toMatchObject({ spxMovePct: 0, vix: { mode: 'link' }, daysForward: 0 });
		expect(r.value.data.market).toEqual(upgradedMarket);
	});

	it('migrate(v1 file) keeps every value, in the envelope', () => {
		const r = parseScenarioText(JSON.stringify(v1File));
		expect(r).toEqual({
			ok: true,
			migratedFrom: 1,
			notes: [],
			value: {
				schemaVersion: SCHEMA_VERSION,
				name: 'Calm January',
				data: {
					market: upgradedMarket,
					book: upgradedBook,
					whatIf: v1File.whatIf,
					mcSeed: 42,
					lab: defaultLab(),
					history: defaultHistoryRecord(),
				},
			},
		});
	});

	it('migrate(v1 stored record) keeps its id and date', () => {
		const r = parseScenarioValue(v1StoredRecord);
		expect(r.ok && [r.value.id, r.value.updatedAt, r.value.name, r.value.data.mcSeed]).toEqual([
			'old-1',
			1767999600000,
			'Calm January',
			42,
		]);
	});

	it('migrate(v2 record) adds the regime lab, not yet run', () => {
		const r = parseScenarioValue(v2StoredRecord);
		expect(r.ok && r.migratedFrom).toBe(2);
		expect(r.ok && [r.value.id, r.value.data.mcSeed, r.value.data.whatIf]).toEqual([
			'old-2',
			7,
			v1File.whatIf,
		]);
		expect(r.ok && r.value.data.lab).toEqual(defaultLab());
	});

	it('migrate(v3 record) moves η to the VIX-option vol surface, completes the link, ladder and costs', () => {
		const r = parseScenarioValue(v3StoredRecord);
		expect(r.ok && r.migratedFrom).toBe(3);
		if (!r.ok) return;
		expect(r.value.data.market).toEqual({ ...upgradedMarket, recentVixCloses: [15.1, 14.8, 14.49] });
		expect(r.value.data.book).toEqual(upgradedBook);
		expect([r.value.id, r.value.name, r.value.data.mcSeed]).toEqual(['old-3', 'Lab era', 9]);
		expect(r.value.data.lab.settings.paths).toBe(20000);
	});

	it('migrate(v4 record) renames the strike-rule and budget fractions, values kept', () => {
		const r = parseScenarioValue(v4StoredRecord);
		expect(r.ok && r.migratedFrom).toBe(4);
		if (!r.ok) return;
		const { strikeRule, sizing, condorsProtected } = r.value.data.book.ladder;
		expect(strikeRule).toEqual({ mode: 'pctOfFuture', fractionOfFuture: 1.25 });
		expect(sizing).toEqual({ mode: 'budget', fractionOfCredit: 0.4 });
		expect(condorsProtected).toBe(3);
		expect(r.value.data.book.costs.commissionUsd).toBe(1.5);
		expect(r.value.data.market).toEqual(v4StoredRecord.data.market);
		expect([r.value.id, r.value.name, r.value.data.mcSeed]).toEqual(['old-4', 'Hedge era', 11]);
	});

	it('migrate(v5 record) adds the back-test, not yet run, and analog starts off; the rest kept', () => {
		const r = parseScenarioValue(v5StoredRecord);
		expect(r.ok && r.migratedFrom).toBe(5);
		if (!r.ok) return;
		expect(r.value.data.history).toEqual({
			settings: { every: 1, policyIds: ['steward', 'promoter', 'monetize', 'playbook'] },
			result: null,
		});
		expect(r.value.data.lab.settings).toEqual({ ...v5StoredRecord.data.lab.settings, startAnalogs: false });
		expect(r.value.data.book).toEqual({
			...v5StoredRecord.data.book,
			fills: { condor: { mode: 'mid' }, layers: { near: null, mid: null, long: null } },
		});
		expect([r.value.id, r.value.name, r.value.data.mcSeed]).toEqual(['old-5', 'Before history', 13]);
	});

	it("migrate(v6 record) adds the book's fills, none typed, and keeps everything else", () => {
		const r = parseScenarioValue(v6StoredRecord);
		expect(r.ok && r.migratedFrom).toBe(6);
		if (!r.ok) return;
		expect(r.value.data.book).toEqual({
			...v6StoredRecord.data.book,
			fills: { condor: { mode: 'mid' }, layers: { near: null, mid: null, long: null } },
		});
		expect(r.value.data.market).toEqual(v6StoredRecord.data.market);
		expect(r.value.data.whatIf).toEqual(v6StoredRecord.data.whatIf);
		expect(r.value.data.history).toEqual(v6StoredRecord.data.history);
		expect([r.value.id, r.value.name, r.value.data.mcSeed]).toEqual(['old-6', 'Before fills', 13]);
	});

	it('is pure: the input record is not changed', () => {
		const before = JSON.stringify(v1StoredRecord);
		migrate(structuredClone(v1StoredRecord));
		migrate(v1StoredRecord);
		expect(JSON.stringify(v1StoredRecord)).toBe(before);
	});

	it('leaves a current record alone and refuses newer or malformed versions', () => {
		const current = { schemaVersion: SCHEMA_VERSION, name: 'x', data: {} };
		expect(migrate(current)).toEqual({ ok: true, record: current, from: null });
		const cases: [unknown, RegExp][] = [
			[SCHEMA_VERSION + 1, /newer version of ALVH Lab \(schema 8; this app reads up to 7\)/],
			[-1, /not valid \(got -1\)/],
			[1.5, /not valid \(got 1\.5\)/],
			['1', /not valid \(got "1"\)/],
			[null, /not valid \(got null\)/],
		];
		for (const [version, message] of cases) {
			const r = migrate({ schemaVersion: version, name: 'x' });
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(message);
		}
	});
});

describe('the regime lab of version 3', () => {
	it('sets an old run aside with a note (it used the replaced model) and snaps the path count to the offered ones', () => {
		const old = structuredClone(v3StoredRecord) as unknown as {
			data: { lab: { settings: { paths: number }; result: unknown } };
		};
		old.data.lab.settings.paths = 30_000;
		old.data.lab.result = { any: 'old shape' };
		const r = migrate(old as never);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const lab = (
			r.record.data as { lab: { result: unknown; note: string; settings: { paths: number; model: object } } }
		).lab;
		expect(lab.result).toBeNull();
		expect(lab.note).toMatch(/earlier real-world model/);
		expect(lab.settings.paths).toBe(20_000);
		expect(lab.settings.model).toMatchObject({ kappa: 2.7138, riskPremiumScale: 1 });
	});
});
