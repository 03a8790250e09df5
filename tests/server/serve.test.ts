// @vitest-environment node
// scripts/serve.ts over a temporary build with a secret in a sibling folder: hostile paths, headers, encodings, the
// single-page fallback, HEAD, and what happens when files go missing or links lead out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveDist } from '../../scripts/serve';
import { precompress } from '../../scripts/precompress';
import { SECURITY_HEADERS } from '../../scripts/headers';
import { APP_JS, INDEX_HTML, ROBOTS, SECRET, makeRoot, rawRequest, request, type Reply } from './http';

const APP = '/assets/app-Ab12Cd34.js';
let tmp: string;
let root: string;
let server: Server;
let url: string;

beforeAll(async () => {
	({ tmp, root } = await makeRoot());
	await writeFile(join(root, 'gone.txt'), 'about to be removed');
	await precompress(root);
	({ server, url } = await serveDist(root, 0));
});

afterAll(async () => {
	await new Promise<void>((ok) => server.close(() => ok()));
	await rm(tmp, { recursive: true, force: true });
});

const get = (path: string, headers?: Record<string, string>) => request(url, path, { headers });

function expectSecurityHeaders(reply: Reply): void {
	expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
	expect(reply.headers['x-frame-options']).toBe('DENY');
	expect(reply.headers['x-content-type-options']).toBe('nosniff');
	expect(reply.headers['referrer-policy']).toBe('no-referrer');
	expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
	expect(reply.headers['permissions-policy']).toMatch(/\bcamera=\(\)/);
	for (const [name, value] of Object.entries(SECURITY_HEADERS))
		expect(reply.headers[name.toLowerCase()]).toBe(value);
}

