import { StatsError } from "../../util/errors.js";
import { assertEvents } from "../assert.js";

/** Parallel arrays, one entry per trial: `a` events of `n1` intervention, `c` of `n0` comparator. */
export interface Trials {
  a: ArrayLike<number>;
  n1: ArrayLike<number>;
  c: ArrayLike<number>;
  n0: ArrayLike<number>;
}

export type MetaMeasure = "or" | "rr" | "rd";

export interface TrialEffectSizes {
  measure: MetaMeasure;
  /** effect per trial: log odds ratio, log risk ratio or risk difference */
  yi: number[];
  /** sampling variance per trial */
  vi: number[];
  notes: string[];
}

/**
 * Per-trial effect sizes and their sampling variances from 2×2 counts, for meta-analysis:
 * the log odds ratio, the log risk ratio or the risk difference (intervention minus comparator).
 *
 * Method: log OR = log(ad/(bc)), variance 1/a + 1/b + 1/c + 1/d (Woolf 1955) [woolf1955];
 * log RR = log((a/n1)/(c/n0)), variance 1/a − 1/n1 + 1/c − 1/n0 (Katz et al. 1978) [katz1978];
 * RD = a/n1 − c/n0, variance p1(1 − p1)/n1 + p0(1 − p0)/n0 (large-sample variance).
 * Choices: following metafor's escalc defaults for the OR (add = 1/2, to = "only0"): where a
 * trial has an empty cell, 0.5 is added to all four of its cells (so n1 and n0 grow by 1);
 * other trials are untouched. The same correction is applied for the RD, which keeps its
 * variance positive when both arms have no events (whether metafor corrects RD too is not
 * checked: no reference case has an empty cell). Each corrected trial is named in the notes.
 * Checked against: yi, vi of meta.random_effects.{or, rd} in ../shared/reference (metafor 3.8-1).
 * @example
 * ```ts
 * import { trialEffectSizes } from "fgc-toolkit";
 * const es = trialEffectSizes({ a: [10], n1: [50], c: [20], n0: [50] }, "rd");
 * es.yi; // => [-0.2]
 * es.vi; // => [0.008]
 * ```
 */
export function trialEffectSizes(trials: Trials, measure: MetaMeasure): TrialEffectSizes {
  const fn = "trialEffectSizes";
  const k = trials.a.length;
  for (const key of ["n1", "c", "n0"] as const) {
    if (trials[key].length !== k)
      throw new StatsError(fn, key, trials[key].length, `an array of length ${k} like a`);
  }
  const yi: number[] = [];
  const vi: number[] = [];
  const notes: string[] = [];
  for (let i = 0; i < k; i++) {
    assertEvents(fn, trials.a[i], trials.n1[i], [`a[${i}]`, `n1[${i}]`]);
    assertEvents(fn, trials.c[i], trials.n0[i], [`c[${i}]`, `n0[${i}]`]);
    let a = trials.a[i];
    let b = trials.n1[i] - a;
    let c = trials.c[i];
    let d = trials.n0[i] - c;
    if (a === 0 || b === 0 || c === 0 || d === 0) {
      a += 0.5;
      b += 0.5;
      c += 0.5;
      d += 0.5;
      notes.push(`trial ${i + 1}: an empty cell, 0.5 added to each of its cells`);
    }
    if (measure === "or") {
      yi.push(Math.log((a * d) / (b * c)));
      vi.push(1 / a + 1 / b + 1 / c + 1 / d);
    } else if (measure === "rr") {
      yi.push(Math.log(a / (a + b) / (c / (c + d))));
      vi.push(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
    } else {
      const n1 = a + b;
      const n0 = c + d;
      const p1 = a / n1;
      const p0 = c / n0;
      yi.push(p1 - p0);
      vi.push((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0);
    }
  }
  return { measure, yi, vi, notes };
}
