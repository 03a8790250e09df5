// Build: Svelte app + module worker + generated service worker that precaches everything (worker included).
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP } from './scripts/headers';
import { precompress, type Precompressed } from './scripts/precompress';

/** The policy as a meta tag in the built HTML only (dev needs Vite's HMR socket); servers also send it as a header. */
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

/** Writes .br and .gz copies beside the build's text files once everything (the service worker too) is written. */
function precompressBuild(): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'alvh-precompress',
		apply: 'build',
		configResolved: (resolved) => void (config = resolved),
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				const sizes = await precompress(resolve(config.root, config.build.outDir));
				const kb = (pick: (s: Precompressed) => number | null) =>
					(sizes.reduce((sum, s) => sum + (pick(s) ?? s.identityBytes), 0) / 1024).toFixed(1);
				config.logger.info(
					`precompressed ${sizes.length} files: ${kb((s) => s.identityBytes)} kB, ` +
						`br ${kb((s) => s.brBytes)} kB, gzip ${kb((s) => s.gzipBytes)} kB`,
				);
			},
		},
	};
}

/**
 * The engine, text and chart modules have no side effects (constants, functions and components), so a module none of
 * whose exports is used is dropped even when a barrel re-exports it: the first screen then carries only the engine and
 * charts it calls, not the regime lab's. (A stylesheet, whose id carries a query, keeps its side effect.)
 */
const hasSideEffects = (id: string) => !/[\\/]src[\\/](engine|text|charts)[\\/][^?]*$/.test(id);

export default defineConfig({
	// Absolute asset URLs: the server answers every app path (/some/deep/path) with the same index.html, and relative
	// ones ('./') would then resolve under that path (/some/deep/assets/…), which neither the server nor the service
	// worker's precache has. To host under a sub-path, build with `vite build --base /sub/`.
	base: '/',
	plugins: [
		svelte(),
		contentSecurityPolicy(),
		precompressBuild(),
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
				// A name with an extension is a file, as on the server: a navigation to /robots.txt is not the app.
				navigateFallbackDenylist: [/\/[^/?]+\.\w+(?:\?.*)?$/],
				cleanupOutdatedCaches: true,
			},
		}),
	],
	worker: { format: 'es', rollupOptions: { treeshake: { moduleSideEffects: hasSideEffects } } },
	build: {
		target: 'es2022',
		sourcemap: false,
		rollupOptions: { treeshake: { moduleSideEffects: hasSideEffects } },
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
});
