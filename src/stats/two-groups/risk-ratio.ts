import { assertLevel } from "../assert.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";
import { ratioScoreLimits } from "./ratio-limits.js";
import { restrictedMlRiskRatio } from "./restricted-ml.js";

/**
 * Ratio of two proportions, exposed over comparator, with a score interval.
 *
 * Method: Miettinen & Nurminen (1985) [miettinen1985]: z(φ) = (p̂1 − φp̂0)/√V(φ), with
 * V(φ) = [p̃1(1 − p̃1)/n1 + φ²·p̃0(1 − p̃0)/n0]·N/(N − 1) at the restricted ML estimates under φ
 * (`restrictedMlRiskRatio`).
 * Choices: limits by bisection on ln φ to full precision (`ratioScoreLimits`); no events in the
 * exposed group give estimate and lower limit 0, none in the comparator estimate and upper limit
 * ∞; no events at all is not estimable (NaN and a note); `p` is the two-sided score test of
 * φ = 1, 2Φ(−|z(1)|), the test the interval inverts.
 * Checked against: two_by_two.risk_ratio_miettinen_nurminen in ../shared/reference.
 * @example
 * ```ts
 * import { riskRatio } from "fgc-toolkit";
 * const rr = riskRatio({ events: 30, n: 100 }, { events: 45, n: 100 });
 * rr.estimate; // => 0.6667
 * rr.ci; // => [0.458, 0.9597]
 * ```
 */
export function riskRatio(exposed: GroupCounts, comparator: GroupCounts, level = 0.95): Estimate {
  const fn = "riskRatio";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const { events: a, n: n1 } = exposed;
  const { events: c, n: n0 } = comparator;
  const N = n1 + n0;
  const method = "two_by_two.risk_ratio_miettinen_nurminen";
  if (a === 0 && c === 0)
    return notEstimable(method, level, N, "no events in either group", ["miettinen1985"]);
  const p1 = a / n1;
  const p0 = c / n0;
  const estimate = p1 / p0;
  const factor = N / (N - 1);
  const z = (u: number) => {
    const phi = Math.exp(u);
    const num = p1 - phi * p0;
    if (num === 0) return 0;
    const r = restrictedMlRiskRatio(phi, a, n1, c, n0);
    const v = ((r.p1 * (1 - r.p1)) / n1 + (phi * phi * r.p0 * (1 - r.p0)) / n0) * factor;
    return num / Math.sqrt(v);
  };
  const ci = ratioScoreLimits(z, estimate, normalQuantile((1 + level) / 2));
  const notes: string[] = [];
  if (a === 0) notes.push("no events in the exposed group: estimate and lower limit 0");
  if (c === 0) notes.push("no events in the comparator group: estimate and upper limit infinite");
  const p = normalTwoSidedP(z(0));
  return { estimate, ci, level, method, n: N, scale: "log", p, references: ["miettinen1985"], notes };
}
