// Saved scenarios: the one import path for the app's state layer.
export * from './keys';
export * from './scenario';
export * from './scenarioSchema';
export * from './labRecord';
export * from './migrations';
export * from './validate';
export * from './store';
export * from './autosave';
export * from './shareLink';
export * from './importExport';
export * from './historyStore';
export * from './historyRecord';
