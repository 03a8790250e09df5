// Serves the production build (dist/) on 127.0.0.1 — for `npm start`, the end-to-end suite (tests/e2e/browser.ts)
// and `npm run bench:ui`.
//
// Files are served by sirv rather than by hand-written code: it indexes the folder once at start-up, so a request can
// only ever name a file that was there (no path joining to get wrong); it sends the .br/.gz copies the build writes
// (scripts/precompress.ts) by Accept-Encoding, with Vary; it answers ETag revalidation with 304; and its single-page
// fallback serves index.html only for names without an extension, so a missing /assets/x.js is a 404, not the HTML
// shell. `vite preview` would load the whole build config (the Svelte and PWA plugins) just to serve files, and sends
// no precompressed copies.
//
// Around sirv this file adds what it leaves open: 400 for a request path that does not decode or that tries to leave
// the folder (sirv swallows a decode error and would answer with the shell); GET and HEAD only; the security and cache
// headers of scripts/headers.ts on every response; Range requests ignored (an app never needs them, and sirv does not
// check them); a file that fails to read ends its response, not the process; and start-up fails when the folder holds
// a link to outside it, which sirv would follow.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { SECURITY_HEADERS, cacheControl } from './headers';

/**
 * True when an HTTP request target may be looked up: origin-form (starts with `/`), every segment percent-decodes,
 * and no decoded segment is made only of dots (`.`, `..`, `...`) or holds a slash, backslash, control character,
 * `:` (a drive letter or a Windows stream name) or `%` (an escape left after one decoding: double encoding).
 */
export function isAcceptablePath(target: string): boolean {
	if (!target.startsWith('/')) return false;
	const path = target.replace(/[?#].*$/s, '');
	return path.split('/').every((part) => {
		let segment: string;
		try {
			segment = decodeURIComponent(part);
		} catch {
			return false;
		}
		// Only dots (and spaces, which Windows drops from the end of a name, with trailing dots) can mean `..`.
		if (/^[. ]+$/.test(segment) || /[/\\%:]/.test(segment)) return false;
		return ![...segment].some((c) => c < ' ' || c === '\x7f');
	});
}

/** Rejects when a symbolic link under `root` resolves outside it, or nowhere. */
async function assertNoLinkOut(root: string): Promise<void> {
	const realRoot = await realpath(root);
	for (const entry of await readdir(realRoot, { recursive: true, withFileTypes: true })) {
		if (!entry.isSymbolicLink()) continue;
		const link = join(entry.parentPath, entry.name);
		const target = await realpath(link).catch(() => null);
		const rel = target === null ? '..' : relative(realRoot, target);
		if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
			throw new Error(`${link} leads outside ${root}: refusing to serve the folder`);
		}
	}
}

function plain(res: ServerResponse, status: number, text: string): void {
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/** The response to a request Node's HTTP parser refuses (a raw null byte, say), with the same headers as any other. */
const PARSE_ERROR = [
	'HTTP/1.1 400 Bad Request',
	...Object.entries({
		...SECURITY_HEADERS,
		'Cache-Control': 'no-cache',
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': '11',
		Connection: 'close',
	}).map(([name, value]) => `${name}: ${value}`),
	'',
	'Bad request',
].join('\r\n');

/** Starts a static server for `root`; port 0 picks a free one. Resolves with the server and its URL. */
export async function serveDist(root: string, port = 0): Promise<{ server: Server; url: string }> {
	await assertNoLinkOut(root);
	const files = sirv(root, {
		etag: true,
		brotli: true,
		gzip: true,
		single: true,
		setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
		onNoMatch: (_req, res) => plain(res, 404, 'Not found'),
	});
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		res.setHeader('Cache-Control', 'no-cache');
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			return plain(res, 405, 'Method not allowed');
		}
		if (!isAcceptablePath(req.url ?? '')) return plain(res, 400, 'Bad request');
		delete req.headers.range;
		res.on('pipe', (source) => source.on('error', () => res.destroy()));
		try {
			files(req, res);
		} catch {
			if (res.headersSent) res.destroy();
			else plain(res, 500, 'Server error');
		}
	});
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end(PARSE_ERROR);
		else socket.destroy();
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', fail);
			ok();
		});
	});
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return { server, url: `http://127.0.0.1:${actual}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	void serveDist(fileURLToPath(new URL('../dist', import.meta.url)), port).then(({ url }) =>
		console.log(`ALVH Lab is served at ${url}  (Ctrl+C to stop)`),
	);
}
