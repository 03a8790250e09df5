// What the measurement scripts write: markdown tables, generated TypeScript modules (prettier-formatted, so they
// pass `prettier --check`) and the generated table section of a doc.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A number with `dp` decimals, '' for NaN (an empty cell). */
export function fixed(x: number, dp: number): string {
	return Number.isFinite(x) ? x.toFixed(dp) : '';
}

/** A fraction as a percent with `dp` decimals. */
export function pct(x: number, dp = 1): string {
	return Number.isFinite(x) ? `${(100 * x).toFixed(dp)} %` : '';
}

/** A markdown table with a title line above it. */
export function markdownTable(
	title: string,
	header: readonly string[],
	rows: readonly (readonly string[])[],
): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [
		`**${title}**`,
		'',
		line(header),
		line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
		...rows.map(line),
	].join('\n');
}

/** Formats TypeScript source with the repository's prettier settings. */
export async function formatTypeScript(source: string, relativePath: string): Promise<string> {
	const path = `${REPO_ROOT}${relativePath}`;
	const options = (await resolveConfig(path)) ?? {};
	return format(source, { ...options, filepath: path });
}

/** A value as a TypeScript literal: numbers rounded to `dp` decimals, NaN as null. */
export function literal(value: unknown, dp: number): string {
	return JSON.stringify(value, (_, v) =>
		typeof v === 'number' ? (Number.isFinite(v) ? Number(v.toFixed(dp)) : null) : v,
	);
}

export function writeRepoFile(relativePath: string, text: string): void {
	writeFileSync(`${REPO_ROOT}${relativePath}`, text);
}

/** Replaces the text between `<!-- generated: name -->` and `<!-- /generated: name -->` in a repository doc. */
export function writeDocSection(relativePath: string, name: string, markdown: string): void {
	const path = `${REPO_ROOT}${relativePath}`;
	const open = `<!-- generated: ${name} -->`;
	const close = `<!-- /generated: ${name} -->`;
	const doc = readFileSync(path, 'utf8');
	const from = doc.indexOf(open);
	const to = doc.indexOf(close);
	if (from < 0 || to < from) throw new Error(`${relativePath} has no ${open} … ${close} section`);
	writeFileSync(path, `${doc.slice(0, from + open.length)}\n\n${markdown}\n\n${doc.slice(to)}`);
}
