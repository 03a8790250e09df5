// The greek set every pricing function returns.

/**
 * Sensitivities of one option (per unit of underlying, not multiplied by a contract size).
 * delta, gamma: per 1.00 of the underlying (spot for BSM, forward for Black-76); vega: per 1.00 of volatility
 * (divide by 100 for one vol point); theta: per year of calendar time (−∂V/∂T; divide by 365 for a day);
 * rho: per 1.00 of the rate; dividendRho: per 1.00 of the dividend yield (0 for Black-76).
 */
export interface Greeks {
	delta: number;
	gamma: number;
	vega: number;
	theta: number;
	rho: number;
	dividendRho: number;
}
