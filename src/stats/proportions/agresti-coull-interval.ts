import { assertEvents, assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";

/**
 * Agresti–Coull interval for a single proportion: the Wald interval around
 * p̃ = (x + z²/2)/(n + z²) with ñ = n + z².
 *
 * Method: Agresti & Coull (1998) [agresti1998].
 * Choices: not clipped to [0, 1] (limits may fall outside when x is near 0 or n), as the
 * reference set computes it; the point estimate reported is x/n.
 * Checked against: proportion_ci.agresti_coull in ../shared/reference.
 * @example
 * ```ts
 * import { agrestiCoullInterval } from "fgc-toolkit";
 * agrestiCoullInterval(6, 6).ci; // => [0.5572, 1.052]
 * ```
 */
export function agrestiCoullInterval(x: number, n: number, level = 0.95): Estimate {
  const fn = "agrestiCoullInterval";
  assertEvents(fn, x, n);
  assertLevel(fn, level);
  const z = normalQuantile((1 + level) / 2);
  const nTilde = n + z * z;
  const pTilde = (x + (z * z) / 2) / nTilde;
  const se = Math.sqrt((pTilde * (1 - pTilde)) / nTilde);
  return {
    estimate: x / n,
    ci: [pTilde - z * se, pTilde + z * se],
    level,
    method: "proportion_ci.agresti_coull",
    n,
    references: ["agresti1998"],
    notes: ["limits not clipped to [0, 1]"],
  };
}
