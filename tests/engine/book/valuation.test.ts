import { describe, expect, it } from 'vitest';
import { black76Price, condorValue, curveFuture, markLegs, type Leg } from '../../../src/engine';
import { defaultBook } from '../../fixtures/book';

const { model, condor, ladder } = defaultBook();

describe('markLegs', () => {
	it('marks the condor’s four legs to the same value as condorValue, with zero P&L at entry', () => {
		const k = condor.strikes;
		const px = (kind: 'call' | 'put', K: number) =>
			black76Price(kind, model.spx.F, K, model.spx.T, model.spx.r, model.spx.volAt(K));
		const legs: Leg[] = [
			{ type: 'spxOption', kind: 'put', strike: k.longPut, qty: 1, entryPts: px('put', k.longPut) },
			{ type: 'spxOption', kind: 'put', strike: k.shortPut, qty: -1, entryPts: px('put', k.shortPut) },
			{ type: 'spxOption', kind: 'call', strike: k.shortCall, qty: -1, entryPts: px('call', k.shortCall) },
			{ type: 'spxOption', kind: 'call', strike: k.longCall, qty: 1, entryPts: px('call', k.longCall) },
		];
		const marks = markLegs(legs, model.spx, model.vix, model.vxYears);
		const shortValue = -marks.reduce((s, m, i) => s + m.markPts * legs[i].qty, 0);
		expect(shortValue).toBeCloseTo(condorValue(k, model.spx), 12);
		marks.forEach((m) => expect(m.pnlUsd).toBeCloseTo(0, 9));
		expect(marks.reduce((s, m) => s + m.deltaUsd, 0)).toBeCloseTo(condor.deltaUsd, 6);
	});
	it('marks VIX calls on their own expiry’s future like the ladder, and VX futures at $1,000 a point', () => {
		const near = ladder.layers[0];
		const legs: Leg[] = [
			{
				type: 'vixOption',
				kind: 'call',
				expiry: near.expiry,
				strike: near.strike,
				qty: 4,
				entryPts: near.pricePts,
			},
			{ type: 'vxFuture', expiry: near.expiry, mini: false, qty: -1, entryPts: 17 },
			{ type: 'vxFuture', expiry: near.expiry, mini: true, qty: 1, entryPts: 17 },
		];
		const [call, vx, mini] = markLegs(legs, model.spx, model.vix, model.vxYears);
		expect(call.markPts).toBeCloseTo(near.pricePts, 12);
		const F = curveFuture(model.vix.curve, model.vxYears(near.expiry));
		expect(vx.pnlUsd).toBeCloseTo(-(F - 17) * 1000, 9);
		expect(mini.pnlUsd).toBeCloseTo((F - 17) * 100, 9);
		expect(vx.deltaUsd).toBe(-1000);
	});
});
