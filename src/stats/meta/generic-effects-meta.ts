import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalQuantile, normalTwoSidedP } from "../distributions/normal.js";
import { tQuantile, tTwoSidedP } from "../distributions/t.js";
import type { Estimate, MethodId } from "../estimate.js";
import { type StudyIntervals, intervalEffectSizes } from "./interval-effect-sizes.js";
import { tau2DerSimonianLaird } from "./tau2-dersimonian-laird.js";
import { tau2Reml } from "./tau2-reml.js";
import { type Trials, trialEffectSizes } from "./trial-effect-sizes.js";

/** Effect measure of the studies: ratios are pooled on the log scale, differences as they are. */
export type GenericMeasure = "or" | "rr" | "hr" | "rd" | "smd" | "generic";

/** Effect sizes already on the analysis scale (log ratio or difference) with sampling variances. */
export interface StudyEffects {
  yi: ArrayLike<number>;
  vi: ArrayLike<number>;
}

/** The studies, one entry per study in parallel arrays: effects, estimates with CIs, or 2×2 counts. */
export type MetaStudies = StudyEffects | StudyIntervals | Trials;

/** Options of {@link genericEffectsMeta}. */
export interface GenericEffectsMetaOptions {
  /** effect measure; default "generic" (yi as given, on a difference scale) */
  measure?: GenericMeasure;
  /** estimator of τ²: "reml" (default) or "dl" */
  method?: "reml" | "dl";
  /** confidence and prediction level; default 0.95 */
  level?: number;
}

/** Q, its df and upper-tail χ² p, and I² (percent) and H² from the fit's own τ². */
export interface MetaHeterogeneity {
  Q: number;
  df: number;
  p: number;
  I2: number;
  H2: number;
}

/** A random-effects meta-analysis of generic effects: τ², the pooled effect with z and Knapp–Hartung intervals, prediction intervals and heterogeneity. */
export interface GenericEffectsMeta {
  measure: GenericMeasure;
  method: MethodId;
  tau2Method: "reml" | "dl";
  /** number of studies */
  k: number;
  level: number;
  /** per-study effect on the analysis scale (log ratio or difference) and its sampling variance */
  yi: number[];
  vi: number[];
  /** random-effects weight of each study, percent of the total: 100·wᵢ/Σw, wᵢ = 1/(vᵢ + τ²) */
  weights: number[];
  tau2: number;
  /** pooled effect with the z (Wald) interval; natural scale (ratio for or, rr, hr), se on the analysis scale */
  pooled: Estimate;
  /** pooled effect with the Knapp–Hartung (HKSJ) t interval on k − 1 df, natural scale */
  knappHartung: Estimate;
  /** prediction interval of the z fit, μ̂ ± z·√(se² + τ²), natural scale */
  prediction: [number, number];
  /** prediction interval of the Knapp–Hartung fit, μ̂ ± t_{k−1}·√(se_KH² + τ²), natural scale */
  predictionKnappHartung: [number, number];
  heterogeneity: MetaHeterogeneity;
  converged: boolean;
  iterations: number;
  references: string[];
  notes: string[];
}

const RATIO_MEASURES = new Set<GenericMeasure>(["or", "rr", "hr"]);

/**
 * Random-effects meta-analysis of generic effects: yi/vi, estimates with CIs (ratio or
 * difference scale), or 2×2 counts; τ² by DerSimonian–Laird or REML, the z and Knapp–Hartung
 * (HKSJ) intervals, both prediction intervals, Q, I² and H².
 *
 * Method: inverse-variance weights wᵢ = 1/(vᵢ + τ²), μ̂ = Σwy/Σw, se = 1/√Σw, CI μ̂ ± z·se.
 * τ² by DerSimonian & Laird (1986) [dersimonian1986] or REML (Viechtbauer 2005)
 * [viechtbauer2005]. Knapp–Hartung (Hartung & Knapp 2001; Knapp & Hartung 2003) [hartung2001,
 * knapp2003]: se_KH² = Σw(yᵢ − μ̂)²/((k − 1)Σw), CI μ̂ ± t_{k−1}·se_KH. Prediction intervals
 * (Riley et al. 2011) [riley2011]: μ̂ ± z·√(se² + τ²), and μ̂ ± t_{k−1}·√(se_KH² + τ²) for the
 * KH fit. Q with weights 1/vᵢ on k − 1 df; I² = 100·τ²/(τ² + s²), H² = (τ² + s²)/s²,
 * s² = (k − 1)Σw₀/((Σw₀)² − Σw₀²) (Higgins & Thompson 2002) [higgins2002], with the method's τ².
 * Choices: the KH factor is not truncated at 1 (all yᵢ equal give a zero-width KH interval), and
 * the KH prediction interval uses t on k − 1 df with se_KH, both as metafor's rma/predict (3.8-1)
 * rather than Higgins et al.'s t_{k−2}. REML by Fisher scoring from the DL value to |Δτ²| < 1e-10.
 * Counts go through trialEffectSizes (log OR, log RR or RD; 0.5 added to the cells of a study
 * with an empty cell, named in the notes); intervals through intervalEffectSizes.
 * Checked against: meta.generic.{dl, reml} in ../shared/reference/next (metafor 3.8-1).
 * @example
 * ```ts
 * import { genericEffectsMeta } from "fgc-toolkit";
 * const meta = genericEffectsMeta({ yi: [-0.3, -0.1, -0.25], vi: [0.02, 0.03, 0.015] });
 * meta.pooled.estimate; // => -0.2333
 * meta.tau2; // => 0
 * meta.heterogeneity.I2; // => 0
 * ```
 */
