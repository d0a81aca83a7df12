import { assertEvents, assertLevel } from "../assert.js";
import { betaQuantilePair } from "../distributions/beta.js";
import type { Estimate } from "../estimate.js";

/**
 * Jeffreys interval for a single proportion x/n: equal-tailed quantiles of the Beta(x + ½,
 * n − x + ½) posterior under the Jeffreys prior.
 *
 * Method: Brown, Cai & DasGupta (2001) [brown2001].
 * Choices: lower 0 at x = 0 and upper 1 at x = n, as Brown et al. recommend.
 * Checked against: proportion_ci.jeffreys in ../shared/reference.
 * @example
 * ```ts
 * import { jeffreysInterval } from "fgc-toolkit";
 * jeffreysInterval(2, 47).ci; // => [0.008947, 0.1296]
 * ```
 */
export function jeffreysInterval(x: number, n: number, level = 0.95): Estimate {
  const fn = "jeffreysInterval";
  assertEvents(fn, x, n);
  assertLevel(fn, level);
  const alpha = (1 - level) / 2;
  const lower = x === 0 ? 0 : betaQuantilePair(alpha, x + 0.5, n - x + 0.5)[0];
  const upper = x === n ? 1 : betaQuantilePair(alpha, x + 0.5, n - x + 0.5, true)[0];
  return {
    estimate: x / n,
    ci: [lower, upper],
    level,
    method: "proportion_ci.jeffreys",
    n,
    references: ["brown2001"],
    notes: [],
  };
}
