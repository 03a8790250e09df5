// Market presets (docs/models.md, "Market data and presets"): dated closes as facts — SPX (^GSPC close), VIX and
// VIX3M (Cboe closes), VX1–VX3 (CFE daily settlements) — built by the one construction of a day's close
// (closingMarket, shared with the history replay), plus three synthetic states built from the log-OU model.
// Rates, dividend yields (the carry table) and the smile are assumptions the user can edit.
import type { IsoDate } from '../types';
import type { Regime } from './regime';
import { marketWithDefaults, type MarketSnapshot } from './snapshot';
import { vxExpiriesAfter } from './expiries';
import { calendarDaysBetween } from './isoDate';
import { logOuFuture } from './vixCurve';
import { carryOn } from './carryAssumption';
import { closingMarket } from './closingMarket';
import { PRESET_PRIOR_CLOSES } from '../measured/presetHistory.generated';
import { DATED, SYNTHETIC, SYNTH_DATE } from './presetFacts';
import { DAYS_PER_YEAR } from '../conventions';

export interface MarketPreset {
	id: string;
	label: string;
	date: IsoDate;
	description: string;
	/** The regime the preset illustrates (either label accepted where the table says "flat / contango"). */
	expectedRegime: Regime[];
	/** Dated presets are facts; synthetic ones are built from the model. */
	synthetic: boolean;
	market: MarketSnapshot;
}

/** A dated preset's close: its facts, the VX expiries listed after its date, its prior VIX closes. */
function datedSnapshot(
	date: IsoDate,
	spx: number,
	vix: number,
	vix3m: number | null,
	vx: number[],
): MarketSnapshot {
	const expiries = vxExpiriesAfter(date, vx.length);
	return closingMarket({
		date,
		spx,
		vix,
		vix3m,
		futures: vx.map((price, i) => ({ expiry: expiries[i], price })),
		priorVixCloses: PRESET_PRIOR_CLOSES.find((p) => p.date === date)?.vix ?? null,
	});
}

/**
 * A synthetic state: the log-OU closed form (κ = 5, η = 1) on the first six listed expiries and VIX3M as its 93-day
 * future, rounded like quotes. Dated at the default market's close, it carries that date's prior VIX closes.
 */
function syntheticSnapshot(V0: number, theta: number): MarketSnapshot {
	const model = (days: number) => Math.round(logOuFuture(V0, 5, theta, 1, days / DAYS_PER_YEAR) * 100) / 100;
	return marketWithDefaults({
		valuationDate: SYNTH_DATE,
		spx: 6966.28,
		...carryOn(SYNTH_DATE),
		vix: V0,
		vix3m: model(93),
		futures: vxExpiriesAfter(SYNTH_DATE, 6).map((expiry) => ({
			expiry,
			price: model(calendarDaysBetween(SYNTH_DATE, expiry)),
		})),
		recentVixCloses: [...PRESET_PRIOR_CLOSES.find((p) => p.date === SYNTH_DATE)!.vix, V0],
	});
}

/**
 * The ten dated snapshots (nearest three VX settlements, expiries from `vxExpiriesAfter`, the prior VIX closes) and three
 * synthetic log-OU states (VIX3M = the model's 93-day future; VX = the closed form on the first six listed expiries,
 * rounded to 0.01 like a quote). Every preset passes validateMarket and classifies as one of its expectedRegime.
 */
export const MARKET_PRESETS: MarketPreset[] = [
	...DATED.map(([id, label, date, description, expectedRegime, spx, vix, vix3m, vx]) => ({
		id,
		label,
		date,
		description,
		expectedRegime,
		synthetic: false,
		market: datedSnapshot(date, spx, vix, vix3m, vx),
	})),
	...SYNTHETIC.map(([id, label, description, expectedRegime, V0, theta]) => ({
		id,
		label,
		date: SYNTH_DATE,
		description,
		expectedRegime,
		synthetic: true,
		market: syntheticSnapshot(V0, theta),
	})),
];

/** The sample market the app opens with: the 2026-01-09 close (a fresh copy each call). */
export function defaultMarket(): MarketSnapshot {
	return JSON.parse(JSON.stringify(MARKET_PRESETS.find((p) => p.id === 'calm-2026')!.market));
}
