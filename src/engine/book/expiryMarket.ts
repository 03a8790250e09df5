// What one SPX expiry needs for pricing: forward, time, rate and the smile as a function of strike.

export interface ExpiryMarket {
	/** Forward of SPX to the expiry (index points). */
	F: number;
	/** Years from valuation to settlement. */
	T: number;
	/** Continuously compounded rate per year. */
	r: number;
	/** Black vol (decimal) at strike K (index points), from the smile. */
	volAt(K: number): number;
}
