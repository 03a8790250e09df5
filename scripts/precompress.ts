// Writes a Brotli (.br) and a gzip (.gz) copy beside each compressible file of a build, so a server can send the
// smallest encoding the browser accepts without compressing on every request (scripts/serve.ts does, through sirv).
// Run by the build (vite.config.ts). The copies are not precached by the service worker: its glob names only the
// originals, and the browser stores the decoded bytes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats; PNG and other already-compressed formats gain nothing. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

export interface Precompressed {
	/** Path relative to the folder, with `/` separators. */
	file: string;
	identityBytes: number;
	/** Size of the written copy, or null when the encoding would not make the file smaller (no copy written). */
	brBytes: number | null;
	gzipBytes: number | null;
}

/** Compresses every compressible file under `dir` (recursively) at the highest levels; returns the sizes. */
export async function precompress(dir: string): Promise<Precompressed[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
	return Promise.all(
		files.map(async (path) => {
			const body = await readFile(path);
			const [br, gzipped] = await Promise.all([
				brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length,
					},
				}),
				gz(body, { level: constants.Z_BEST_COMPRESSION }),
			]);
			const keep = async (data: Buffer, ext: string) => {
				if (data.length >= body.length) return null;
				await writeFile(`${path}.${ext}`, data);
				return data.length;
			};
			return {
				file: relative(dir, path).split(sep).join('/'),
				identityBytes: body.length,
				brBytes: await keep(br, 'br'),
				gzipBytes: await keep(gzipped, 'gz'),
			};
		}),
	);
}
