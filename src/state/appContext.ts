// The app-wide objects — the engine client, the scenario being edited, the saved library, the lab runner and the
// market history with its replay and back-test, and the screen being shown — shared with every component through
// Svelte's typed context (set once by the app shell, read by screens and editors), instead of being passed down as
// props through every level.
import { createContext } from 'svelte';
import type { EngineClient } from './engineClient.svelte';
import type { LabRunner } from './labRunner.svelte';
import type { Library } from './library.svelte';
import type { Navigation } from './navigation.svelte';
import type { Workbench } from './workbench.svelte';
import type { HistoryData } from './history.svelte';
import type { ReplayRunner } from './replayRunner.svelte';
import type { BackTestRunner } from './backTestRunner.svelte';

export interface AppState {
	engine: EngineClient;
	bench: Workbench;
	library: Library;
	runner: LabRunner;
	history: HistoryData;
	replay: ReplayRunner;
	backTest: BackTestRunner;
	nav: Navigation;
}

/** getApp() in a component's setup reads what the shell gave setApp(). */
export const [getApp, setApp] = createContext<AppState>();
