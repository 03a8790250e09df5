// Build: Svelte app + module worker + generated service worker that precaches everything (worker included).
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/** The page may talk to nothing but its own origin; added to the built HTML only (dev needs Vite's HMR socket). */
const CSP = [
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

function contentSecurityPolicy(): Plugin {
	return {
		name: 'alvh-csp',
		apply: 'build',
		transformIndexHtml: (html) =>
			html.replace(
				'<meta charset="UTF-8" />',
				`<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
			),
	};
}

export default defineConfig({
	base: './',
	plugins: [
		svelte(),
		contentSecurityPolicy(),
		VitePWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			injectRegister: false,
			includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
			manifest: {
				id: './',
				name: 'ALVH Lab — iron condors with a 4/4/2 VIX-call hedge',
				short_name: 'ALVH Lab',
				description:
					'Model short SPX iron condors hedged by a layered 4/4/2 ladder of VIX calls, in contango and backwardation. Offline.',
				start_url: './',
				scope: './',
				display: 'standalone',
				orientation: 'any',
				background_color: '#0f1419',
				theme_color: '#0f1419',
				icons: [
					{ src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
				],
			},
			workbox: {
				globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
				navigateFallback: 'index.html',
				cleanupOutdatedCaches: true,
			},
		}),
	],
	worker: { format: 'es' },
	build: { target: 'es2022', sourcemap: false },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
});
