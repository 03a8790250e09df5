import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	MARKET_PRESETS,
	isBusinessDay,
	nextBusinessDay,
	vxExpiriesAfter,
	wilderRsi,
} from '../../../src/engine';
import { PRESET_2025_04_04, PRESET_PRIOR_CLOSES } from '../../../src/engine/measured/presetHistory.generated';
import { EPISODE_VX_EXPIRIES, FLIP_EPISODES } from '../../../src/engine/measured/flipEpisodes.generated';
import {
	EPISODES_MODULE_PATH,
	MODULE_PATH,
	flipEpisodesModule,
	presetHistoryModule,
} from '../../../scripts/measure/presetHistory';

/** RSI(14) of VIX on preset dates as quoted in the app's preset notes (1 dp). */
const QUOTED_RSI: [string, number][] = [
	['2018-02-02', 74.6],
	['2018-02-05', 91.0],
	['2020-03-16', 72.3],
	['2024-08-02', 74.8],
	['2024-08-05', 87.3],
];
const DATED = MARKET_PRESETS.filter((p) => !p.id.startsWith('synthetic'));
const presetOn = (date: string) => DATED.find((p) => p.date === date)!.market;

describe('PRESET_PRIOR_CLOSES', () => {
	it('covers the ten dated presets, each with 59 VIX and 59 VIX3M closes', () => {
		expect(PRESET_PRIOR_CLOSES.map((p) => p.date).sort()).toEqual(DATED.map((p) => p.date).sort());
		for (const p of PRESET_PRIOR_CLOSES) {
			expect(p.vix).toHaveLength(59);
			expect(p.vix3m).toHaveLength(59);
			expect(p.vixFrom < p.date && p.vix3mFrom < p.date).toBe(true);
		}
	});
	it.each(QUOTED_RSI)(
		'wilderRsi of the prior closes and the %s close is the quoted %f (±0.05)',
		(date, rsi) => {
			const prior = PRESET_PRIOR_CLOSES.find((p) => p.date === date)!;
			expect(Math.abs(wilderRsi([...prior.vix, presetOn(date).vix])! - rsi)).toBeLessThanOrEqual(0.05);
		},
	);
	it('ends on the close before the date: the 2018-02-05 list is the 2018-02-02 list moved one day', () => {
		const a = PRESET_PRIOR_CLOSES.find((p) => p.date === '2018-02-02')!;
		const b = PRESET_PRIOR_CLOSES.find((p) => p.date === '2018-02-05')!;
		expect(b.vix).toEqual([...a.vix.slice(1), presetOn('2018-02-02').vix]);
		expect(b.vix3m).toEqual([...a.vix3m.slice(1), presetOn('2018-02-02').vix3m]);
	});
});

describe('FLIP_EPISODES', () => {
	it('holds the four flips, each 91 consecutive business days centred (index 30) on its date', () => {
		expect(FLIP_EPISODES.map((e) => e.date)).toEqual([
			'2018-02-02',
			'2020-03-13',
			'2024-08-02',
			'2025-04-04',
		]);
		for (const e of FLIP_EPISODES) {
			expect(e.dates).toHaveLength(91);
			expect(e.dates[30]).toBe(e.date);
			expect(e.dates.every(isBusinessDay)).toBe(true);
			e.dates.slice(1).forEach((d, i) => expect(d).toBe(nextBusinessDay(e.dates[i])));
			for (const col of [e.spx, e.vix, e.vix3m, e.vx1Expiry, ...e.vx]) expect(col).toHaveLength(91);
		}
	});
	it('names, on every day, the first three VX contracts not yet expired by the exchange calendar', () => {
		for (const e of FLIP_EPISODES)
			e.dates.forEach((d, i) =>
				expect(EPISODE_VX_EXPIRIES.slice(e.vx1Expiry[i], e.vx1Expiry[i] + 3)).toEqual(vxExpiriesAfter(d, 3)),
			);
	});
	it('equals the dated presets on their dates (SPX, VIX, VIX3M, VX1–VX3 and their expiries)', () => {
		const rows = FLIP_EPISODES.flatMap((e) => e.dates.map((d, i) => ({ e, d, i }))).filter(({ d }) =>
			DATED.some((p) => p.date === d),
		);
		expect(rows.map((r) => r.d)).toEqual([
			'2018-02-02',
			'2018-02-05',
			'2020-03-13',
			'2020-03-16',
			'2024-08-02',
			'2024-08-05',
			'2025-04-04',
		]);
		for (const { e, d, i } of rows) {
			const m = presetOn(d);
			expect([e.spx[i], e.vix[i], e.vix3m[i]]).toEqual([m.spx, m.vix, m.vix3m]);
			expect(
				e.vx.map((col, k) => ({ expiry: EPISODE_VX_EXPIRIES[e.vx1Expiry[i] + k], price: col[i] })),
			).toEqual(m.futures);
		}
	});
	it('equals the 2025-04-04 preset row on its date', () => {
		const e = FLIP_EPISODES[3];
		expect([e.spx[30], e.vix[30], e.vix3m[30]]).toEqual([
			PRESET_2025_04_04.spx,
			PRESET_2025_04_04.vix,
			PRESET_2025_04_04.vix3m,
		]);
		expect(
			e.vx.map((col, k) => ({ expiry: EPISODE_VX_EXPIRIES[e.vx1Expiry[30] + k], settle: col[30] })),
		).toEqual(PRESET_2025_04_04.vx.map(({ expiry, settle }) => ({ expiry, settle })));
	});
});

const DATA = resolve(process.cwd(), '../shared/data');
const HAVE = existsSync(`${DATA}/VIX_History.csv`) && existsSync(`${DATA}/vx/CFE_VX_2025-04-16.csv`);
describe.skipIf(!HAVE)('presetHistory against the history files (skipped: ../shared/data is absent)', () => {
	it('the 2025-04-04 VX1 settlement is the CFE file’s row', () => {
		const row = readFileSync(`${DATA}/vx/CFE_VX_2025-04-16.csv`, 'utf8')
			.split('\n')
			.find((l) => l.startsWith('2025-04-04,'))!
			.split(',');
		expect(PRESET_2025_04_04.vx[0]).toEqual({
			expiry: '2025-04-16',
			calendarDays: 12,
			settle: Number(row[6]),
		});
	});
	it('the 2025-04-04 closes are the Cboe and Yahoo rows (SPX rounded to 2 dp)', () => {
		const close = (file: string) =>
			Number(
				readFileSync(`${DATA}/${file}`, 'utf8')
					.split('\n')
					.find((l) => l.startsWith('04/04/2025,'))!
					.split(',')[4],
			);
		expect(PRESET_2025_04_04.vix).toBe(close('VIX_History.csv'));
		expect(PRESET_2025_04_04.vix3m).toBe(close('VIX3M_History.csv'));
		expect(PRESET_2025_04_04.spx).toBe(Math.round(close('SPX_History_yahoo_GSPC.csv') * 100) / 100);
	});
	it('rebuilding the modules from the files reproduces the committed text', async () => {
		expect(await presetHistoryModule()).toBe(readFileSync(resolve(process.cwd(), MODULE_PATH), 'utf8'));
		expect(await flipEpisodesModule()).toBe(
			readFileSync(resolve(process.cwd(), EPISODES_MODULE_PATH), 'utf8'),
		);
	});
});
