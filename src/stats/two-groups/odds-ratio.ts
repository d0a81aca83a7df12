import { assertLevel } from "../assert.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { assertGroups, type GroupCounts } from "./group-counts.js";
import { ratioScoreLimits } from "./ratio-limits.js";
import { restrictedMlOddsRatio } from "./restricted-ml.js";

/**
 * Odds ratio, exposed over comparator, with a score interval.
 *
 * Method: Miettinen & Nurminen (1985) [miettinen1985]: z(ψ) = (a − n1p̃1)·√(W(ψ)·(N − 1)/N), with
 * W = 1/(n1p̃1(1 − p̃1)) + 1/(n0p̃0(1 − p̃0)) at the restricted ML estimates under ψ
 * (`restrictedMlOddsRatio`).
 * Choices: limits by bisection on ln ψ to full precision (`ratioScoreLimits`); a zero in a or in
 * n0 − c gives estimate and lower limit 0, a zero in c or in n1 − a estimate and upper limit ∞;
 * no events at all, or events in everyone, is not estimable (NaN and a note); `p` is the
 * two-sided score test of ψ = 1, 2Φ(−|z(1)|), the test the interval inverts.
 * Checked against: two_by_two.odds_ratio_miettinen_nurminen in ../shared/reference.
 * @example
 * ```ts
 * import { oddsRatio } from "fgc-toolkit";
 * const or = oddsRatio({ events: 30, n: 100 }, { events: 45, n: 100 });
 * or.estimate; // => 0.5238
 * or.ci; // => [0.2932, 0.936]
 * ```
 */
export function oddsRatio(exposed: GroupCounts, comparator: GroupCounts, level = 0.95): Estimate {
  const fn = "oddsRatio";
  assertGroups(fn, exposed, comparator);
  assertLevel(fn, level);
  const { events: a, n: n1 } = exposed;
  const { events: c, n: n0 } = comparator;
  const b = n1 - a;
  const d = n0 - c;
  const N = n1 + n0;
  const method = "two_by_two.odds_ratio_miettinen_nurminen";
  const refs = ["miettinen1985"];
  if (a + c === 0) return notEstimable(method, level, N, "no events in either group", refs);
  if (b + d === 0) return notEstimable(method, level, N, "events in every child of both groups", refs);
  const estimate = a * d === 0 ? 0 : (a * d) / (b * c);
  const factor = (N - 1) / N;
  const z = (u: number) => {
    const psi = Math.exp(u);
    const r = restrictedMlOddsRatio(psi, a, n1, c, n0);
    // a − n1p̃1 = n1q̃1 − b = n0p̃0 − c = d − n0q̃0 (the margins are fixed): take the form whose
    // terms are smallest, so a boundary table does not lose the score to cancellation.
    const num = smallestDifference([
      [a, n1 * r.p1],
      [n1 * r.q1, b],
      [n0 * r.p0, c],
      [d, n0 * r.q0],
    ]);
    if (num === 0) return 0;
    const w = 1 / (n1 * r.p1 * r.q1) + 1 / (n0 * r.p0 * r.q0);
    return num * Math.sqrt(w * factor);
  };
  const ci = ratioScoreLimits(z, estimate, normalQuantile((1 + level) / 2));
  const notes: string[] = [];
  if (a * d === 0) notes.push("a zero cell (a or n0 − c): estimate and lower limit 0");
  if (b * c === 0) notes.push("a zero cell (c or n1 − a): estimate and upper limit infinite");
  const p = normalTwoSidedP(z(0));
  return { estimate, ci, level, method, n: N, scale: "log", p, references: refs, notes };
}

/** x − y for the pair with the smallest max(|x|, |y|). */
function smallestDifference(pairs: [number, number][]): number {
  let best = pairs[0];
  for (const pair of pairs) if (Math.max(pair[0], pair[1]) < Math.max(best[0], best[1])) best = pair;
  return best[0] - best[1];
}
