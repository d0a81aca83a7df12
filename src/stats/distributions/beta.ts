// Beta distribution with shapes a, b > 0.
//
// Method: regularised incomplete beta (`incompleteBeta`, A&S 1964 26.5.8) [abramowitz1964];
// quantiles by safeguarded Newton iteration in ln x on the log tail (`invertTail`), started from
// the normal approximation or, in the tails, from I_x(a, b) ≈ x^a / (a·B(a, b)).
// Choices: a quantile above ½ is solved as 1 − (the matching quantile of Beta(b, a)), so that
// both x and 1 − x are known to full relative precision (`betaQuantilePair`); relative accuracy
// about 1e-13.
// Checked against: I_x(1, b) = 1 − (1 − x)^b and its inverse (tests/stats/distributions/beta.test.ts).
// @example betaQuantile(0.5, 2, 2) // 0.5
import { incompleteBeta, logBetaPrefix } from "./incomplete-beta.js";
import { invertTail } from "./invert-tail.js";
import { logGamma } from "./log-gamma.js";
import { normalQuantile } from "./normal.js";

/**
 * Beta(a, b) distribution function, the regularised incomplete beta I_x(a, b).
 *
 * Method: Abramowitz & Stegun (1964), 26.5.8; relative accuracy about 1e-13.
 * @example
 * ```ts
 * import { betaCdf } from "fgc-toolkit";
 * betaCdf(0.3, 2, 5); // => 0.5798
 * ```
 */
export function betaCdf(x: number, a: number, b: number): number {
  return incompleteBeta(x, a, b).lower;
}

/** Upper tail P(X > x). */
export function betaSf(x: number, a: number, b: number): number {
  return incompleteBeta(x, a, b).upper;
}

/**
 * Beta(a, b) quantile: the x with P(X ≤ x) = p.
 *
 * Method: safeguarded Newton iteration in ln x on the log tail, from the normal approximation or,
 * in the tails, from I_x(a, b) ≈ x^a / (a·B(a, b)); relative accuracy about 1e-13.
 * @example
 * ```ts
 * import { betaQuantile } from "fgc-toolkit";
 * betaQuantile(0.025, 3, 46); // => 0.01308
 * ```
 */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantilePair(p, a, b)[0];
}

/**
 * The x with P(X ≤ x) = p (or P(X > x) = p when `upper`), returned as [x, 1 − x] with each
 * element computed to full relative precision.
 */
export function betaQuantilePair(p: number, a: number, b: number, upper = false): [number, number] {
  if (Number.isNaN(p) || Number.isNaN(a) || Number.isNaN(b) || p < 0 || p > 1 || a <= 0 || b <= 0) {
    return [Number.NaN, Number.NaN];
  }
  const lowerP = upper ? 1 - p : p;
  if (p === 0) return upper ? [1, 0] : [0, 1];
  if (p === 1) return upper ? [0, 1] : [1, 0];
  // Which side of ½ is the answer on? P(X ≤ ½) against the target lower-tail probability.
  const half = incompleteBeta(0.5, a, b);
  const aboveHalf = upper ? half.upper > p : half.lower < lowerP;
  if (!aboveHalf) {
    const x = solveBeta(p, a, b, upper);
    return [x, 1 - x];
  }
  // X > ½: solve Y = 1 − X ~ Beta(b, a), whose lower tail is X's upper tail.
  const y = solveBeta(p, b, a, !upper);
  return [1 - y, y];
}

/** Solves the tail equation in x ∈ (0, ½]. */
function solveBeta(target: number, a: number, b: number, upperTail: boolean): number {
  // Work with the tail whose probability is at most ½: its complement 1 − p is exact then.
  const p = target > 0.5 ? 1 - target : target;
  const upper = target > 0.5 ? !upperTail : upperTail;
  const tail = (x: number) => {
    const t = incompleteBeta(x, a, b);
    return upper ? t.upper : t.lower;
  };
  const logDensity = (x: number) => logBetaPrefix(x, 1 - x, a, b) - Math.log(x) - Math.log1p(-x);
  const lowerP = upper ? 1 - p : p;
  const s = a + b;
  let start = a / s + normalQuantile(lowerP) * Math.sqrt((a * b) / (s * s * (s + 1)));
  if (!(start > 0 && start < 0.5)) {
    // I_x(a, b) ≈ x^a / (a B(a, b)) near 0.
    start = Math.exp((Math.log(a * lowerP) + logGamma(a) + logGamma(b) - logGamma(s)) / a);
  }
  if (!(start > 0 && start <= 0.5)) start = 0.25;
  return invertTail({ p, tail, logDensity, upper, start, lo: 0, hi: 0.5 });
}
