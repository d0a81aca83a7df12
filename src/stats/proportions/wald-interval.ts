import { assertEvents, assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";

/**
 * Wald interval for a single proportion: p̂ ± z·√(p̂(1 − p̂)/n).
 *
 * Method: the normal approximation, as reviewed by Brown, Cai & DasGupta (2001) [brown2001].
 * Choices: not clipped; at x = 0 or x = n the interval has zero width. Kept for comparison only;
 * prefer `wilsonInterval`.
 * Checked against: proportion_ci.wald in ../shared/reference.
 * @example
 * ```ts
 * import { waldInterval } from "fgc-toolkit";
 * waldInterval(20, 32).ci; // => [0.4573, 0.7927]
 * ```
 */
export function waldInterval(x: number, n: number, level = 0.95): Estimate {
  const fn = "waldInterval";
  assertEvents(fn, x, n);
  assertLevel(fn, level);
  const z = normalQuantile((1 + level) / 2);
  const p = x / n;
  const se = Math.sqrt((p * (1 - p)) / n);
  const notes = ["limits not clipped to [0, 1]"];
  if (x === 0 || x === n) notes.push("x is 0 or n: the Wald interval has zero width");
  return {
    estimate: p,
    ci: [p - z * se, p + z * se],
    level,
    method: "proportion_ci.wald",
    n,
    se,
    scale: "identity",
    references: ["brown2001"],
    notes,
  };
}
