// The replay's events in words (the engine gives numbers only): what fired, on which day, and the readings behind it.
import type { ReplayEvent } from '../../engine';
import { isoDateLabel, layerName, num, pts, usd } from '../../text/format';

const calls = (n: number) =>
	`${num(Math.abs(n), Number.isInteger(n) ? 0 : 2)} ${Math.abs(n) === 1 ? 'call' : 'calls'}`;

/** The readings a rule fired on: 'VIX 37.32 > VIX3M 27.35, RSI 88'. */
function readings(e: ReplayEvent): string {
	const w = e.why;
	const term = w.vix3m === null ? '' : ` ${w.backwardation ? '>' : '≤'} VIX3M ${pts(w.vix3m)}`;
	const rsi = w.rsi === null ? '' : `, RSI ${num(w.rsi, 0)}`;
	return `VIX ${pts(w.vix)}${term}${rsi}`;
}

/** One sentence for an event, e.g. 'Monetize: sold 4 near calls (K 22, Feb 18) at 3.10 — VIX 17.31 > VIX3M 17.03, RSI 75'. */
export function eventSentence(e: ReplayEvent): string {
	const layer = e.layer ? `${layerName(e.layer).toLowerCase()} ` : '';
	const leg =
		e.strike === null ? '' : ` (K ${num(e.strike, e.strike % 1 === 0 ? 0 : 1)}, ${isoDateLabel(e.expiry)})`;
	const traded = `${e.contracts > 0 ? 'bought' : 'sold'} ${calls(e.contracts).replace('call', `${layer}call`)}${leg} at ${pts(e.pricePts)}`;
	const condors = `${num(Math.abs(e.contracts), 0)} condor${Math.abs(e.contracts) === 1 ? '' : 's'}`;
	const pnl = `condor P&L ${usd(e.why.condorPnlUsd, { signed: true })}`;
	switch (e.rule) {
		case 'entry':
			return e.layer === null
				? `Entry: sold ${condors} for ${pts(e.pricePts)} each, expiring ${isoDateLabel(e.expiry)} — ${readings(e)}`
				: `Entry: ${traded}`;
		case 'promoter':
			return `Promoter: ${traded} — ${e.why.backwardation ? 'into' : 'out of'} backwardation, ${readings(e)}`;
		case 'monetize':
			return `Monetize: ${traded} — ${readings(e)}`;
		case 'roll':
			return `Roll: ${traded} — ${num(e.why.dteDays, 0)} days left`;
		case 'takeProfit':
			return `Take profit: closed ${condors} at ${pts(e.pricePts)} — ${pnl}`;
		case 'stop':
			return `Stop: closed ${condors} at ${pts(e.pricePts)} — ${pnl}`;
		case 'closeAtDte':
			return `Closed ${condors} at ${num(e.why.dteDays, 0)} days to expiry, at ${pts(e.pricePts)} — ${pnl}`;
		case 'settlement':
			return `${layerName(e.layer ?? '')} calls settled at ${pts(e.pricePts)} (${
				e.why.soqSource === 'real'
					? 'the CFE final settlement'
					: 'VIX’s last close before the open, no SOQ stored'
			})`;
		case 'expiry':
			return `Condor expired: worth ${pts(e.pricePts)} on SPX's close — ${pnl}`;
	}
}
