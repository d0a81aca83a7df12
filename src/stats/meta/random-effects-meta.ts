import { StatsError } from "../../util/errors.js";
import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import { tQuantile } from "../distributions/t.js";
import type { Estimate, MethodId } from "../estimate.js";
import { type Heterogeneity, tau2DerSimonianLaird } from "./tau2-dersimonian-laird.js";
import { tau2Hedges } from "./tau2-hedges.js";
import { tau2Reml } from "./tau2-reml.js";
import {
  type MetaMeasure,
  type TrialEffectSizes,
  type Trials,
  trialEffectSizes,
} from "./trial-effect-sizes.js";

export interface RandomEffectsMeta {
  measure: MetaMeasure;
  /** per-trial effects (log OR or RD) and variances */
  effects: TrialEffectSizes;
  /** pooled with DerSimonian–Laird τ², Wald interval */
  dl: Estimate;
  /** pooled with REML τ², Wald interval */
  reml: Estimate;
  /** pooled with REML τ², Knapp–Hartung (HKSJ) t interval on k − 1 df */
  knappHartung: Estimate;
  tau2Dl: number;
  tau2Reml: number;
  /** Q, its df and p, I² (percent), all from the DL fit */
  heterogeneity: Heterogeneity;
  /** number of trials */
  k: number;
  level: number;
  method: MethodId;
  references: string[];
  notes: string[];
}

export interface RandomEffectsMetaOptions {
  /** confidence level; default 0.95 */
  level?: number;
  /** REML iteration: "converged" (to 1e-10, the default) or "metafor" (as rma: Hedges start, 1e-5) */
  reml?: "converged" | "metafor";
}

/**
 * Random-effects meta-analysis of 2×2 trials on the odds-ratio or risk-difference scale:
 * pooled effect with DerSimonian–Laird and REML τ², a Knapp–Hartung interval with REML, and
 * heterogeneity (Q, I²).
 *
 * Method: inverse-variance weights 1/(vᵢ + τ²); μ̂ = Σwy/Σw, se = 1/√Σw, Wald interval
 * μ̂ ± z·se. τ² by DerSimonian & Laird (1986) [dersimonian1986] and by REML (Viechtbauer 2005)
 * [viechtbauer2005]. Knapp–Hartung / HKSJ (Hartung & Knapp 2001) [hartung2001]: with REML
 * weights, q = Σwᵢ(yᵢ − μ̂)²/(k − 1), interval μ̂ ± t_{k−1}·√q·se. I² from DL in percent
 * (Higgins & Thompson 2002) [higgins2002].
 * Choices: effect sizes as trialEffectSizes (0.5 added to the cells of trials with an empty
 * cell); the Knapp–Hartung factor q is not truncated at 1 (metafor's test = "knha" default);
 * OR results are reported as ratios (exp of the pooled log OR; `se` on the log scale).
 * REML is iterated from the DL value until τ² changes by less than 1e-10 (`reml: "converged"`,
 * the default); `reml: "metafor"` starts at the Hedges estimate and stops at a change below
 * 1e-5 as metafor's rma does, reproducing its numbers (which differ from the converged REML
 * by up to a few 1e-5, relative, in τ²).
 * Checked against: meta.random_effects.{or, rd} in ../shared/reference (metafor 3.8-1 rma), with
 * `reml: "metafor"`.
 * @example
 * ```ts
 * import { randomEffectsMeta } from "fgc-toolkit";
 * const meta = randomEffectsMeta({ a: [10, 15, 8], n1: [50, 60, 40], c: [20, 18, 16], n0: [50, 60, 40] }, "rd");
 * meta.reml.estimate; // => -0.1407
 * ```
 */
