import { describe, expect, it } from 'vitest';
import {
	MAX_FRAGMENT_CHARS,
	decodeShareFragment,
	encodeShareFragment,
	fromBase64Url,
	shareUrl,
	toBase64Url,
} from '../../src/persistence/shareLink';
import { defaultScenario, SCHEMA_VERSION } from '../../src/persistence/scenario';
import { v1File } from '../fixtures/oldScenarios';

const input = { name: 'Shared', data: defaultScenario() };
const expected = {
	ok: true,
	migratedFrom: null,
	notes: [],
	value: { schemaVersion: SCHEMA_VERSION, ...input },
};

async function deflatedFragment(text: string): Promise<string> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return `#s=z.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
}

describe('share links', () => {
	it('round-trip a scenario through the URL fragment, compressed and smaller than the JSON', async () => {
		const fragment = await encodeShareFragment(input);
		expect(fragment).toMatch(/^#s=z\.[A-Za-z0-9_-]+$/);
		expect(fragment.length).toBeLessThan(JSON.stringify(input).length);
		expect(await decodeShareFragment(fragment)).toEqual(expected);
	});

	it('round-trip in plain form when compression is off or unavailable', async () => {
		const fragment = await encodeShareFragment(input, { compress: false });
		expect(fragment).toMatch(/^#s=j\.[A-Za-z0-9_-]+$/);
		expect(await decodeShareFragment(fragment)).toEqual(expected);
	});

	it('shareUrl replaces the page fragment', async () => {
		const url = await shareUrl('https://example.test/app/#market', input);
		expect(url.startsWith('https://example.test/app/#s=z.')).toBe(true);
	});

	it('keeps non-ASCII names intact (UTF-8)', async () => {
		const named = { ...input, name: 'Σ stress — 2020 🌪' };
		const r = await decodeShareFragment(await encodeShareFragment(named));
		expect(r?.ok && r.value.name).toBe(named.name);
	});

	it('ignores fragments that are not share links', async () => {
		expect(await decodeShareFragment('')).toBeNull();
		expect(await decodeShareFragment('#market')).toBeNull();
	});

	it('refuses damaged, oversized, inflating and hostile links with a clear message', async () => {
		const good = await encodeShareFragment(input);
		const bomb = await deflatedFragment(' '.repeat(5_000_000)); // a few kB that inflate to 5 MB
		expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
		const cases: [string, RegExp][] = [
			[good.slice(0, Math.floor(good.length / 2)), /damaged/],
			['#s=z.', /damaged/],
			['#s=x.abc', /damaged/],
			['#s=z.@@@', /damaged/],
			[`#s=j.${toBase64Url(new TextEncoder().encode('{"name":'))}`, /damaged/],
			[`#s=j.${toBase64Url(Uint8Array.of(0xff, 0xfe, 0x00))}`, /damaged/],
			[`#s=z.${'A'.repeat(MAX_FRAGMENT_CHARS)}`, /too long/],
			[bomb, /unpacks to more data than a scenario can hold/],
			[
				await deflatedFragment('{"__proto__":{"polluted":1},"schemaVersion":2}'),
				/__proto__: this key is not allowed/,
			],
			[
				await deflatedFragment(JSON.stringify({ ...input, schemaVersion: SCHEMA_VERSION, extra: true })),
				/extra: unexpected key/,
			],
		];
		for (const [fragment, message] of cases) {
			const r = await decodeShareFragment(fragment);
			expect(r?.ok, fragment.slice(0, 40)).toBe(false);
			if (r && !r.ok) expect(r.message).toMatch(message);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('opens a link made from an old version-1 file, migrated', async () => {
		const r = await decodeShareFragment(await deflatedFragment(JSON.stringify(v1File)));
		expect(r?.ok && [r.migratedFrom, r.value.data.mcSeed]).toEqual([1, 42]);
	});

	it('base64url round-trips every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
		expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
		expect(() => fromBase64Url('a+b/')).toThrow();
	});
});
