// public/_headers (for static hosts) says what scripts/serve.ts sends: the same security headers on every path, the
// same Cache-Control for hashed assets and entry points.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, cacheControl } from '../../scripts/headers';

/** The file's rules: a path line, then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | null = null;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon < 0) throw new Error(`stray line in _headers: ${line}`);
		current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

const rules = parseHeadersFile(
	readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8'),
);

describe('public/_headers', () => {
	it('sends the security headers of scripts/headers.ts on every path, and nothing else there', () => {
		expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
	});

	it.each(['/assets/*', '/', '/index.html', '/sw.js', '/manifest.webmanifest'])(
		'%s gets the Cache-Control the server sends',
		(path) => {
			expect(rules.get(path)).toEqual({ 'Cache-Control': cacheControl(path.replace('*', 'index-Ab12.js')) });
		},
	);
});
