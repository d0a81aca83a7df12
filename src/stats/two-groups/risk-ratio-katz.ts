import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";

/**
 * Ratio of two proportions, exposed over comparator, with the log-scale (Katz) interval
 * exp(ln RR ± z·√(1/a − 1/n1 + 1/c − 1/n0)).
 *
 * Method: Katz, Baptista, Azen & Pike (1978) [katz1978].
 * Choices: no continuity correction; with a zero in a or c the standard error is infinite and the
 * interval [0, ∞] (noted); no events at all is not estimable.
 * Checked against: two_by_two.risk_ratio_log (epiR epi.2by2) in ../shared/reference.
 * @example
 * ```ts
 * import { riskRatioKatz } from "fgc-toolkit";
 * const rr = riskRatioKatz({ events: 5, n: 19 }, { events: 5, n: 18 });
 * rr.estimate; // => 0.9474
 * rr.ci; // => [0.3286, 2.731]
 * ```
 */
export function riskRatioKatz(exposed: GroupCounts, comparator: GroupCounts, level = 0.95): Estimate {
  const fn = "riskRatioKatz";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const { events: a, n: n1 } = exposed;
  const { events: c, n: n0 } = comparator;
  const method = "two_by_two.risk_ratio_log";
  if (a === 0 && c === 0)
    return notEstimable(method, level, n1 + n0, "no events in either group", ["katz1978"]);
  const estimate = a / n1 / (c / n0);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  const z = normalQuantile((1 + level) / 2);
  const notes: string[] = [];
  let ci: [number, number];
  if (a === 0 || c === 0) {
    ci = [0, Number.POSITIVE_INFINITY];
    notes.push("a group without events: the log-scale interval is unbounded; use riskRatio (score)");
  } else {
    ci = [Math.exp(Math.log(estimate) - z * se), Math.exp(Math.log(estimate) + z * se)];
  }
  return { estimate, ci, level, method, n: n1 + n0, se, scale: "log", references: ["katz1978"], notes };
}