describe('serveDist refuses hostile paths', () => {
	it.each(['/%E0%A4%A', '/%', '/%zz', '/assets/%E0%A4%A.js', '/%c0%ae%c0%ae/dist-secret/key.txt'])(
		'a malformed escape %s is a 400, and the server keeps serving',
		async (path) => {
			const reply = await get(path);
			expect(reply.status).toBe(400);
			expect(reply.body.toString()).toBe('Bad request');
			expect((await get('/')).status).toBe(200);
		},
	);

	it.each([
		'/../dist-secret/key.txt',
		'/..%2fdist-secret%2fkey.txt',
		'/..%2Fdist-secret%2Fkey.txt',
		'/%2e%2e/dist-secret/key.txt',
		'/%2E%2E%2Fdist-secret%2Fkey.txt',
		'/%252e%252e/dist-secret/key.txt',
		'/%252e%252e%252fdist-secret%252fkey.txt',
		'/..\\dist-secret\\key.txt',
		'/..%5cdist-secret%5ckey.txt',
		'/.%2e/dist-secret/key.txt',
		'/%2e./dist-secret/key.txt',
		'/assets/../../dist-secret/key.txt',
		'/assets/%2e%2e/..%2f..%2fdist-secret/key.txt',
		'/./index.html',
		'/C:%5cWindows%5cwin.ini',
		'/C:\\Windows\\win.ini',
		'/C:/Windows/win.ini',
		'/c%3a/Windows/win.ini',
		'/%2fetc%2fpasswd',
		'/index.html%00',
		'/%00',
		'/..%00/dist-secret/key.txt',
		'http://127.0.0.1/../dist-secret/key.txt',
	])('%s is a 400 that shows nothing outside the folder', async (path) => {
		const reply = await get(path);
		expect(reply.status).toBe(400);
		expect(reply.body.toString()).not.toContain(SECRET);
	});

	it.each(['/dist-secret/key.txt', '/etc/passwd.txt'])(
		'%s names no file in the folder: 404',
		async (path) => {
			const reply = await get(path);
			expect(reply.status).toBe(404);
			expect(reply.body.toString()).not.toContain(SECRET);
		},
	);

	it('an absolute path after a double slash is an app path, answered with the shell', async () => {
		const reply = await get('//etc/passwd');
		expect(reply.status).toBe(200);
		expect(reply.body.toString()).toBe(INDEX_HTML);
	});

	it("a raw null byte, which Node's parser refuses, still gets a 400 with the security headers", async () => {
		const answer = await rawRequest(url, 'GET /index.html\0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
		expect(answer).toMatch(/^HTTP\/1\.1 400 /);
		expect(answer).toContain("frame-ancestors 'none'");
		expect(answer).toContain('X-Content-Type-Options: nosniff');
	});

	it('only GET and HEAD are answered', async () => {
		const reply = await request(url, '/', { method: 'POST' });
		expect(reply.status).toBe(405);
		expect(reply.headers.allow).toBe('GET, HEAD');
	});
});

describe('serveDist headers', () => {
	it.each([
		['200', '/', 200],
		['200 (fallback)', '/some/deep/path', 200],
		['404', '/assets/missing.js', 404],
		['400', '/%E0%A4%A', 400],
	])('every security header is on a %s', async (_name, path, status) => {
		const reply = await get(path);
		expect(reply.status).toBe(status);
		expectSecurityHeaders(reply);
	});

	it('a 304 revalidation and a 405 carry them too', async () => {
		const first = await get('/');
		const again = await get('/', { 'If-None-Match': String(first.headers.etag) });
		expect(again.status).toBe(304);
		expectSecurityHeaders(again);
		expectSecurityHeaders(await request(url, '/', { method: 'PUT' }));
	});

	it.each([
		[APP, 'public, max-age=31536000, immutable'],
		['/', 'no-cache'],
		['/index.html', 'no-cache'],
		['/sw.js', 'no-cache'],
		['/manifest.webmanifest', 'no-cache'],
		['/some/deep/path', 'no-cache'],
		['/assets/missing.js', 'no-cache'],
	])('Cache-Control of %s is %s', async (path, expected) => {
		expect((await get(path)).headers['cache-control']).toBe(expected);
	});
});

describe('serveDist content negotiation', () => {
	it('sends the Brotli copy when br is accepted, and it decodes to the file', async () => {
		const reply = await get(APP, { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(reply.headers['content-encoding']).toBe('br');
		expect(reply.headers.vary).toMatch(/Accept-Encoding/i);
		expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
		expect(reply.body.length).toBeLessThan(APP_JS.length / 3);
		expect(brotliDecompressSync(reply.body).toString()).toBe(APP_JS);
	});

	it('sends the gzip copy when only gzip is accepted', async () => {
		const reply = await get(APP, { 'Accept-Encoding': 'gzip' });
		expect(reply.headers['content-encoding']).toBe('gzip');
		expect(reply.headers.vary).toMatch(/Accept-Encoding/i);
		expect(gunzipSync(reply.body).toString()).toBe(APP_JS);
	});

	it.each<Record<string, string>>([{}, { 'Accept-Encoding': 'identity' }])(
		'sends the file itself otherwise (%o)',
		async (headers) => {
			const reply = await get(APP, headers);
			expect(reply.headers['content-encoding']).toBeUndefined();
			expect(reply.headers.vary).toMatch(/Accept-Encoding/i);
			expect(reply.body.toString()).toBe(APP_JS);
		},
	);

	it('the shell served for a deep path is compressed too', async () => {
		const reply = await get('/some/deep/path', { 'Accept-Encoding': 'br' });
		expect(reply.headers['content-type']).toMatch(/^text\/html/);
		expect(brotliDecompressSync(reply.body).toString()).toBe(INDEX_HTML);
	});
});

describe('serveDist files and the single-page fallback', () => {
	it('robots.txt is plain text', async () => {
		const reply = await get('/robots.txt');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toMatch(/^text\/plain/);
		expect(reply.body.toString()).toBe(ROBOTS);
	});

	it('a deep navigation path gets the HTML shell; a missing file with an extension is a 404', async () => {
		const deep = await get('/some/deep/path?x=1');
		expect(deep.status).toBe(200);
		expect(deep.headers['content-type']).toMatch(/^text\/html/);
		expect(deep.body.toString()).toBe(INDEX_HTML);
		for (const path of ['/assets/missing.js', '/some/deep/assets/app-Ab12Cd34.js', '/missing.png']) {
			const missing = await get(path);
			expect(missing.status, path).toBe(404);
			expect(missing.body.toString()).not.toContain('<html');
		}
	});

	it('HEAD answers with the headers of GET and no body', async () => {
		const full = await get(APP);
		const head = await request(url, APP, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-length']).toBe(String(full.body.length));
		expect(head.headers['content-type']).toBe(full.headers['content-type']);
		expectSecurityHeaders(head);
		expect((await request(url, '/assets/missing.js', { method: 'HEAD' })).status).toBe(404);
		expect((await request(url, '/%', { method: 'HEAD' })).status).toBe(400);
	});

	it('a Range header is ignored: the whole file, even for a backwards range', async () => {
		const reply = await get(APP, { Range: 'bytes=500-100' });
		expect(reply.status).toBe(200);
		expect(reply.body.toString()).toBe(APP_JS);
	});

	it('a file removed after start-up ends that response, not the server', async () => {
		await unlink(join(root, 'gone.txt'));
		await expect(get('/gone.txt')).rejects.toThrow();
		expect((await get('/')).status).toBe(200);
	});
});

describe('serveDist refuses a folder with a link that leads out of it', () => {
	it.each([
		['a file', join('..', 'dist-secret', 'key.txt')],
		['a folder', join('..', 'dist-secret')],
		['nowhere', 'no-such-target'],
	])('a link to %s: start-up fails', async (_what, target) => {
		const link = join(root, 'leak');
		await symlink(target, link);
		try {
			await expect(serveDist(root, 0)).rejects.toThrow(/leads outside/);
		} finally {
			await unlink(link);
		}
	});

	it('a link that stays inside is served', async () => {
		const link = join(root, 'robots-link.txt');
		await symlink('robots.txt', link);
		const second = await serveDist(root, 0);
		try {
			const reply = await request(second.url, '/robots-link.txt');
			expect(reply.body.toString()).toBe(await readFile(join(root, 'robots.txt'), 'utf8'));
		} finally {
			await new Promise<void>((ok) => second.server.close(() => ok()));
			await unlink(link);
		}
	});
});
