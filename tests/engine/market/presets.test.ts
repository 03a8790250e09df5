import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	MARKET_PRESETS,
	buildMarketModel,
	classifyCurve,
	spxExpiryForDte,
	validateMarket,
} from '../../../src/engine';

describe('MARKET_PRESETS', () => {
	it('holds the nine dated snapshots of DESIGN §5 and three synthetic ones', () => {
		expect(MARKET_PRESETS).toHaveLength(12);
		expect(MARKET_PRESETS.filter((p) => p.id.startsWith('synthetic'))).toHaveLength(3);
	});
	it.each(MARKET_PRESETS)('$id is valid, priceable and classified as its expected regime', (p) => {
		expect(validateMarket(p.market)).toEqual([]);
		expect(p.expectedRegime).toContain(classifyCurve(p.market).regime);
		const model = buildMarketModel(p.market, spxExpiryForDte(p.market.valuationDate, 45));
		expect(Number.isFinite(model.spx.atmVol)).toBe(true);
	});
});

const DATA = resolve(process.cwd(), '../shared/data');
const HAVE = existsSync(`${DATA}/regime_presets.json`);
describe.skipIf(!HAVE)(
	'dated presets against regime_presets.json (skipped: ../shared/data is absent)',
	() => {
		type Row = {
			date: string;
			spx_close: number;
			vix_close: number;
			vix3m_close: number;
			vx?: { expiry: string; settle: number }[];
		};
		const rows = HAVE
			? (JSON.parse(readFileSync(`${DATA}/regime_presets.json`, 'utf8')).presets as Row[]).filter((r) => r.vx)
			: [];
		it.each(rows)('$date has the file’s closes, settlements and expiries', (r) => {
			const p = MARKET_PRESETS.find((x) => x.date === r.date && !x.id.startsWith('synthetic'))!;
			expect(p.market.spx).toBe(r.spx_close);
			expect(p.market.vix).toBe(r.vix_close);
			expect(p.market.vix3m).toBe(r.vix3m_close);
			expect(p.market.futures).toEqual(r.vx!.map((v) => ({ expiry: v.expiry, price: v.settle })));
		});
	},
);
