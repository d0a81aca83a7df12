// Gamma distribution with shape a and scale 1.
//
// Method: regularised incomplete gamma (`incompleteGamma`, A&S 1964 6.5) [abramowitz1964];
// quantiles by safeguarded Newton iteration in ln x on the log of the smaller tail
// (`invertTail`), started from the Wilson–Hilferty cube-root approximation (Wilson & Hilferty
// 1931) [wilson1931] or, deep in the lower tail, from P(a, x) ≈ x^a / Γ(a + 1).
// Choices: relative accuracy about 1e-13 in both tails.
// Checked against: shape 1 is the exponential distribution (tests/stats/distributions/gamma.test.ts).
// @example gammaQuantile(0.5, 1) // Math.LN2
import { incompleteGamma, logGammaPrefix } from "./incomplete-gamma.js";
import { invertTail } from "./invert-tail.js";
import { logGamma } from "./log-gamma.js";
import { normalQuantile } from "./normal.js";

export function gammaCdf(x: number, a: number): number {
  return incompleteGamma(a, x).lower;
}

/** Upper tail P(X > x). */
export function gammaSf(x: number, a: number): number {
  return incompleteGamma(a, x).upper;
}

/** The x with P(X ≤ x) = p. */
export function gammaQuantile(p: number, a: number): number {
  if (p > 0.5) return solveGamma(1 - p, a, true);
  return solveGamma(p, a, false);
}

/** The x with P(X > x) = p, precise for small p. */
export function gammaQuantileUpper(p: number, a: number): number {
  if (p > 0.5) return solveGamma(1 - p, a, false);
  return solveGamma(p, a, true);
}

function solveGamma(q: number, a: number, upper: boolean): number {
  if (Number.isNaN(q) || Number.isNaN(a) || q < 0 || q > 1 || a <= 0) return Number.NaN;
  if (q === 0) return upper ? Number.POSITIVE_INFINITY : 0;
  if (q === 1) return upper ? 0 : Number.POSITIVE_INFINITY;
  const z = normalQuantile(upper ? 1 - q : q);
  const c = 1 / (9 * a);
  let start = a * (1 - c + z * Math.sqrt(c)) ** 3;
  const small = Math.exp((Math.log(upper ? 1 - q : q) + logGamma(a + 1)) / a);
  if (!(start > 0) || (!upper && small < 0.2 * a)) start = small;
  if (!(start > 0)) start = Number.MIN_VALUE;
  return invertTail({
    p: q,
    tail: (x) => (upper ? incompleteGamma(a, x).upper : incompleteGamma(a, x).lower),
    logDensity: (x) => logGammaPrefix(a, x) - Math.log(x),
    upper,
    start,
    lo: 0,
    hi: Number.POSITIVE_INFINITY,
  });
}
