// Horizon buckets shared by the measurements: calendar days to a VX expiry, (lo, hi].
export interface Bucket {
	lo: number;
	hi: number;
	label: string;
}

function buckets(edges: readonly number[]): Bucket[] {
	return edges
		.slice(1)
		.map((hi, i) => ({ lo: edges[i], hi, label: `${edges[i] + (i === 0 ? 1 : 0)}–${hi}` }));
}

/** Horizons of the futures risk premium: 1–15, 15–30, …, 200–270 calendar days. */
export const HORIZON_BUCKETS = buckets([0, 15, 30, 60, 90, 135, 200, 270]);
/** The same plus the far contracts (270–400 days), for the proxy error. */
export const TENOR_BUCKETS = buckets([0, 15, 30, 60, 90, 135, 200, 270, 400]);

export function bucketOf(list: readonly Bucket[], days: number): Bucket | undefined {
	return list.find((b) => days > b.lo && days <= b.hi);
}