export function randomEffectsMeta(
  trials: Trials,
  measure: MetaMeasure,
  options: RandomEffectsMetaOptions = {},
): RandomEffectsMeta {
  const fn = "randomEffectsMeta";
  const level = options.level ?? 0.95;
  const remlMode = options.reml ?? "converged";
  if (remlMode !== "converged" && remlMode !== "metafor") {
    throw new StatsError(fn, "options.reml", remlMode, '"converged" or "metafor"');
  }
  assertLevel(fn, level);
  if (measure !== "or" && measure !== "rd") throw new StatsError(fn, "measure", measure, '"or" or "rd"');
  const effects = trialEffectSizes(trials, measure);
  const { yi, vi } = effects;
  const k = yi.length;
  if (k < 2) throw new StatsError(fn, "trials", k, "at least two trials");
  const method: MethodId = `meta.random_effects.${measure}`;
  const n = sumOf(trials.n1) + sumOf(trials.n0);
  const notes = [...effects.notes];
  const zeroVariance = vi.findIndex((v) => !(v > 0));
  if (zeroVariance >= 0)
    throw new StatsError(fn, `trial ${zeroVariance + 1}`, vi[zeroVariance], "a positive variance");

  const heterogeneity = tau2DerSimonianLaird(yi, vi);
  const remlFit =
    remlMode === "metafor"
      ? tau2Reml(yi, vi, { start: tau2Hedges(yi, vi), tolerance: 1e-5 })
      : tau2Reml(yi, vi, { start: heterogeneity.tau2, tolerance: 1e-10 });
  if (!remlFit.converged) notes.push(`REML did not converge in ${remlFit.iterations} iterations`);
  if (remlMode === "metafor")
    notes.push("REML iterated as metafor's rma (Hedges start, stop at |Δτ²| < 1e-5)");

  const z = normalQuantile(1 - (1 - level) / 2);
  const dlPool = pool(yi, vi, heterogeneity.tau2);
  const remlPool = pool(yi, vi, remlFit.tau2);
  const hkSe = Math.sqrt(remlPool.q / (k - 1)) * remlPool.se;
  const t = tQuantile(1 - (1 - level) / 2, k - 1);

  const make = (mu: number, se: number, crit: number, refs: string[], note: string): Estimate => {
    const lo = mu - crit * se;
    const hi = mu + crit * se;
    const ratio = measure === "or";
    return {
      estimate: ratio ? Math.exp(mu) : mu,
      ci: ratio ? [Math.exp(lo), Math.exp(hi)] : [lo, hi],
      level,
      method,
      n,
      se,
      scale: ratio ? "log" : "identity",
      references: refs,
      notes: [note, ...notes],
    };
  };
  const dl = make(dlPool.mu, dlPool.se, z, ["dersimonian1986"], "DerSimonian–Laird τ², Wald interval");
  const reml = make(remlPool.mu, remlPool.se, z, ["viechtbauer2005"], "REML τ², Wald interval");
  const knappHartung = make(
    remlPool.mu,
    hkSe,
    t,
    ["viechtbauer2005", "hartung2001"],
    `REML τ², Knapp–Hartung interval (t on ${k - 1} df, factor not truncated)`,
  );
  return {
    measure,
    effects,
    dl,
    reml,
    knappHartung,
    tau2Dl: heterogeneity.tau2,
    tau2Reml: remlFit.tau2,
    heterogeneity,
    k,
    level,
    method,
    references: ["dersimonian1986", "viechtbauer2005", "hartung2001", "higgins2002"],
    notes,
  };
}

/** Inverse-variance pooling with τ²: mean, its se and the weighted residual sum of squares. */
function pool(yi: number[], vi: number[], tau2: number): { mu: number; se: number; q: number } {
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < yi.length; i++) {
    const w = 1 / (vi[i] + tau2);
    sw += w;
    swy += w * yi[i];
  }
  const mu = swy / sw;
  let q = 0;
  for (let i = 0; i < yi.length; i++) q += (yi[i] - mu) ** 2 / (vi[i] + tau2);
  return { mu, se: 1 / Math.sqrt(sw), q };
}

function sumOf(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}
