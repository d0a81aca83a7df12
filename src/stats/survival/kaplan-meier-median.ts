import { StatsError } from "../../util/errors.js";
import type { Estimate } from "../estimate.js";
import { kaplanMeier } from "./kaplan-meier.js";
import type { SurvivalData } from "./survival-data.js";

export interface KaplanMeierMedianOptions {
  /** confidence level of the median's interval; default 0.95 */
  level?: number;
  /** times at which to count those at risk (days from the index date); default [] */
  riskTimes?: ArrayLike<number>;
}

/** The median survival time (`estimate`, `ci`) and the numbers at risk at chosen times. */
export interface KaplanMeierMedian extends Estimate {
  /** the times asked for in `riskTimes`, in the order given */
  riskTimes: number[];
  /** number with follow-up time ≥ t at each risk time (0 beyond the last time) */
  nRisk: number[];
}

/** √ε: S within this of ½ counts as exactly ½ (a flat stretch at the median). */
const HALF_TOLERANCE = Math.sqrt(2.220446049250313e-16);

/**
 * Median survival time from the Kaplan–Meier curve, with the confidence interval read off the
 * pointwise log-scale confidence curves, and the numbers at risk at chosen times.
 *
 * Method: Kaplan & Meier (1958) [kaplan1958] with Greenwood (1926) [greenwood1926] log-scale
 * limits; the interval is where the lower and upper confidence curves cross ½, the
 * test-inversion interval of Brookmeyer & Crowley (1982) [brookmeyer1982].
 * Choices: as R's quantile(survfit(conf.type = "log"), 0.5): the median is the first time with
 * S(t) ≤ ½; where a curve equals ½ (within √ε) on a stretch, the midpoint of the time t₀ it
 * reaches ½ and the next time t₁ it drops (t₁ the last observed time if it never drops again).
 * The same rule gives each limit from its confidence curve. The confidence curves are undefined
 * where S = 0, so a limit whose curve is still above ½ there is not reached (NaN, with a note), as
 * is the median when S never reaches ½. Numbers at risk count times ≥ t (censored at t included),
 * as summary(fit, times, extend = TRUE).
 * Checked against: survival.km_median in ../shared/reference/next (R survival 3.5-3).
 * @example
 * ```ts
 * import { kaplanMeierMedian } from "fgc-toolkit";
 * kaplanMeierMedian({ time: [10, 20, 30, 40], event: [1, 1, 0, 0] }).estimate; // => 30
 * ```
 */
export function kaplanMeierMedian(
  data: SurvivalData,
  options: KaplanMeierMedianOptions = {},
): KaplanMeierMedian {
  const fn = "kaplanMeierMedian";
  const level = options.level ?? 0.95;
  const km = kaplanMeier(data, { level, confType: "log" });
  const curve = km.curves[0];
  const riskTimes = Array.from(options.riskTimes ?? []);
  riskTimes.forEach((t, i) => {
    if (!Number.isFinite(t)) throw new StatsError(fn, `riskTimes[${i}]`, t, "a finite time");
  });
  const nRisk = riskTimes.map((t) => {
    let count = 0;
    for (let i = 0; i < data.time.length; i++) if (data.time[i] >= t) count++;
    return count;
  });
  const notes: string[] = [];
  const median = crossingHalf(curve.time, curve.surv);
  const lower = crossingHalf(curve.time, curve.lower);
  const upper = crossingHalf(curve.time, curve.upper);
  if (Number.isNaN(median)) notes.push("median not reached: the survivor curve stays above ½");
  if (Number.isNaN(lower)) notes.push("lower limit not reached: the lower confidence curve stays above ½");
  if (Number.isNaN(upper)) {
    notes.push("upper limit not reached: the upper confidence curve stays above ½ while it is defined");
  }
  notes.push(`${level * 100}% interval from the log-scale confidence curves (Greenwood variance)`);
  return {
    estimate: median,
    ci: [lower, upper],
    level,
    method: "survival.km_median",
    n: curve.n,
    references: ["kaplan1958", "greenwood1926", "brookmeyer1982"],
    notes,
    riskTimes,
    nRisk,
  };
}

/**
 * First time a step curve is ≤ ½ (NaN if never, or if the curve becomes undefined first); the
 * midpoint rule on a stretch at ½ within √ε.
 */
function crossingHalf(time: number[], curve: number[]): number {
  const last = time[time.length - 1];
  for (let i = 0; i < time.length; i++) {
    const v = curve[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v > 0.5 + HALF_TOLERANCE) continue;
    if (v < 0.5 - HALF_TOLERANCE) return time[i];
    for (let j = i + 1; j < time.length; j++) {
      if (curve[j] !== v) return (time[i] + time[j]) / 2;
    }
    return (time[i] + last) / 2;
  }
  return Number.NaN;
}
