// Which folder of src/ may import which (docs/architecture.md, "Layers"): dependencies point one way, so the engine
// stays pure, the charts stay reusable and the state never reaches into the UI. A relative import is resolved against
// the importing file; its folder is the first one under the nearest enclosing `src/`. Files directly in src/
// (main.ts, App.svelte) assemble the app and may import anything; packages are not this rule's business.
import { dirname, resolve, sep } from 'node:path';

/** Folder → the folders its files may import from (its own included). */
export const LAYERS = {
	engine: ['engine'],
	text: ['text'],
	charts: ['charts'],
	worker: ['worker', 'engine'],
	persistence: ['persistence', 'engine'],
	state: ['state', 'engine', 'persistence', 'worker', 'text'],
	ui: ['ui', 'state', 'engine', 'persistence', 'charts', 'text'],
};

/** The src root and the folder under it of an absolute path, or null outside any src/. */
function placeOf(file) {
	const parts = file.split(sep);
	const at = parts.lastIndexOf('src');
	if (at < 0) return null;
	return { root: parts.slice(0, at + 1).join(sep), folder: at + 2 < parts.length ? parts[at + 1] : '' };
}

const rule = {
	meta: {
		type: 'problem',
		docs: { description: 'Keep imports between the folders of src/ pointing one way.' },
		messages: {
			wrongWay:
				'{{from}}/ may not import from {{to}} (allowed: {{allowed}}); see docs/architecture.md, Layers.',
		},
		schema: [],
	},
	create(context) {
		const file = context.filename;
		const place = placeOf(file);
		const allowed = place && LAYERS[place.folder];
		if (!allowed) return {};
		const check = (node, source) => {
			if (typeof source !== 'string' || !source.startsWith('.')) return;
			const target = resolve(dirname(file), source);
			if (!target.startsWith(place.root + sep)) return;
			// 'src/engine' (a folder's index) is the engine; 'src/App.svelte' is the shell.
			const rest = target.slice(place.root.length + 1).split(sep);
			const to = rest.length > 1 || !rest[0].includes('.') ? rest[0] : '';
			if (allowed.includes(to)) return;
			context.report({
				node,
				messageId: 'wrongWay',
				data: { from: place.folder, to: to ? `${to}/` : 'the app shell', allowed: allowed.join(', ') },
			});
		};
		const fromSource = (node) => check(node.source ?? node, node.source?.value);
		return {
			ImportDeclaration: fromSource,
			ExportNamedDeclaration: (node) => node.source && fromSource(node),
			ExportAllDeclaration: fromSource,
			ImportExpression: (node) =>
				check(node.source, node.source.type === 'Literal' ? node.source.value : null),
		};
	},
};

export default { rules: { layers: rule } };
