import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";

/**
 * Odds ratio, exposed over comparator, with Woolf's log-scale interval
 * exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d)).
 *
 * Method: Woolf (1955) [woolf1955].
 * Choices: no continuity correction; with a zero cell the standard error is infinite and the
 * interval [0, ∞] (noted); no events at all, or events in everyone, is not estimable.
 * Checked against: two_by_two.odds_ratio_woolf (epiR epi.2by2) in ../shared/reference.
 * @example
 * ```ts
 * import { oddsRatioWoolf } from "fgc-toolkit";
 * const or = oddsRatioWoolf({ events: 5, n: 19 }, { events: 5, n: 18 });
 * or.estimate; // => 0.9286
 * or.ci; // => [0.2175, 3.964]
 * ```
 */
export function oddsRatioWoolf(exposed: GroupCounts, comparator: GroupCounts, level = 0.95): Estimate {
  const fn = "oddsRatioWoolf";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const a = exposed.events;
  const b = exposed.n - a;
  const c = comparator.events;
  const d = comparator.n - c;
  const N = exposed.n + comparator.n;
  const method = "two_by_two.odds_ratio_woolf";
  if (a + c === 0) return notEstimable(method, level, N, "no events in either group", ["woolf1955"]);
  if (b + d === 0)
    return notEstimable(method, level, N, "events in every child of both groups", ["woolf1955"]);
  const estimate = a * d === 0 ? 0 : (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = normalQuantile((1 + level) / 2);
  const notes: string[] = [];
  let ci: [number, number];
  if (a * b * c * d === 0) {
    ci = [0, Number.POSITIVE_INFINITY];
    notes.push("a zero cell: Woolf's interval is unbounded; use oddsRatio (score) or fisherExact");
  } else {
    ci = [Math.exp(Math.log(estimate) - z * se), Math.exp(Math.log(estimate) + z * se)];
  }
  return { estimate, ci, level, method, n: N, se, scale: "log", references: ["woolf1955"], notes };
}
