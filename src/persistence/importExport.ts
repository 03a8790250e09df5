// Scenarios as JSON files: export builds a readable file (envelope with name and schema version, two-space indent)
// and a safe file name; a library file holds every saved scenario at once (Export all). Import reads a File (refusing
// an oversized one before reading it) and runs each scenario through the same checks as every other way in.
// Importing returns the scenarios; saving or applying them is the caller's choice, so a bad file never overwrites
// anything, and one bad scenario in a library file refuses only itself.
import { SCHEMA_VERSION, parseScenarioText, parseScenarioValue, type Scenario } from './scenario';
import type { ScenarioEnvelope } from './scenarioSchema';
import { DEFAULT_LIMITS, parseJsonText, type Validated } from './untrusted';

export const SCENARIO_MIME = 'application/json';

/** A file name from a scenario name: lower case, ASCII letters, digits and dashes, with the date. */
export function exportFileName(name: string, date: Date = new Date()): string {
	const slug =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'scenario';
	const day = Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : 'undated';
	return `alvh-${slug}-${day}.json`;
}

/** The JSON text of an exported scenario. */
export function exportText(input: { name: string; data: Scenario }): string {
	return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, name: input.name, data: input.data }, null, 2)}\n`;
}

/** An exported scenario as a Blob and the name to save it under. */
export function exportFile(
	input: { name: string; data: Scenario },
	date?: Date,
): { blob: Blob; fileName: string } {
	return {
		blob: new Blob([exportText(input)], { type: SCENARIO_MIME }),
		fileName: exportFileName(input.name, date),
	};
}

/** Offers a Blob as a download (browser only). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke on the next task: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A scenario from imported JSON text. */
export function importText(text: string): Validated<ScenarioEnvelope> {
	return parseScenarioText(text);
}

/** A scenario from a chosen file; an oversized file is refused without being read. Never throws. */
export async function importFile(file: Blob): Promise<Validated<ScenarioEnvelope>> {
	// A UTF-16 code unit takes at most 3 bytes of UTF-8, so a file over 4× the cap in bytes is surely over it.
	const maxBytes = DEFAULT_LIMITS.maxChars * 4;
	if (file.size > maxBytes)
		return {
			ok: false,
			message: `The file is too large to be a scenario (${(file.size / 1e6).toFixed(1)} MB).`,
			issues: [],
		};
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: 'The file could not be read.', issues: [] };
	}
	return importText(text);
}

/** What a library file says it is. */
export const LIBRARY_FORMAT = 'alvh-lab-library';
/** Largest library file, in characters, and most scenarios in one. */
export const MAX_LIBRARY_CHARS = 100_000_000;
export const MAX_LIBRARY_SCENARIOS = 10_000;

/** The JSON text of a library file: every scenario given, compact (a big library is large already). */
export function exportLibraryText(items: readonly { name: string; data: Scenario }[]): string {
	const scenarios = items.map((i) => ({ schemaVersion: SCHEMA_VERSION, name: i.name, data: i.data }));
	return `${JSON.stringify({ format: LIBRARY_FORMAT, scenarios })}\n`;
}

export function exportLibraryFile(
	items: readonly { name: string; data: Scenario }[],
	date: Date = new Date(),
): { blob: Blob; fileName: string } {
	return {
		blob: new Blob([exportLibraryText(items)], { type: SCENARIO_MIME }),
		fileName: exportFileName('library', date),
	};
}

type Accepted = Extract<Validated<ScenarioEnvelope>, { ok: true }>;

/** What an imported file held: its scenarios that passed, and why each other one was refused. */
export type ImportedFile =
	| { ok: true; scenarios: Accepted[]; refused: { index: number; message: string }[] }
	| { ok: false; message: string };

/** The scenarios of a parsed library file, each checked on its own; null when the value is not a library file. */
function readLibrary(value: unknown): ImportedFile | null {
	const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
	if (obj?.format !== LIBRARY_FORMAT) return null;
	const list = obj.scenarios;
	if (!Array.isArray(list) || Object.keys(obj).some((k) => k !== 'format' && k !== 'scenarios'))
		return { ok: false, message: 'The library file is not valid (expected only a list of scenarios).' };
	if (list.length > MAX_LIBRARY_SCENARIOS)
		return { ok: false, message: `The library file holds more than ${MAX_LIBRARY_SCENARIOS} scenarios.` };
	const scenarios: Accepted[] = [];
	const refused: { index: number; message: string }[] = [];
	list.forEach((item, index) => {
		const r = parseScenarioValue(item);
		if (r.ok) scenarios.push(r);
		else refused.push({ index, message: r.message });
	});
	return { ok: true, scenarios, refused };
}

/** The scenarios of a chosen file — one scenario, or a library file; an oversized file is refused unread. */
export async function importAnyFile(file: Blob): Promise<ImportedFile> {
	if (file.size > MAX_LIBRARY_CHARS * 4)
		return { ok: false, message: `The file is too large (${(file.size / 1e6).toFixed(1)} MB).` };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: 'The file could not be read.' };
	}
	const json = parseJsonText(text, MAX_LIBRARY_CHARS);
	const library = json.ok ? readLibrary(json.value) : null;
	if (library) return library;
	const one = importText(text);
	return one.ok ? { ok: true, scenarios: [one], refused: [] } : { ok: false, message: one.message };
}
