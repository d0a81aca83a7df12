import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { MethodId } from "../estimate.js";
import { checkSurvivalData, codeLabels, type Label, type SurvivalData } from "./survival-data.js";

export type KaplanMeierConfType = "log" | "log_log";

export interface KaplanMeierOptions {
  /** one curve per distinct label (e.g. arm); default a single curve */
  strata?: ArrayLike<Label>;
  /** confidence level; default 0.95 */
  level?: number;
  /** interval scale; default "log" (R's default) */
  confType?: KaplanMeierConfType;
}

/** One survivor curve: one entry per distinct time, in increasing order. */
export interface KaplanMeierCurve {
  /** the stratum label, null for an unstratified curve */
  stratum: Label | null;
  n: number;
  nEvents: number;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  surv: number[];
  /** Greenwood standard error of surv */
  se: number[];
  /** Greenwood standard error of log surv */
  seLog: number[];
  lower: number[];
  upper: number[];
}

/** The Kaplan–Meier curve of each group: times, numbers at risk, events, survival and its interval. */
export interface KaplanMeierResult {
  method: MethodId;
  level: number;
  confType: KaplanMeierConfType;
  n: number;
  curves: KaplanMeierCurve[];
  references: string[];
  notes: string[];
}

const references = ["kaplan1958", "greenwood1926", "kalbfleisch2002"];

/**
 * Kaplan–Meier estimate of the survivor function, one curve per stratum, with Greenwood standard
 * errors and pointwise confidence intervals on the log or log-log scale.
 *
 * Method: product-limit estimator S(t) = Π_{tⱼ ≤ t} (1 − dⱼ/nⱼ) (Kaplan & Meier 1958)
 * [kaplan1958]; Greenwood (1926) variance of log S, σ²(t) = Σ_{tⱼ ≤ t} dⱼ / (nⱼ (nⱼ − dⱼ))
 * [greenwood1926]; interval forms as in Kalbfleisch & Prentice (2002, §4.3) [kalbfleisch2002]:
 *   log:     S·exp(∓z σ), the upper limit capped at 1;
 *   log-log: exp(−exp(log(−log S) ± z σ / |log S|)).
 * Choices: as R's survfit(conf.type = "log" / "log-log"). One row per distinct time, censored-only
 * times included; subjects censored at t count as at risk at t. Where S = 1 the log interval is
 * [1, 1] (σ = 0) and the log-log interval is undefined (NaN), as R gives NA; where S = 0 both
 * limits and the standard error are undefined (NaN). `se` is the Greenwood standard error of S
 * itself, S·σ (the scale summary.survfit prints); `seLog` is σ.
 * Checked against: survival.kaplan_meier.log and survival.kaplan_meier.log_log in
 * ../shared/reference (R survival 3.5-3).
 * @example
 * ```ts
 * import { kaplanMeier } from "fgc-toolkit";
 * const km = kaplanMeier({ time: [10, 20, 30, 40], event: [1, 1, 0, 0] });
 * km.curves[0].time; // => [10, 20, 30, 40]
 * km.curves[0].surv; // => [0.75, 0.5, 0.5, 0.5]
 * ```
 */
export function kaplanMeier(data: SurvivalData, options: KaplanMeierOptions = {}): KaplanMeierResult {
  const fn = "kaplanMeier";
  const n = checkSurvivalData(fn, data);
  const level = options.level ?? 0.95;
  assertLevel(fn, level);
  const confType = options.confType ?? "log";
  const z = normalQuantile(1 - (1 - level) / 2);
  const groups: { stratum: Label | null; rows: number[] }[] = [];
  if (options.strata) {
    const { levels, code } = codeLabels(fn, "strata", options.strata, n);
    for (const stratum of levels) groups.push({ stratum, rows: [] });
    for (let i = 0; i < n; i++) groups[code[i]].rows.push(i);
  } else {
    groups.push({ stratum: null, rows: Array.from({ length: n }, (_, i) => i) });
  }
  const curves = groups.map((g) => curve(data, g.stratum, g.rows, z, confType));
  const notes = [
    `pointwise ${level * 100}% intervals on the ${confType === "log" ? "log" : "log-log"} scale with Greenwood variance`,
  ];
  if (curves.some((c) => c.surv.some((s) => s === 0))) {
    notes.push("where the estimate reaches 0 its standard error and limits are not defined (NaN)");
  }
  if (confType === "log_log" && curves.some((c) => c.surv.some((s) => s === 1))) {
    notes.push("log-log limits are not defined (NaN) where the estimate is 1");
  }
  return { method: `survival.kaplan_meier.${confType}`, level, confType, n, curves, references, notes };
}

function curve(
  data: SurvivalData,
  stratum: Label | null,
  rows: number[],
  z: number,
  confType: KaplanMeierConfType,
): KaplanMeierCurve {
  const { time, event } = data;
  const sorted = rows.slice().sort((a, b) => time[a] - time[b]);
  const out: KaplanMeierCurve = {
    stratum,
    n: rows.length,
    nEvents: 0,
    time: [],
    nRisk: [],
    nEvent: [],
    nCensor: [],
    surv: [],
    se: [],
    seLog: [],
    lower: [],
    upper: [],
  };
  let atRisk = rows.length;
  let s = 1;
  let greenwood = 0;
  for (let i = 0; i < sorted.length; ) {
    const t = time[sorted[i]];
    let d = 0;
    let c = 0;
    for (; i < sorted.length && time[sorted[i]] === t; i++) {
      if (event[sorted[i]] === 1) d++;
      else c++;
    }
    if (d > 0) {
      s *= 1 - d / atRisk;
      greenwood += atRisk === d ? Number.POSITIVE_INFINITY : d / (atRisk * (atRisk - d));
    }
    const sigma = Math.sqrt(greenwood);
    const [lo, hi] = limits(s, sigma, z, confType);
    out.time.push(t);
    out.nRisk.push(atRisk);
    out.nEvent.push(d);
    out.nCensor.push(c);
    out.surv.push(s);
    out.seLog.push(s === 0 ? Number.NaN : sigma);
    out.se.push(s === 0 ? Number.NaN : s * sigma);
    out.lower.push(lo);
    out.upper.push(hi);
    out.nEvents += d;
    atRisk -= d + c;
  }
  return out;
}

function limits(s: number, sigma: number, z: number, confType: KaplanMeierConfType): [number, number] {
  if (s === 0) return [Number.NaN, Number.NaN];
  if (confType === "log") return [s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))];
  if (s === 1) return [Number.NaN, Number.NaN];
  const logS = Math.log(s);
  const eta = Math.log(-logS);
  const w = (z * sigma) / -logS;
  return [Math.exp(-Math.exp(eta + w)), Math.exp(-Math.exp(eta - w))];
}
