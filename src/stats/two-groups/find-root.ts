/**
 * Root of a monotone function on a bracket by bisection, to the last floating-point digit.
 *
 * Method: bisection (Press et al. 2007, §9.1) [press2007]: slower than Brent's method but it
 * cannot fail on the flat or unbounded score functions of sparse 2×2 tables.
 * Choices: `f(lo)` and `f(hi)` must differ in sign (not checked: the callers bracket by
 * construction); stops when the bracket holds no floating-point number strictly inside, or after
 * 200 halvings (the bracket is then below 1e-15 relative for any finite start).
 * Checked against: the score and exact intervals of tests/stats/two-groups.
 * @example findRoot((x) => x * x - 2, 0, 2) // Math.SQRT2
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number): number {
  const fLo = f(lo);
  if (fLo === 0) return lo;
  const rising = fLo < 0;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    const v = f(mid);
    if (v === 0) return mid;
    if (v < 0 === rising) a = mid;
    else b = mid;
  }
  return a + (b - a) / 2;
}
