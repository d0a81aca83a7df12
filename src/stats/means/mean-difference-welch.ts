import { assertLevel } from "../assert.js";
import { tQuantile, tTwoSidedP } from "../distributions/t.js";
import type { Estimate } from "../estimate.js";
import { asMeanSummary, type MeanSummary } from "./mean-summary.js";

export const meanDifferenceWelchMethod = "means.mean_difference_welch";

export interface WelchMeanDifference extends Estimate {
  /** Welch–Satterthwaite degrees of freedom */
  df: number;
}

/**
 * Difference of two means, exposed minus comparator, with Welch's t interval and test for
 * unequal variances.
 *
 * Method: Welch (1947) [welch1947] with the Welch–Satterthwaite degrees of freedom,
 * Satterthwaite (1946) [satterthwaite1946]: se² = s₁²/n₁ + s₀²/n₀,
 * df = se⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₀²/n₀)²/(n₀ − 1)); CI = d ± t_{df, 1−α/2}·se;
 * p = 2·P(T_df > |d|/se).
 * Choices: takes raw values or summaries ({ mean, sd, n }); a group of one value, or no spread
 * in either group (se = 0), gives NaN limits and p with a note (the difference itself is kept).
 * Returns `df` beside the Estimate fields.
 * Checked against: tests/stats/means/mean-difference-welch.test.ts (hand case); R's
 * t.test(var.equal = FALSE) uses the same formulas.
 * @example
 * ```ts
 * import { meanDifferenceWelch } from "fgc-toolkit";
 * const md = meanDifferenceWelch([2, 4, 6], [1, 3]);
 * md.estimate; // => 2
 * md.ci; // => [-2.975, 6.975]
 * ```
 */
export function meanDifferenceWelch(
  exposed: ArrayLike<number> | MeanSummary,
  comparator: ArrayLike<number> | MeanSummary,
  level = 0.95,
): WelchMeanDifference {
  const fn = "meanDifferenceWelch";
  assertLevel(fn, level);
  const g1 = asMeanSummary(fn, "exposed", exposed);
  const g0 = asMeanSummary(fn, "comparator", comparator);
  const estimate = g1.mean - g0.mean;
  const v1 = (g1.sd * g1.sd) / g1.n;
  const v0 = (g0.sd * g0.sd) / g0.n;
  const se = Math.sqrt(v1 + v0);
  const df = (v1 + v0) ** 2 / ((v1 * v1) / (g1.n - 1) + (v0 * v0) / (g0.n - 1));
  const base = {
    estimate,
    level,
    method: meanDifferenceWelchMethod,
    n: g1.n + g0.n,
    scale: "identity" as const,
    references: ["welch1947", "satterthwaite1946"],
  };
  if (!(se > 0) || !Number.isFinite(df)) {
    const why =
      g1.n < 2 || g0.n < 2
        ? "a group has fewer than 2 values, so its variance is unknown"
        : "neither group varies (se = 0)";
    return {
      ...base,
      ci: [Number.NaN, Number.NaN],
      se: g1.n < 2 || g0.n < 2 ? Number.NaN : se,
      p: Number.NaN,
      df: Number.NaN,
      notes: [`interval not estimable: ${why}`],
    };
  }
  const t = tQuantile(1 - (1 - level) / 2, df);
  return {
    ...base,
    ci: [estimate - t * se, estimate + t * se],
    se,
    p: tTwoSidedP(estimate / se, df),
    df,
    notes: [`Welch t interval, unequal variances; Welch–Satterthwaite df = ${df.toPrecision(5)}`],
  };
}
