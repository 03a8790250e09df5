import { describe, expect, it } from 'vitest';
import {
	exportFile,
	exportFileName,
	exportLibraryText,
	exportText,
	importAnyFile,
	importFile,
	importText,
} from '../../src/persistence/importExport';
import { defaultScenario, SCHEMA_VERSION } from '../../src/persistence/scenario';
import { v0File, v1File } from '../fixtures/oldScenarios';

const input = { name: 'Calm contango', data: defaultScenario() };

describe('export', () => {
	it('exportFileName(name, date) is a safe, dated file name', () => {
		const day = new Date(Date.UTC(2026, 0, 9, 12));
		const cases: [string, string][] = [
			['Calm contango', 'alvh-calm-contango-2026-01-09.json'],
			['  Σ 2020/03 — crash!  ', 'alvh-2020-03-crash-2026-01-09.json'],
			['Déjà vu', 'alvh-deja-vu-2026-01-09.json'],
			['../../etc/passwd', 'alvh-etc-passwd-2026-01-09.json'],
			['', 'alvh-scenario-2026-01-09.json'],
			['🌪', 'alvh-scenario-2026-01-09.json'],
		];
		for (const [name, want] of cases) expect(exportFileName(name, day)).toBe(want);
		expect(exportFileName('x', new Date(NaN))).toBe('alvh-x-undated.json');
	});

	it('exportFile makes a JSON Blob that imports back to the same scenario', async () => {
		const { blob, fileName } = exportFile(input, new Date(Date.UTC(2026, 0, 9)));
		expect(fileName).toBe('alvh-calm-contango-2026-01-09.json');
		expect(blob.type).toBe('application/json');
		expect(await importFile(blob)).toEqual({
			ok: true,
			migratedFrom: null,
			notes: [],
			value: { schemaVersion: SCHEMA_VERSION, ...input },
		});
	});

	it('exportText is readable (indented) and carries the schema version', () => {
		const text = exportText(input);
		expect(text).toMatch(/^\{\n {2}"schemaVersion": 7,\n {2}"name": "Calm contango",/);
	});
});

describe('import', () => {
	it('migrates old files', () => {
		const v0 = importText(JSON.stringify(v0File));
		const v1 = importText(JSON.stringify(v1File));
		expect(v0.ok && v0.migratedFrom).toBe(0);
		expect(v1.ok && v1.value.name).toBe('Calm January');
	});

	it('refuses a 10 MB file without reading it', async () => {
		let read = false;
		const huge = new Blob(['x'.repeat(10_000_000)]);
		const spy = Object.assign(huge, {
			text: () => {
				read = true;
				return Blob.prototype.text.call(huge);
			},
		});
		const r = await importFile(spy);
		expect(r).toMatchObject({
			ok: false,
			message: expect.stringMatching(/too large to be a scenario \(10\.0 MB\)/),
		});
		expect(read).toBe(false);
	});

	it('refuses a file just under the byte cap but over the character cap after reading', async () => {
		const r = await importFile(new Blob([`"${'x'.repeat(1_500_000)}"`]));
		expect(r).toMatchObject({
			ok: false,
			message: expect.stringMatching(/too large \(1,500,002 characters/),
		});
	});

	it('says so when a file cannot be read', async () => {
		const unreadable = Object.assign(new Blob(['{}']), { text: () => Promise.reject(new Error('gone')) });
		expect(await importFile(unreadable)).toMatchObject({ ok: false, message: 'The file could not be read.' });
	});

	it('refuses a file that is not JSON or not a scenario', () => {
		expect(importText('PK\u0003\u0004 zip bytes')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/not valid JSON/),
		});
		expect(importText('{"hello":"world"}')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/scenario is not valid/),
		});
	});
});

describe('library files', () => {
	it('round-trip every scenario; a bad one is refused alone, with its place in the file', async () => {
		const good = { name: 'Second', data: { ...defaultScenario(), mcSeed: 2 } };
		const text = exportLibraryText([input, good]);
		const back = await importAnyFile(new Blob([text]));
		expect(back.ok && back.scenarios.map((s) => [s.value.name, s.value.data.mcSeed])).toEqual([
			['Calm contango', 1],
			['Second', 2],
		]);
		const withBad = JSON.parse(text);
		withBad.scenarios.splice(1, 0, { schemaVersion: SCHEMA_VERSION, name: 'Bad', data: { market: 1 } });
		const mixed = await importAnyFile(new Blob([JSON.stringify(withBad)]));
		expect(mixed.ok && mixed.scenarios).toHaveLength(2);
		expect(mixed.ok && mixed.refused).toEqual([{ index: 1, message: expect.stringMatching(/not valid/) }]);
	});

	it('reads a single scenario file too, and refuses a library file with anything but its list', async () => {
		const one = await importAnyFile(new Blob([exportText(input)]));
		expect(one.ok && one.scenarios.map((s) => s.value.name)).toEqual(['Calm contango']);
		const extra = JSON.stringify({ format: 'alvh-lab-library', scenarios: [], __proto__x: 1 });
		expect(await importAnyFile(new Blob([extra]))).toMatchObject({ ok: false, message: /only a list/ });
	});
});
