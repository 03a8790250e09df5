// Test helpers for scripts/serve.ts: a build-like folder with a secret beside it, and requests that send the path
// exactly as written (fetch would normalise `..` and backslashes before they reach the server).
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRET = 'sibling-secret-4f1c9e';

/** A module big enough for compression to pay, with text that varies so the copy is not trivially small. */
export const APP_JS = Array.from(
	{ length: 400 },
	(_, i) => `export const value${i} = ${i * 7919} % 104729;\n`,
).join('');
export const INDEX_HTML =
	'<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>shell</title>' +
	'<script type="module" src="/assets/app-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>\n';
export const ROBOTS = 'User-agent: *\nDisallow:\n';

/** `<tmp>/dist` holding a small build, and `<tmp>/dist-secret/key.txt` beside it (a sibling whose name starts alike). */
export async function makeRoot(): Promise<{ tmp: string; root: string }> {
	const tmp = await mkdtemp(join(tmpdir(), 'alvh-serve-'));
	const root = join(tmp, 'dist');
	await mkdir(join(root, 'assets'), { recursive: true });
	await mkdir(join(tmp, 'dist-secret'));
	await writeFile(join(tmp, 'dist-secret', 'key.txt'), SECRET);
	await writeFile(join(root, 'index.html'), INDEX_HTML);
	await writeFile(join(root, 'assets', 'app-Ab12Cd34.js'), APP_JS);
	await writeFile(join(root, 'robots.txt'), ROBOTS);
	await writeFile(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
	await writeFile(join(root, 'manifest.webmanifest'), '{"name":"ALVH Lab","start_url":"./"}\n');
	return { tmp, root };
}

export interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** Sends one request with `path` as the raw request target. */
export function request(
	url: string,
	path: string,
	init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
	const { hostname, port } = new URL(url);
	return new Promise((ok, fail) => {
		const req = httpRequest(
			{ host: hostname, port, path, method: init.method ?? 'GET', headers: init.headers, agent: false },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
				);
				res.on('error', fail);
			},
		);
		req.on('error', fail);
		req.end();
	});
}

/** Writes `head` (a request line and headers) on a bare socket and returns everything the server answers. */
export function rawRequest(url: string, head: string): Promise<string> {
	const { hostname, port } = new URL(url);
	return new Promise((ok, fail) => {
		const socket = connect(Number(port), hostname, () => socket.write(head));
		const chunks: Buffer[] = [];
		socket.on('data', (chunk: Buffer) => chunks.push(chunk));
		socket.on('end', () => ok(Buffer.concat(chunks).toString('latin1')));
		socket.on('error', fail);
	});
}
