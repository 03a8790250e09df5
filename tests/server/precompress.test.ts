// precompress(dir): each text file gets .br and .gz copies that decode to it; images and files too small to shrink
// get none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress, type Precompressed } from '../../scripts/precompress';

const CSS = Array.from(
	{ length: 200 },
	(_, i) => `.c${i} { margin: ${i}px; color: #${(i * 4099).toString(16)}; }\n`,
).join('');
let dir: string;
let sizes: Precompressed[];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'alvh-precompress-'));
	await mkdir(join(dir, 'assets'));
	await writeFile(join(dir, 'assets', 'index-Ab12.css'), CSS);
	await writeFile(join(dir, 'tiny.txt'), 'ok');
	await writeFile(join(dir, 'icon.png'), Buffer.alloc(4096));
	sizes = await precompress(dir);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('precompress(dir)', () => {
	it('writes Brotli and gzip copies that decode to the original', async () => {
		const br = await readFile(join(dir, 'assets', 'index-Ab12.css.br'));
		const gz = await readFile(join(dir, 'assets', 'index-Ab12.css.gz'));
		expect(brotliDecompressSync(br).toString()).toBe(CSS);
		expect(gunzipSync(gz).toString()).toBe(CSS);
		expect(sizes.find((s) => s.file === 'assets/index-Ab12.css')).toEqual({
			file: 'assets/index-Ab12.css',
			identityBytes: CSS.length,
			brBytes: br.length,
			gzipBytes: gz.length,
		});
	});

	it('leaves images alone and writes no copy that would be larger', async () => {
		expect(sizes.find((s) => s.file === 'tiny.txt')).toMatchObject({ brBytes: null, gzipBytes: null });
		expect(sizes.some((s) => s.file === 'icon.png')).toBe(false);
		expect((await readdir(dir)).sort()).toEqual(['assets', 'icon.png', 'tiny.txt']);
	});
});
