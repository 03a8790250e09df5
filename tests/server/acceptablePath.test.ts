// isAcceptablePath: the gate in front of sirv. Whatever it lets through, decoded, stays inside the served folder on
// both POSIX and Windows path rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { posix, win32 } from 'node:path';
import { isAcceptablePath } from '../../scripts/serve';

const PIECES = [
	'/',
	'.',
	'..',
	'%2e',
	'%2E',
	'%2f',
	'%2F',
	'%5c',
	'\\',
	'%25',
	'%',
	'%00',
	'%c0%ae',
	'C:',
	'a',
	'é',
	'%C3%A9',
];

describe('isAcceptablePath(target)', () => {
	it.each(['/', '/index.html', '/assets/index-Ab12.js', '/some/deep/path', '/caf%C3%A9', '/a?b=%zz', '//x'])(
		'accepts %s',
		(target) => expect(isAcceptablePath(target)).toBe(true),
	);

	it.each([
		'',
		'*',
		'index.html',
		'http://127.0.0.1/',
		'/%',
		'/%zz',
		'/%E0%A4%A',
		'/..',
		'/a/./b',
		'/%2e%2e',
		'/a%2fb',
	])('refuses %s', (target) => expect(isAcceptablePath(target)).toBe(false));

	it('anything it accepts decodes to a path that cannot leave the folder', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
				const target = `/${pieces.join('')}`;
				fc.pre(isAcceptablePath(target));
				const decoded = target.split('/').map(decodeURIComponent).join('/');
				const inPosix = posix.relative('/srv/dist', posix.join('/srv/dist', decoded));
				const inWindows = win32.relative('C:\\dist', win32.join('C:\\dist', decoded));
				expect(inPosix === '..' || inPosix.startsWith('../')).toBe(false);
				expect(inWindows === '..' || inWindows.startsWith('..\\') || win32.isAbsolute(inWindows)).toBe(false);
			}),
			{ numRuns: 2000 },
		);
	});
});
