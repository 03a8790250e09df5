// How the UI names a history in a worker call, apart from the history code itself (history.ts), so the page can
// name one without loading that code.

/** Which history a call is about: the embedded episodes, or the imported series stored under `rev`. */
export type HistoryRef = { source: 'episodes' } | { source: 'import'; rev: string };

/** The message of a call naming an import the worker does not hold (it was restarted, or never told). */
export const HISTORY_NOT_LOADED = 'the imported history is not loaded in this worker';
