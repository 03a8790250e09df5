// Ordered, pure upgrades of stored scenarios: migrations[n] turns a version-n record into version n + 1.
// Version 0 (early drafts) had no what-if settings and no Monte Carlo seed.
import { NO_SHOCK } from '../engine';
import { SCHEMA_VERSION } from './scenario';

type Record_ = { [key: string]: unknown };

export const migrations: ((r: Record_) => Record_)[] = [
	(r) => ({ ...r, schemaVersion: 1, whatIf: r.whatIf ?? NO_SHOCK, mcSeed: r.mcSeed ?? 1 }),
];

/** Brings a record up to SCHEMA_VERSION; a record from a newer app or without a version is refused. */
export function migrate(record: Record_): { ok: true; record: Record_ } | { ok: false; message: string } {
	const version = record.schemaVersion ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
		return { ok: false, message: 'The file has no valid schema version.' };
	if (version > SCHEMA_VERSION)
		return {
			ok: false,
			message: `The file was saved by a newer version of ALVH Lab (schema ${version}); update the app to open it.`,
		};
	let r = record;
	for (let v = version; v < SCHEMA_VERSION; v++) r = migrations[v](r);
	return { ok: true, record: r };
}
