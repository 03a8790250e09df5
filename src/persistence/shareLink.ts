// Share a scenario as a link: the scenario travels in the URL fragment, which browsers never send to a server.
// Encoding: JSON → UTF-8 → deflate-raw (CompressionStream) when the browser has it, else the bytes as they are →
// base64url. The fragment says which: '#s=z.<data>' (deflated) or '#s=j.<data>' (plain). Decoding reverses it with
// caps on the fragment's length and on the inflated size (a small link must not inflate to gigabytes), then goes
// through the same checks as an imported file.
import { SCHEMA_VERSION, parseScenarioText, type Scenario } from './scenario';
import type { ScenarioEnvelope } from './scenarioSchema';
import { DEFAULT_LIMITS, type Validated } from './untrusted';

const PREFIX = '#s=';
/** Fragments longer than this are refused before decoding (none the app makes comes close). */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Largest decoded JSON, bytes: the same cap as an imported file. */
export const MAX_DECODED_BYTES = DEFAULT_LIMITS.maxChars;

const damaged = (): Validated<never> => ({
	ok: false,
	message: 'The shared link is damaged (it may have been cut off when it was copied).',
	issues: [],
});

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const canCompress = () =>
	typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping (and throwing) as soon as the output passes `maxBytes`. */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

/**
 * The URL fragment ('#s=…') that carries a scenario and its name.
 * @param opts.compress false forces the plain form (default: compress when the browser can).
 */
export async function encodeShareFragment(
	input: { name: string; data: Scenario },
	opts: { compress?: boolean } = {},
): Promise<string> {
	const file = { schemaVersion: SCHEMA_VERSION, name: input.name, data: input.data };
	const json = new TextEncoder().encode(JSON.stringify(file));
	if ((opts.compress ?? true) && canCompress()) return `${PREFIX}z.${toBase64Url(await deflate(json))}`;
	return `${PREFIX}j.${toBase64Url(json)}`;
}

/** A full link to the app at `baseUrl` (its own fragment replaced) carrying the scenario. */
export async function shareUrl(baseUrl: string, input: { name: string; data: Scenario }): Promise<string> {
	return baseUrl.replace(/#.*$/, '') + (await encodeShareFragment(input));
}

/** True when a fragment (location.hash) looks like a share link. */
export const isShareFragment = (fragment: string) => fragment.startsWith(PREFIX);

/**
 * The scenario in a URL fragment, checked like an imported file; null when the fragment is not a share link.
 * Never throws.
 */
export async function decodeShareFragment(fragment: string): Promise<Validated<ScenarioEnvelope> | null> {
	if (!isShareFragment(fragment)) return null;
	const payload = fragment.slice(PREFIX.length);
	if (payload.length > MAX_FRAGMENT_CHARS)
		return { ok: false, message: 'The shared link is too long to be an ALVH Lab scenario.', issues: [] };
	const mode = payload.slice(0, 2);
	if (mode !== 'z.' && mode !== 'j.') return damaged();
	let bytes: Uint8Array;
	try {
		bytes = fromBase64Url(payload.slice(2));
		if (mode === 'z.') {
			if (!canCompress())
				return {
					ok: false,
					message: 'This browser cannot open compressed links; update it, or import the scenario as a file.',
					issues: [],
				};
			bytes = await inflate(bytes, MAX_DECODED_BYTES);
		} else if (bytes.byteLength > MAX_DECODED_BYTES) throw new RangeError('too large');
	} catch (e) {
		if (e instanceof RangeError)
			return {
				ok: false,
				message: 'The shared link unpacks to more data than a scenario can hold.',
				issues: [],
			};
		return damaged();
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return damaged();
	}
	const parsed = parseScenarioText(text);
	if (!parsed.ok && /not valid JSON/.test(parsed.message)) return damaged();
	return parsed;
}
