// Market presets (docs/models.md, "Market data and presets"): dated closes as facts — SPX (^GSPC close), VIX and
// VIX3M (Cboe closes), VX1–VX3 (CFE daily settlements) — plus three synthetic states built from the log-OU model.
// Rates, dividend yields and the smile are assumptions the user can edit.
import type { IsoDate } from '../types';
import type { Regime } from './regime';
import { marketWithDefaults, type MarketSnapshot } from './snapshot';
import { vxExpiriesAfter } from './expiries';
import { calendarDaysBetween } from './isoDate';
import { logOuFuture } from './vixCurve';
import { PRESET_PRIOR_CLOSES } from '../measured/presetHistory.generated';
import { DATED, SYNTHETIC, SYNTH_DATE } from './presetFacts';

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

function snapshot(
	date: IsoDate,
	spx: number,
	vix: number,
	vix3m: number | null,
	vx: number[],
	rate: number,
	dividendYield: number,
): MarketSnapshot {
	const expiries = vxExpiriesAfter(date, vx.length);
	// The closes RSI(14) reads: the prior closes of a dated preset and its own close (none for a synthetic one).
	const prior = PRESET_PRIOR_CLOSES.find((p) => p.date === date);
	return marketWithDefaults({
		valuationDate: date,
		spx,
		rate,
		dividendYield,
		vix,
		vix3m,
		futures: vx.map((price, i) => ({ expiry: expiries[i], price })),
		recentVixCloses: prior ? [...prior.vix, vix] : [],
	});
}

/** Futures of a synthetic state from the log-OU closed form on the first `n` listed expiries after `date`. */
function modelFutures(
	date: IsoDate,
	V0: number,
	kappa: number,
	theta: number,
	eta: number,
	n: number,
): number[] {
	return vxExpiriesAfter(date, n).map(
		(e) => Math.round(logOuFuture(V0, kappa, theta, eta, calendarDaysBetween(date, e) / 365) * 100) / 100,
	);
}

/**
 * The ten dated snapshots (nearest three VX settlements, expiries from `vxExpiriesAfter`, the prior VIX closes) and three
 * synthetic log-OU states (VIX3M = the model's 93-day future; VX = the closed form on the first six listed expiries,
 * rounded to 0.01 like a quote). Every preset passes validateMarket and classifies as one of its expectedRegime.
 */
export const MARKET_PRESETS: MarketPreset[] = [
	...DATED.map(([id, label, date, description, expectedRegime, spx, vix, vix3m, vx, rate, q]) => ({
		id,
		label,
		date,
		description,
		expectedRegime,
		synthetic: false,
		market: snapshot(date, spx, vix, vix3m, vx, rate, q),
	})),
	...SYNTHETIC.map(([id, label, description, expectedRegime, V0, theta]) => ({
		id,
		label,
		date: SYNTH_DATE,
		description,
		expectedRegime,
		synthetic: true,
		// VIX3M is taken as the model's 93-day future, rounded like a quote.
		market: snapshot(
			SYNTH_DATE,
			6966.28,
			V0,
			Math.round(logOuFuture(V0, 5, theta, 1, 93 / 365) * 100) / 100,
			modelFutures(SYNTH_DATE, V0, 5, theta, 1, 6),
			0.036,
			0.012,
		),
	})),
];

/** The sample market the app opens with: the 2026-01-09 close (a fresh copy each call). */
export function defaultMarket(): MarketSnapshot {
	return JSON.parse(JSON.stringify(MARKET_PRESETS.find((p) => p.id === 'calm-2026')!.market));
}
