// The one import path for the worker, the UI, the tests and the bench.
export type { OptionKind, IsoDate } from './types';
