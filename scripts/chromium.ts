// Debian's Chromium as the end-to-end suite and bench:ui launch it: the binary on the PATH (or CHROME_PATH) and the
// flags this machine requires. No browser is ever downloaded.
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function chromePath(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	const found = candidates.find((p) => p && existsSync(p));
	if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH');
	return found;
}
