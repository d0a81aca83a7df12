import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";

/**
 * Difference of two proportions, exposed minus comparator, with the Wald interval
 * δ̂ ± z·√(p̂1(1 − p̂1)/n1 + p̂0(1 − p̂0)/n0).
 *
 * Method: the normal approximation, as compared by Newcombe (1998b, method 1) [newcombe1998b].
 * Choices: not clipped to [−1, 1]; with 0 or all events in both groups the interval has zero
 * width (noted). Kept for comparison with published tables; prefer `riskDifference`.
 * Checked against: two_by_two.risk_difference_wald (epiR epi.2by2) in ../shared/reference.
 * @example
 * ```ts
 * import { riskDifferenceWald } from "fgc-toolkit";
 * const rd = riskDifferenceWald({ events: 30, n: 100 }, { events: 45, n: 100 });
 * rd.estimate; // => -0.15
 * rd.ci; // => [-0.2826, -0.01743]
 * ```
 */
export function riskDifferenceWald(exposed: GroupCounts, comparator: GroupCounts, level = 0.95): Estimate {
  const fn = "riskDifferenceWald";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const p1 = exposed.events / exposed.n;
  const p0 = comparator.events / comparator.n;
  const se = Math.sqrt((p1 * (1 - p1)) / exposed.n + (p0 * (1 - p0)) / comparator.n);
  const z = normalQuantile((1 + level) / 2);
  const estimate = p1 - p0;
  const notes = ["limits not clipped to [−1, 1]"];
  if (se === 0) notes.push("both proportions are 0 or 1: the Wald interval has zero width");
  return {
    estimate,
    ci: [estimate - z * se, estimate + z * se],
    level,
    method: "two_by_two.risk_difference_wald",
    n: exposed.n + comparator.n,
    se,
    scale: "identity",
    references: ["newcombe1998b"],
    notes,
  };
}
