import { describe, expect, it } from 'vitest';
import { eventSentence } from '../../../src/ui/history/replayText';
import type { ReplayEvent } from '../../../src/engine';

const why = {
	vix: 17.31,
	vix3m: 17.03,
	rsi: 74.6,
	backwardation: true,
	dteDays: 12,
	condorPnlUsd: -1314,
	soqSource: null,
};
const event = (e: Partial<ReplayEvent>): ReplayEvent => ({
	date: '2018-02-02',
	step: 10,
	rule: 'entry',
	layer: null,
	expiry: '2018-03-05',
	strike: null,
	contracts: 1,
	pricePts: 9.88,
	why,
	...e,
});

describe('eventSentence', () => {
	it('words the condor entry and a call trade', () => {
		expect(eventSentence(event({}))).toBe(
			'Entry: sold 1 condor for 9.88 each, expiring 5 Mar 2018 — VIX 17.31 > VIX3M 17.03, RSI 75',
		);
		expect(
			eventSentence(
				event({
					rule: 'monetize',
					layer: 'near',
					strike: 22,
					expiry: '2018-02-14',
					contracts: -4,
					pricePts: 3.1,
				}),
			),
		).toBe('Monetize: sold 4 near calls (K 22, 14 Feb 2018) at 3.10 — VIX 17.31 > VIX3M 17.03, RSI 75');
	});
	it('words a settlement with where its value came from', () => {
		const e = event({ rule: 'settlement', layer: 'mid', contracts: 0, pricePts: 18.2 });
		expect(eventSentence({ ...e, why: { ...why, soqSource: 'real' } })).toBe(
			'Mid calls settled at 18.20 (the CFE final settlement)',
		);
		expect(eventSentence({ ...e, why: { ...why, soqSource: 'priorClose' } })).toMatch(/VIX’s last close/);
	});
	it('words the condor’s early closes and its expiry with its P&L', () => {
		expect(eventSentence(event({ rule: 'stop', contracts: -1, pricePts: 19.76 }))).toBe(
			'Stop: closed 1 condor at 19.76 — condor P&L −$1,314',
		);
		expect(eventSentence(event({ rule: 'expiry', contracts: 0, pricePts: 0 }))).toMatch(
			/^Condor expired: worth 0.00/,
		);
	});
});
