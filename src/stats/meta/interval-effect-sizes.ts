import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";

/** Parallel arrays, one entry per study: a published estimate and its confidence limits. */
export interface StudyIntervals {
  /** point estimate on its natural scale (a ratio, not its log; or a difference) */
  estimate: ArrayLike<number>;
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  /** confidence level of each interval; default 0.95 for every study */
  level?: ArrayLike<number>;
}

/** Effect sizes on the analysis scale (log ratio or difference) with their sampling variances. */
export interface IntervalEffectSizes {
  yi: number[];
  vi: number[];
  notes: string[];
}

/**
 * Effect sizes and sampling variances from published estimates with confidence intervals: a ratio
 * (HR, RR, OR) goes to its log, a difference (RD, SMD) stays as it is, and the variance is read
 * from the width of the interval at its stated level.
 *
 * Method: the standard error from a confidence interval (Altman & Bland 2011) [altman2011]:
 * se = (U − L) / (2·z_{(1+level)/2}) on the analysis scale (log U − log L for ratios), vi = se²,
 * yi = log(estimate) or the estimate.
 * Choices: the interval is assumed symmetric on the analysis scale (Wald); an estimate outside its
 * own interval, an upper limit not above the lower, or a ratio ≤ 0 is refused (StatsError), as
 * is a level outside (0, 1).
 * Checked against: hand cases in tests/stats/meta/interval-effect-sizes.test.ts.
 * @example
 * ```ts
 * import { intervalEffectSizes } from "fgc-toolkit";
 * const es = intervalEffectSizes({ estimate: [0.8], lower: [0.64], upper: [1] }, "ratio");
 * es.yi; // => [-0.2231]
 * es.vi; // => [0.01296]
 * ```
 */
export function intervalEffectSizes(
  intervals: StudyIntervals,
  scale: "ratio" | "difference",
): IntervalEffectSizes {
  const fn = "intervalEffectSizes";
  const k = intervals.estimate.length;
  for (const key of ["lower", "upper", "level"] as const) {
    const values = intervals[key];
    if (values !== undefined && values.length !== k)
      throw new StatsError(fn, key, values.length, `an array of length ${k} like estimate`);
  }
  const yi: number[] = [];
  const vi: number[] = [];
  for (let i = 0; i < k; i++) {
    const est = intervals.estimate[i];
    const lo = intervals.lower[i];
    const hi = intervals.upper[i];
    const level = intervals.level?.[i] ?? 0.95;
    assertLevel(fn, level);
    for (const [name, v] of [
      ["estimate", est],
      ["lower", lo],
      ["upper", hi],
    ] as const) {
      if (!Number.isFinite(v)) throw new StatsError(fn, `${name}[${i}]`, v, "a finite number");
      if (scale === "ratio" && !(v > 0)) throw new StatsError(fn, `${name}[${i}]`, v, "a ratio above 0");
    }
    if (!(hi > lo)) throw new StatsError(fn, `upper[${i}]`, hi, `above lower[${i}] (${lo})`);
    if (est < lo || est > hi)
      throw new StatsError(fn, `estimate[${i}]`, est, `within its interval ${lo} to ${hi}`);
    const z = normalQuantile(1 - (1 - level) / 2);
    const width = scale === "ratio" ? Math.log(hi) - Math.log(lo) : hi - lo;
    yi.push(scale === "ratio" ? Math.log(est) : est);
    vi.push((width / (2 * z)) ** 2);
  }
  return { yi, vi, notes: [] };
}
