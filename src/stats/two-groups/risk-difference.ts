import { assertLevel } from "../assert.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";
import { restrictedMlRiskDifference } from "./restricted-ml.js";
import { scoreLimits } from "./score-limits.js";

export interface RiskDifferenceOptions {
  /** "miettinen_nurminen" (default, with N/(N − 1)) or "mee" (without) */
  variance?: "miettinen_nurminen" | "mee";
}

/**
 * Difference of two proportions, exposed minus comparator, with a score interval.
 *
 * Method: Miettinen & Nurminen (1985) [miettinen1985]: z(δ) = (p̂1 − p̂0 − δ)/√V(δ), with
 * V(δ) = [p̃1(1 − p̃1)/n1 + p̃0(1 − p̃0)/n0]·N/(N − 1) at the restricted ML estimates p̃ under δ
 * (`restrictedMlRiskDifference`); `variance: "mee"` drops the factor N/(N − 1) (Mee 1984)
 * [mee1984].
 * Choices: limits by bisection on δ ∈ [−1, 1] to full double precision (`scoreLimits`); zero cells
 * need no correction (the limits stay inside [−1, 1] and reach ±1 only when the estimate does);
 * the point estimate is p̂1 − p̂0; `p` is the two-sided score test of no difference, 2Φ(−|z(0)|),
 * the test the interval inverts (so the interval excludes 0 exactly when p < 1 − level).
 * Checked against: two_by_two.risk_difference_miettinen_nurminen and
 * two_by_two.risk_difference_mee in ../shared/reference.
 * @example
 * ```ts
 * import { riskDifference } from "fgc-toolkit";
 * const rd = riskDifference({ events: 30, n: 100 }, { events: 45, n: 100 });
 * rd.estimate; // => -0.15
 * rd.ci; // => [-0.2795, -0.01553]
 * ```
 */
export function riskDifference(
  exposed: GroupCounts,
  comparator: GroupCounts,
  level = 0.95,
  options: RiskDifferenceOptions = {},
): Estimate {
  const fn = "riskDifference";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const mee = options.variance === "mee";
  const { events: a, n: n1 } = exposed;
  const { events: c, n: n0 } = comparator;
  const N = n1 + n0;
  const factor = mee ? 1 : N / (N - 1);
  const estimate = a / n1 - c / n0;
  const z = (delta: number) => {
    const num = estimate - delta;
    if (num === 0) return 0;
    const r = restrictedMlRiskDifference(delta, a, n1, c, n0);
    const v = ((r.p1 * (1 - r.p1)) / n1 + (r.p0 * (1 - r.p0)) / n0) * factor;
    return num / Math.sqrt(v);
  };
  const ci = scoreLimits(z, estimate, -1, 1, normalQuantile((1 + level) / 2));
  return {
    estimate,
    ci,
    level,
    method: mee ? "two_by_two.risk_difference_mee" : "two_by_two.risk_difference_miettinen_nurminen",
    n: N,
    scale: "identity",
    p: normalTwoSidedP(z(0)),
    references: mee ? ["mee1984", "miettinen1985"] : ["miettinen1985"],
    notes: mee ? ["score interval without the N/(N − 1) variance factor (Mee)"] : [],
  };
}
