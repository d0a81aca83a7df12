import { StatsError } from "../../util/errors.js";
import { assertFiniteArray } from "../assert.js";

export interface MeanSummary {
  mean: number;
  /** sample standard deviation, divisor n − 1 */
  sd: number;
  n: number;
}

/**
 * Mean, standard deviation (divisor n − 1) and count of a sample, the summaries the Welch
 * interval and the standardised difference need.
 *
 * Method: two-pass sum of squared deviations about the mean, which keeps its accuracy where
 * the one-pass Σx² − n·x̄² formula cancels.
 * Choices: sd is NaN for n = 1 (no spread can be estimated); n = 0 throws.
 * Checked against: tests/stats/means/mean-summary.test.ts (hand case).
 * @example meanSummary([2, 4, 6]) // { mean: 4, sd: 2, n: 3 }
 */
export function meanSummary(values: ArrayLike<number>, fn = "meanSummary", name = "values"): MeanSummary {
  assertFiniteArray(fn, name, values);
  const n = values.length;
  if (n === 0) throw new StatsError(fn, name, "[]", "at least one value");
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN, n };
}

/** Raw values summarised, or a given summary checked (finite mean, whole n ≥ 1, sd ≥ 0 when n > 1). */
export function asMeanSummary(fn: string, name: string, x: ArrayLike<number> | MeanSummary): MeanSummary {
  if ("mean" in x && "sd" in x) {
    if (!Number.isFinite(x.mean)) throw new StatsError(fn, `${name}.mean`, x.mean, "a finite number");
    if (!Number.isInteger(x.n) || x.n < 1)
      throw new StatsError(fn, `${name}.n`, x.n, "a whole number of at least 1");
    if (x.n > 1 && !(Number.isFinite(x.sd) && x.sd >= 0)) {
      throw new StatsError(fn, `${name}.sd`, x.sd, "a finite number of at least 0");
    }
    return x;
  }
  return meanSummary(x, fn, name);
}
