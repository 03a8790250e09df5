// Vocabulary shared by every engine module.

/** Option type. */
export type OptionKind = 'call' | 'put';

/** A calendar date as 'YYYY-MM-DD' (exchange-local, America/New_York). */
export type IsoDate = string;
