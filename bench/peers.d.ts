// Types for the untyped peer libraries the bench compares against (only the calls it makes).
declare module 'black-scholes' {
	export function blackScholes(
		s: number,
		k: number,
		t: number,
		v: number,
		r: number,
		callPut: 'call' | 'put',
	): number;
	export function stdNormCDF(x: number): number;
	const _default: { blackScholes: typeof blackScholes; stdNormCDF: typeof stdNormCDF };
	export default _default;
}
declare module 'implied-volatility' {
	export function getImpliedVolatility(
		expectedCost: number,
		s: number,
		k: number,
		t: number,
		r: number,
		callPut: 'call' | 'put',
		estimate?: number,
	): number;
	const _default: { getImpliedVolatility: typeof getImpliedVolatility };
	export default _default;
}
declare module 'option-pricing' {
	export class Option {
		constructor(o: {
			style: 'european' | 'american';
			type: 'call' | 'put';
			initialSpotPrice: number;
			strikePrice: number;
			timeToMaturity: number;
			volatility: number;
			riskFreeRate?: number;
			dividendYield?: number;
		});
		price(method: string, params?: unknown): number;
	}
}
