// The app's screens for the tab bar: label, icon and how each is loaded. Market, the first screen, is in the app's
// first script; every other screen is its own chunk, fetched when its tab is touched, hovered or focused (the service
// worker has them all cached for offline use), so a first visit downloads and runs only what it shows. A new screen
// is one more entry here and one more id in state/navigation.svelte.ts.
import type { Component } from 'svelte';
import type { ScreenId } from '../../state/navigation.svelte';
import MarketScreen from '../screens/MarketScreen.svelte';

export interface ScreenEntry {
	id: ScreenId;
	label: string;
	/** An SVG path on a 24×24 grid, stroked. */
	icon: string;
	/** On a wide screen, the screen shown beside this one. */
	companion: ScreenId;
	/** The component, once loaded (so a second visit renders at once, with no placeholder). */
	component: Component | null;
	/** Loads the component (once; later calls return the same promise). */
	load(): Promise<Component>;
}

type Loader = () => Promise<{ default: Component }>;

function entry(id: ScreenId, label: string, icon: string, companion: ScreenId, loader: Loader): ScreenEntry {
	let pending: Promise<Component> | null = null;
	const e: ScreenEntry = {
		id,
		label,
		icon,
		companion,
		component: null,
		load: () =>
			(pending ??= loader().then(
				(m) => (e.component = m.default),
				(error: unknown) => {
					pending = null; // a failed fetch (offline before the cache was filled) may be retried
					throw error;
				},
			)),
	};
	return e;
}

export const SCREENS: readonly ScreenEntry[] = [
	entry('market', 'Market', 'M3 17l5-6 4 3 6-8 3 3', 'book', async () => ({ default: MarketScreen })),
	entry('book', 'Book', 'M4 5h16M4 12h16M4 19h10', 'whatif', () => import('../screens/BookScreen.svelte')),
	entry(
		'whatif',
		'What-if',
		'M4 18c4 0 4-12 8-12s4 12 8 12',
		'book',
		() => import('../screens/WhatIfScreen.svelte'),
	),
	entry(
		'regimes',
		'Regimes',
		'M5 20V10M12 20V4M19 20v-7',
		'whatif',
		() => import('../screens/RegimesScreen.svelte'),
	),
	entry(
		'history',
		'History',
		'M12 7v5l3 2M4 12a8 8 0 1 0 2.3-5.6M4 4v3h3',
		'regimes',
		() => import('../screens/HistoryScreen.svelte'),
	),
	entry('saved', 'Saved', 'M6 3h12v18l-6-4-6 4z', 'market', () => import('../screens/SavedScreen.svelte')),
];
SCREENS[0].component = MarketScreen;

export function screen(id: ScreenId): ScreenEntry {
	return SCREENS.find((s) => s.id === id) ?? SCREENS[0];
}
