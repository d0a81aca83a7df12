import { assertEvents, assertLevel } from "../assert.js";
import { betaQuantilePair } from "../distributions/beta.js";
import type { Estimate } from "../estimate.js";

/**
 * Clopper–Pearson ("exact") interval for a single proportion x/n: the limits are the beta
 * quantiles B(α/2; x, n − x + 1) and B(1 − α/2; x + 1, n − x), with α = 1 − level.
 *
 * Method: Clopper & Pearson (1934) [clopper1934]; the beta form of the binomial tail
 * (Brown, Cai & DasGupta 2001) [brown2001].
 * Choices: as R's binom.test: lower 0 at x = 0, upper 1 at x = n.
 * Checked against: proportion_ci.clopper_pearson in ../shared/reference.
 * @example
 * ```ts
 * import { clopperPearsonInterval } from "fgc-toolkit";
 * clopperPearsonInterval(2, 47).ci; // => [0.005196, 0.1454]
 * ```
 */
export function clopperPearsonInterval(x: number, n: number, level = 0.95): Estimate {
  const fn = "clopperPearsonInterval";
  assertEvents(fn, x, n);
  assertLevel(fn, level);
  const alpha = (1 - level) / 2;
  const lower = x === 0 ? 0 : betaQuantilePair(alpha, x, n - x + 1)[0];
  const upper = x === n ? 1 : betaQuantilePair(alpha, x + 1, n - x, true)[0];
  return {
    estimate: x / n,
    ci: [lower, upper],
    level,
    method: "proportion_ci.clopper_pearson",
    n,
    references: ["clopper1934", "brown2001"],
    notes: [],
  };
}