export function genericEffectsMeta(
  studies: MetaStudies,
  options: GenericEffectsMetaOptions = {},
): GenericEffectsMeta {
  const fn = "genericEffectsMeta";
  const measure = options.measure ?? "generic";
  const tau2Method = options.method ?? "reml";
  const level = options.level ?? 0.95;
  if (!["or", "rr", "hr", "rd", "smd", "generic"].includes(measure))
    throw new StatsError(fn, "options.measure", measure, '"or", "rr", "hr", "rd", "smd" or "generic"');
  if (tau2Method !== "reml" && tau2Method !== "dl")
    throw new StatsError(fn, "options.method", tau2Method, '"reml" or "dl"');
  assertLevel(fn, level);
  const ratio = RATIO_MEASURES.has(measure);
  const { yi, vi, notes } = effectSizes(fn, studies, measure);
  const k = yi.length;
  if (k < 2) throw new StatsError(fn, "studies", k, "at least two studies");
  for (let i = 0; i < k; i++) {
    if (!Number.isFinite(yi[i])) throw new StatsError(fn, `yi[${i}]`, yi[i], "a finite number");
    if (!(vi[i] > 0 && Number.isFinite(vi[i])))
      throw new StatsError(fn, `vi[${i}]`, vi[i], "a finite variance above 0");
  }

  const dl = tau2DerSimonianLaird(yi, vi);
  const fit =
    tau2Method === "dl"
      ? { tau2: dl.tau2, iterations: 0, converged: true }
      : tau2Reml(yi, vi, { start: dl.tau2, tolerance: 1e-10 });
  if (!fit.converged) notes.push(`REML did not converge in ${fit.iterations} iterations`);
  const tau2 = fit.tau2;

  let sw = 0;
  let swy = 0;
  for (let i = 0; i < k; i++) {
    sw += 1 / (vi[i] + tau2);
    swy += yi[i] / (vi[i] + tau2);
  }
  const mu = swy / sw;
  const se = 1 / Math.sqrt(sw);
  let rss = 0;
  for (let i = 0; i < k; i++) rss += (yi[i] - mu) ** 2 / (vi[i] + tau2);
  const seKh = Math.sqrt(rss / ((k - 1) * sw));
  const z = normalQuantile(1 - (1 - level) / 2);
  const t = tQuantile(1 - (1 - level) / 2, k - 1);
  const back = (x: number) => (ratio ? Math.exp(x) : x);
  const interval = (center: number, half: number): [number, number] => [
    back(center - half),
    back(center + half),
  ];

  const method: MethodId = `meta.generic.${tau2Method}`;
  const tau2Refs = tau2Method === "dl" ? ["dersimonian1986"] : ["viechtbauer2005"];
  const tau2Label = tau2Method === "dl" ? "DerSimonian–Laird τ²" : "REML τ²";
  const estimate = (s: number, ci: [number, number], p: number, refs: string[], note: string): Estimate => ({
    estimate: back(mu),
    ci,
    level,
    method,
    n: k,
    se: s,
    scale: ratio ? "log" : "identity",
    p,
    references: refs,
    notes: [note, ...notes],
  });
  const pooled = estimate(
    se,
    interval(mu, z * se),
    normalTwoSidedP(mu / se),
    tau2Refs,
    `${tau2Label}, z interval`,
  );
  const knappHartung = estimate(
    seKh,
    interval(mu, t * seKh),
    seKh > 0 ? tTwoSidedP(mu / seKh, k - 1) : mu === 0 ? 1 : 0,
    [...tau2Refs, "hartung2001", "knapp2003"],
    `${tau2Label}, Knapp–Hartung interval (t on ${k - 1} df, factor not truncated)`,
  );

  let sw0 = 0;
  let sw02 = 0;
  for (let i = 0; i < k; i++) {
    sw0 += 1 / vi[i];
    sw02 += 1 / vi[i] ** 2;
  }
  const s2 = ((k - 1) * sw0) / (sw0 * sw0 - sw02);
  return {
    measure,
    method,
    tau2Method,
    k,
    level,
    yi,
    vi,
    weights: vi.map((v) => 100 / (v + tau2) / sw),
    tau2,
    pooled,
    knappHartung,
    prediction: interval(mu, z * Math.sqrt(se * se + tau2)),
    predictionKnappHartung: interval(mu, t * Math.sqrt(seKh * seKh + tau2)),
    heterogeneity: {
      Q: dl.Q,
      df: k - 1,
      p: dl.p,
      I2: (100 * tau2) / (tau2 + s2),
      H2: (tau2 + s2) / s2,
    },
    converged: fit.converged,
    iterations: fit.iterations,
    references: [...tau2Refs, "hartung2001", "knapp2003", "riley2011", "higgins2002"],
    notes,
  };
}

/** The studies' yi and vi on the analysis scale, from whichever form they were given in. */
function effectSizes(
  fn: string,
  studies: MetaStudies,
  measure: GenericMeasure,
): { yi: number[]; vi: number[]; notes: string[] } {
  if ("yi" in studies) {
    if (studies.vi.length !== studies.yi.length)
      throw new StatsError(fn, "vi", studies.vi.length, `an array of length ${studies.yi.length} like yi`);
    return { yi: Array.from(studies.yi), vi: Array.from(studies.vi), notes: [] };
  }
  if ("estimate" in studies) {
    const scale = RATIO_MEASURES.has(measure) ? "ratio" : "difference";
    return intervalEffectSizes(studies, scale);
  }
  if (measure !== "or" && measure !== "rr" && measure !== "rd")
    throw new StatsError(fn, "options.measure", measure, '"or", "rr" or "rd" for 2×2 counts');
  const e = trialEffectSizes(studies, measure);
  return { yi: e.yi, vi: e.vi, notes: e.notes };
}
