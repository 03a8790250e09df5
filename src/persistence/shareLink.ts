// Share a scenario as a link: the scenario travels in the URL fragment (never sent to a server), as deflated JSON
// in base64url. Decoding goes through the same checks as an imported file.
import { parseScenario, type ParseResult } from './parse';
import type { Scenario } from './scenario';

const PREFIX = '#s=';
/** Links longer than this are refused before decoding (a fragment this long is not one the app made). */
const MAX_FRAGMENT_CHARS = 200_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The URL fragment ('#s=…') that carries `scenario`. */
export async function encodeShareFragment(scenario: Scenario): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(scenario));
	return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The scenario in a URL fragment, or null when the fragment is not a share link. */
export async function decodeShareFragment(fragment: string): Promise<ParseResult | null> {
	if (!fragment.startsWith(PREFIX)) return null;
	const payload = fragment.slice(PREFIX.length);
	if (payload.length > MAX_FRAGMENT_CHARS)
		return { ok: false, message: 'The shared link is too long to be a scenario.' };
	try {
		const json = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
		return parseScenario(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		return { ok: false, message: 'The shared link is damaged (it may have been cut off when copied).' };
	}
}
