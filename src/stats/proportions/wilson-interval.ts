import { assertEvents, assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";

export interface WilsonOptions {
  /** continuity correction as prop.test(correct = TRUE); default false */
  continuityCorrection?: boolean;
}

/**
 * Wilson score interval for a single proportion x/n, optionally with a continuity correction.
 *
 * Method: Wilson (1927) [wilson1927]; the continuity-corrected form of Newcombe (1998a, method 4)
 * [newcombe1998a].
 * Choices: as R's prop.test: with the correction, the ½ added to and taken from x is capped at
 * |x − n/2| (the distance to prop.test's default null of ½), each limit is computed from its own
 * shifted proportion, a shifted proportion at or beyond 0 or 1 gives the limit 0 or 1, and limits
 * are clipped to [0, 1]. Without it, x = 0 gives lower 0 and x = n upper 1 exactly.
 * Checked against: proportion_ci.wilson and proportion_ci.wilson_cc in ../shared/reference.
 * @example
 * ```ts
 * import { wilsonInterval } from "fgc-toolkit";
 * wilsonInterval(2, 47).ci; // => [0.01175, 0.1425]
 * ```
 */
export function wilsonInterval(x: number, n: number, level = 0.95, options: WilsonOptions = {}): Estimate {
  const fn = "wilsonInterval";
  assertEvents(fn, x, n);
  assertLevel(fn, level);
  const correct = options.continuityCorrection ?? false;
  const z = normalQuantile((1 + level) / 2);
  const estimate = x / n;
  const shift = correct ? Math.min(0.5, Math.abs(x - n / 2)) : 0;
  const z22n = (z * z) / (2 * n);
  const limit = (pc: number, sign: 1 | -1) =>
    (pc + z22n + sign * z * Math.sqrt((pc * (1 - pc)) / n + z22n / (2 * n))) / (1 + 2 * z22n);
  const pUp = estimate + shift / n;
  const pLow = estimate - shift / n;
  const upper = pUp >= 1 ? 1 : limit(pUp, 1);
  const lower = pLow <= 0 ? 0 : limit(pLow, -1);
  const notes = correct ? [`continuity correction ${shift} (prop.test: ½ capped at |x − n/2|)`] : [];
  return {
    estimate,
    ci: [Math.max(lower, 0), Math.min(upper, 1)],
    level,
    method: correct ? "proportion_ci.wilson_cc" : "proportion_ci.wilson",
    n,
    references: correct ? ["wilson1927", "newcombe1998a"] : ["wilson1927"],
    notes,
  };
}
