// The HTTP policy of the built app, written once: the Content-Security-Policy (also put in the built HTML as a meta
// tag by vite.config.ts), the security headers every response carries (scripts/serve.ts; public/_headers repeats
// them for static hosts, and tests/server/headersFile.test.ts checks the two agree) and the cache policy.

/** The page may talk to nothing but its own origin. A meta tag cannot carry `frame-ancestors`; see SECURITY_HEADERS. */
export const CSP = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
].join('; ');

/**
 * Browser features the app never uses, turned off for it and anything it could embed. Clipboard writing stays on:
 * the Saved screen copies the share link.
 */
const DISABLED_FEATURES = [
	'accelerometer',
	'autoplay',
	'bluetooth',
	'camera',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking',
];

/** Sent on every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Framing by any origin is refused (clickjacking); X-Frame-Options says the same to older browsers.
	'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// No other window keeps a handle on the app's, and no other origin may load its files as subresources.
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': DISABLED_FEATURES.map((f) => `${f}=()`).join(', '),
};

/** Vite's output folder for hashed file names: their content never changes under a name. */
export const HASHED_PREFIX = '/assets/';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control for a file served at `urlPath`: hashed assets are kept a year; everything else (the HTML, the service
 * worker, the manifest, icons) is revalidated on each use so an update is found.
 */
export function cacheControl(urlPath: string): string {
	return urlPath.startsWith(HASHED_PREFIX) ? IMMUTABLE : 'no-cache';
}
