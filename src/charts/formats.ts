// How a chart prints its numbers, handed in by the app: the charts import no app code, so the app's one number format
// (its minus sign, its dash for a missing value, its money style) reaches them as this bundle of functions.

export interface ChartFormats {
	/** Index points with `digits` decimals. */
	pts(value: number, digits?: number): string;
	/** Dollars, whole, '+' on gains when signed. */
	usd(value: number, opts?: { signed?: boolean }): string;
	/** Dollars in a short form for ticks and legends ($12k). */
	usdCompact(value: number, opts?: { signed?: boolean }): string;
	/** A number already in percent (−10 → '−10 %'). */
	pctFromPercent(value: number, opts?: { digits?: number; signed?: boolean }): string;
	/** A fraction in percent (0.1 → '10 %'). */
	pctFromFraction(value: number, opts?: { digits?: number }): string;
	/** A whole number with separators. */
	int(value: number): string;
}
