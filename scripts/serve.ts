// Serves the production build (dist/) on 127.0.0.1 — used by `npm start` and by the end-to-end suite.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
};

/** Starts a static server for `root`; port 0 picks a free one. Resolves with the server and its URL. */
export async function serveDist(root: string, port = 0): Promise<{ server: Server; url: string }> {
	const base = resolve(root);
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			file = join(base, 'index.html'); // single-page app: unknown paths get the shell
		}
		try {
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			// The service worker and the HTML must be revalidated so an update is found; hashed assets are immutable.
			const cache = /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
			res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
			res.end(body);
		} catch {
			res.writeHead(404).end('not found');
		}
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
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
