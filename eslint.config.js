import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from './eslint/importBoundaries.js';

export default ts.config(
	// The boundary fixtures import the wrong way on purpose; tests/eslint/importBoundaries.test.ts lints them.
	{ ignores: ['dist/', 'dev-dist/', 'node_modules/', 'test-results/', 'tests/fixtures/boundaries/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } },
	},
	{
		// The engine runs in the worker, Node tests and the bench: no DOM, no storage, no worker globals.
		files: ['src/engine/**/*.ts'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'self',
				'indexedDB',
				'localStorage',
				'navigator',
			],
		},
	},
	{
		// Dependencies between the folders of src/ point one way (docs/architecture.md, Layers).
		files: ['**/*.ts', '**/*.svelte'],
		plugins: { boundaries },
		rules: { 'boundaries/layers': 'error' },
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
