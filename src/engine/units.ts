// Branded units at the engine's boundary (docs/architecture.md, Units). Mixing a fraction with a percent, VIX points
// with dollars or days with years is this app's likeliest bug, so the types that cross the boundary — the what-if
// shock, the ladder's strike and sizing rules, trading costs, read-outs — say their unit. The brand is soft: a plain
// number (a literal, a computed value, a number read from storage) is accepted, but a number of another unit is
// not — passing a Percent where a Fraction is wanted fails to compile.

declare const unit: unique symbol;

/** A number in unit U. */
export type Unit<U extends string> = number & { readonly [unit]?: U };

/** A share as a decimal: 0.3 = 30 %, 1.3 = 130 %. Vols and deltas are fractions too (0.16 = 16 %, 16Δ). */
export type Fraction = Unit<'fraction'>;
/** A number already in percent: −10 = a 10 % fall. Vol points are percents of annual vol. */
export type Percent = Unit<'percent'>;
/** US dollars. */
export type Usd = Unit<'usd'>;
/** Index points (SPX or VIX); an option's price per unit of the underlying. */
export type Pts = Unit<'pts'>;
/** Years (ACT/365 from minutes, see market/yearFraction.ts). */
export type Years = Unit<'years'>;
/** Calendar days. */
export type Days = Unit<'days'>;
