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
