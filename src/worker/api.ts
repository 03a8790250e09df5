// The calls the UI may make into the engine. Runs inside the module worker (engine.worker.ts) or, where workers
// fail, on the main thread — so it holds no state and touches nothing but the engine.
import { classifyCurve, defaultMarket, type MarketSnapshot } from '../engine';

export const api = {
	defaultMarket(): MarketSnapshot {
		return defaultMarket();
	},

	/** The regime label and the numbers behind it, for the market's VX curve. */
	classify(market: MarketSnapshot) {
		return classifyCurve({
			valuationDate: market.valuationDate,
			vix: market.vix,
			vix3m: market.vix3m,
			futures: market.futures,
		});
	},
};

export type EngineApi = typeof api;
