import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		setupFiles: ['tests/setup/fastCheckSeed.ts'],
		pool: 'threads',
		maxWorkers: 2,
		// Two cores run two files at once; a test that takes 1–2 s alone must not fail on a busy machine.
		testTimeout: 20_000,
	},
});
