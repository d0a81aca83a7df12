import { assertLevel } from "../assert.js";
import type { Estimate } from "../estimate.js";
import { wilsonInterval } from "../proportions/wilson-interval.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";

/**
 * Difference of two proportions, exposed minus comparator, with Newcombe's hybrid score interval:
 * L = δ̂ − √((p̂1 − l1)² + (u0 − p̂0)²), U = δ̂ + √((u1 − p̂1)² + (p̂0 − l0)²), where (l, u) are
 * each group's Wilson limits.
 *
 * Method: Newcombe (1998b), method 10 [newcombe1998b], with Wilson (1927) limits [wilson1927].
 * Choices: Wilson limits without continuity correction.
 * Checked against: hand cases and laws in tests/stats/two-groups/risk-difference-newcombe.test.ts
 * (the reference set has no case for it).
 * @example
 * ```ts
 * import { riskDifferenceNewcombe } from "fgc-toolkit";
 * riskDifferenceNewcombe({ events: 56, n: 70 }, { events: 48, n: 80 }).ci; // => [0.05243, 0.3339]
 * ```
 */
export function riskDifferenceNewcombe(
  exposed: GroupCounts,
  comparator: GroupCounts,
  level = 0.95,
): Estimate {
  const fn = "riskDifferenceNewcombe";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const w1 = wilsonInterval(exposed.events, exposed.n, level);
  const w0 = wilsonInterval(comparator.events, comparator.n, level);
  const p1 = w1.estimate;
  const p0 = w0.estimate;
  const [l1, u1] = w1.ci;
  const [l0, u0] = w0.ci;
  const estimate = p1 - p0;
  return {
    estimate,
    ci: [estimate - Math.hypot(p1 - l1, u0 - p0), estimate + Math.hypot(u1 - p1, p0 - l0)],
    level,
    method: "two_by_two.risk_difference_newcombe",
    n: exposed.n + comparator.n,
    scale: "identity",
    references: ["newcombe1998b", "wilson1927"],
    notes: [],
  };
}
