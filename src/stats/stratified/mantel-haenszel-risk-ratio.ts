import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { type Strata, stratumTables, sum } from "./strata.js";

const method = "stratified.mantel_haenszel";

/**
 * Mantel–Haenszel common risk ratio across strata, with the Greenland–Robins interval.
 *
 * Method: RR = Σ aᵢn0ᵢ/Nᵢ / Σ cᵢn1ᵢ/Nᵢ (Mantel & Haenszel 1959 weights [mantel1959]); variance of
 * log RR from Greenland & Robins (1985) [greenland1985]:
 *   Σ (n1ᵢ n0ᵢ (aᵢ + cᵢ) − aᵢcᵢNᵢ)/Nᵢ² / (Σ aᵢn0ᵢ/Nᵢ · Σ cᵢn1ᵢ/Nᵢ).
 * Choices: Wald interval on the log scale; not estimable (NaN) when either sum is 0.
 * Checked against: stratified.mantel_haenszel (rr_mh, rr_mh_lower/upper) in ../shared/reference.
 * @example
 * ```ts
 * import { mantelHaenszelRiskRatio } from "fgc-toolkit";
 * const rr = mantelHaenszelRiskRatio({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] });
 * rr.estimate; // => 2
 * rr.ci; // => [1.189, 3.364]
 * ```
 */
export function mantelHaenszelRiskRatio(strata: Strata, level = 0.95): Estimate {
  const fn = "mantelHaenszelRiskRatio";
  assertLevel(fn, level);
  const { tables, notes } = stratumTables(fn, strata);
  const n = sum(tables, (t) => t.N);
  const refs = ["mantel1959", "greenland1985"];
  const top = sum(tables, (t) => (t.a * t.n0) / t.N);
  const bottom = sum(tables, (t) => (t.c * t.n1) / t.N);
  if (!(top > 0 && bottom > 0)) {
    const e = notEstimable(
      method,
      level,
      n,
      "no events in one arm in every stratum (ratio 0 or infinite)",
      refs,
    );
    e.notes.push(...notes);
    return e;
  }
  const v = sum(tables, (t) => (t.n1 * t.n0 * (t.a + t.c) - t.a * t.c * t.N) / t.N ** 2) / (top * bottom);
  const se = Math.sqrt(v);
  const logRr = Math.log(top / bottom);
  const z = normalQuantile(1 - (1 - level) / 2);
  return {
    estimate: top / bottom,
    ci: [Math.exp(logRr - z * se), Math.exp(logRr + z * se)],
    level,
    method,
    n,
    se,
    scale: "log",
    references: refs,
    notes: ["Greenland–Robins variance; Wald interval on the log scale", ...notes],
  };
}
