import { StatsError } from "../../util/errors.js";
import { assertFiniteArray, assertLevel } from "../assert.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";

/**
 * Complier average causal effect by the Wald (instrumental-variable) ratio: the intention-to-treat
 * difference in the outcome divided by the difference in receipt of the intervention, assigned
 * arm minus comparator arm.
 *
 * Method: Angrist, Imbens & Rubin (1996) [angrist1996]: under randomisation, exclusion and
 * monotonicity, (ȳ₁ − ȳ₀)/(d̄₁ − d̄₀) is the effect among compliers.
 * Choices: SE by the delta method treating children as independent (no clustering, no fixed
 * effects; use caceTwoStageLeastSquares for those): var = [V_y − 2·ratio·C + ratio²·V_d]/Δd²,
 * with V_y, V_d, C the arm-wise sample (co)variances (denominator n − 1) over n, summed over
 * arms; normal interval. Not estimable when receipt does not differ between arms.
 * Checked against: iv.cace (wald_ratio).
 * @example
 * ```ts
 * import { caceWaldRatio } from "fgc-toolkit";
 * caceWaldRatio([1, 0, 0, 1, 1, 0], [1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 0]).estimate; // => 0
 * ```
 */
export function caceWaldRatio(
  outcome: ArrayLike<number>,
  received: ArrayLike<number>,
  assigned: ArrayLike<number>,
  level = 0.95,
): Estimate {
  const fn = "caceWaldRatio";
  assertLevel(fn, level);
  const n = outcome.length;
  if (received.length !== n)
    throw new StatsError(fn, "received.length", received.length, `outcome.length (${n})`);
  if (assigned.length !== n)
    throw new StatsError(fn, "assigned.length", assigned.length, `outcome.length (${n})`);
  assertFiniteArray(fn, "outcome", outcome);
  assertFiniteArray(fn, "received", received);
  for (let i = 0; i < n; i++)
    if (assigned[i] !== 0 && assigned[i] !== 1)
      throw new StatsError(fn, `assigned[${i}]`, assigned[i], "0 or 1");
  const method = "iv.cace_wald_ratio";
  const refs = ["angrist1996"];
  const arms = [0, 1].map((g) => armMoments(outcome, received, assigned, g));
  if (arms[0].n === 0 || arms[1].n === 0) return notEstimable(method, level, n, "one arm is empty", refs);
  const dy = arms[1].my - arms[0].my;
  const dd = arms[1].md - arms[0].md;
  if (dd === 0)
    return notEstimable(method, level, n, "receipt does not differ between arms (no compliers)", refs);
  const ratio = dy / dd;
  let vy = 0;
  let vd = 0;
  let c = 0;
  for (const a of arms) {
    vy += a.vy / a.n;
    vd += a.vd / a.n;
    c += a.cyd / a.n;
  }
  const se = Math.sqrt((vy - 2 * ratio * c + ratio * ratio * vd) / (dd * dd));
  const z = normalQuantile((1 + level) / 2);
  return {
    estimate: ratio,
    ci: [ratio - z * se, ratio + z * se],
    level,
    method,
    n,
    se,
    scale: "identity",
    p: se > 0 ? normalTwoSidedP(ratio / se) : Number.NaN,
    references: refs,
    notes: [
      `ITT difference in outcome ${dy} over difference in receipt ${dd}; delta-method SE treating rows as independent`,
    ],
  };
}

function armMoments(y: ArrayLike<number>, d: ArrayLike<number>, z: ArrayLike<number>, g: number) {
  let n = 0;
  let sy = 0;
  let sd = 0;
  for (let i = 0; i < y.length; i++)
    if (z[i] === g) {
      n++;
      sy += y[i];
      sd += d[i];
    }
  const my = sy / n;
  const md = sd / n;
  let vy = 0;
  let vd = 0;
  let cyd = 0;
  for (let i = 0; i < y.length; i++)
    if (z[i] === g) {
      vy += (y[i] - my) ** 2;
      vd += (d[i] - md) ** 2;
      cyd += (y[i] - my) * (d[i] - md);
    }
  const den = n > 1 ? n - 1 : Number.NaN;
  return { n, my, md, vy: vy / den, vd: vd / den, cyd: cyd / den };
}
