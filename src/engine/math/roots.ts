// Root finding on a bracket.

/**
 * Root of f on [a, b] where fa = f(a) and fb = f(b) differ in sign: the Illinois false-position method, exact in one
 * step where f is linear (most of a payoff at expiry) and safe at its kinks; stops when |f| < `tol` or the bracket
 * is below 1e-9.
 * @example falsePosition((x) => x - 2, 0, 5, -2, 3) // 2
 */
export function falsePosition(
	f: (x: number) => number,
	a: number,
	b: number,
	fa: number,
	fb: number,
	tol = 1e-3,
): number {
	let side = 0;
	for (let i = 0; i < 60; i++) {
		const c = (a * fb - b * fa) / (fb - fa);
		const fc = f(c);
		if (Math.abs(fc) < tol || b - a < 1e-9) return c;
		if (fc < 0 === fb < 0) {
			b = c;
			fb = fc;
			if (side === -1) fa /= 2;
			side = -1;
		} else {
			a = c;
			fa = fc;
			if (side === 1) fb /= 2;
			side = 1;
		}
	}
	return 0.5 * (a + b);
}

/**
 * Where an increasing g crosses 0 on [lo, hi], by bisection: the midpoint of the last bracket after `maxIter` halvings
 * or once it is narrower than `xTol`. Without a crossing it converges to the end nearer one (lo when g > 0 throughout,
 * hi when g < 0 throughout).
 * @example bisectIncreasing((x) => x * x * x - 2, 0, 2) // 1.2599… (∛2)
 */
export function bisectIncreasing(
	g: (x: number) => number,
	lo: number,
	hi: number,
	maxIter = 100,
	xTol = 1e-12,
): number {
	for (let i = 0; i < maxIter && hi - lo > xTol; i++) {
		const mid = 0.5 * (lo + hi);
		if (g(mid) < 0) lo = mid;
		else hi = mid;
	}
	return 0.5 * (lo + hi);
}
