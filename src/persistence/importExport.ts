// Scenarios as JSON files: export builds a readable file (envelope with name and schema version, two-space indent)
// and a safe file name; import reads a File (refusing an oversized one before reading it) and runs the text through
// the same checks as every other way in. Importing returns the scenario; applying or saving it is the caller's
// choice, so a bad file never overwrites anything.
import { SCHEMA_VERSION, parseScenarioText, type Scenario } from './scenario';
import type { ScenarioEnvelope } from './scenarioSchema';
import { DEFAULT_LIMITS, type Validated } from './validate';

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
