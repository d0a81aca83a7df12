import { assertLevel } from "../assert.js";
import { normalQuantile } from "../distributions/normal.js";
import type { Estimate } from "../estimate.js";
import { notEstimable } from "../not-estimable.js";
import { type Strata, stratumTables, sum } from "./strata.js";

const method = "stratified.mantel_haenszel";

/**
 * Mantel–Haenszel common odds ratio across strata, with the Robins–Breslow–Greenland interval.
 *
 * Method: Mantel & Haenszel (1959) [mantel1959]: OR = Σ aᵢdᵢ/Nᵢ / Σ bᵢcᵢ/Nᵢ. Variance of log OR
 * from Robins, Breslow & Greenland (1986) [robins1986], with Pᵢ = (a+d)/N, Qᵢ = (b+c)/N,
 * Rᵢ = ad/N, Sᵢ = bc/N:
 *   ΣPR/(2(ΣR)²) + Σ(PS + QR)/(2 ΣR ΣS) + ΣQS/(2(ΣS)²).
 * Choices: Wald interval on the log scale; not estimable (NaN) when ΣR or ΣS is 0.
 * Checked against: stratified.mantel_haenszel (or_mh, or_mh_lower/upper) in ../shared/reference.
 * @example
 * ```ts
 * import { mantelHaenszelOddsRatio } from "fgc-toolkit";
 * const or = mantelHaenszelOddsRatio({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] });
 * or.estimate; // => 2.8
 * or.ci; // => [1.324, 5.921]
 * ```
 */
export function mantelHaenszelOddsRatio(strata: Strata, level = 0.95): Estimate {
  const fn = "mantelHaenszelOddsRatio";
  assertLevel(fn, level);
  const { tables, notes } = stratumTables(fn, strata);
  const n = sum(tables, (t) => t.N);
  const refs = ["mantel1959", "robins1986"];
  const R = sum(tables, (t) => (t.a * t.d) / t.N);
  const S = sum(tables, (t) => (t.b * t.c) / t.N);
  if (!(R > 0 && S > 0)) {
    const e = notEstimable(
      method,
      level,
      n,
      "Σ ad/N or Σ bc/N is 0 (the common odds ratio is 0 or infinite)",
      refs,
    );
    e.notes.push(...notes);
    return e;
  }
  const PR = sum(tables, (t) => ((t.a + t.d) * t.a * t.d) / t.N ** 2);
  const PSQR = sum(tables, (t) => ((t.a + t.d) * t.b * t.c + (t.b + t.c) * t.a * t.d) / t.N ** 2);
  const QS = sum(tables, (t) => ((t.b + t.c) * t.b * t.c) / t.N ** 2);
  const se = Math.sqrt(PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S));
  const logOr = Math.log(R / S);
  const z = normalQuantile(1 - (1 - level) / 2);
  return {
    estimate: R / S,
    ci: [Math.exp(logOr - z * se), Math.exp(logOr + z * se)],
    level,
    method,
    n,
    se,
    scale: "log",
    references: refs,
    notes: ["Robins–Breslow–Greenland variance; Wald interval on the log scale", ...notes],
  };
}
