import { chiSquareSf } from "../distributions/chi-square.js";
import type { StratifiedChiSquareTest } from "./homogeneity-test.js";
import { type Strata, stratumTables, sum } from "./strata.js";

/** Options of {@link cochranMantelHaenszelTest}. */
export interface CochranMantelHaenszelOptions {
  /**
   * continuity correction: subtract ½ from |Σ(a − E)| before squaring, where |Σ(a − E)| ≥ ½ (as
   * R's mantelhaen.test(correct = TRUE), R's own default); default false (uncorrected)
   */
  correct?: boolean;
}

/**
 * Cochran–Mantel–Haenszel test of no association in any stratum (1 df), with or without the
 * continuity correction.
 *
 * Method: Cochran (1954) [cochran1954], Mantel & Haenszel (1959) [mantel1959]:
 *   X² = (|Σ aᵢ − Σ E aᵢ| − c)² / Σ V aᵢ,  E aᵢ = n1ᵢm1ᵢ/Nᵢ,  V aᵢ = n1ᵢn0ᵢm1ᵢm0ᵢ/(Nᵢ²(Nᵢ − 1)),
 * with m1ᵢ = aᵢ + cᵢ events and m0ᵢ = Nᵢ − m1ᵢ non-events (hypergeometric moments); c = 0, or ½
 * with `correct: true` (Mantel & Haenszel's correction).
 * Choices: as R's mantelhaen.test: the ½ is subtracted only where |Σ(a − E)| ≥ ½, otherwise the
 * uncorrected statistic is returned (so the correction never raises X²); strata of one unit add
 * nothing; NaN with a note when the total variance is 0 (no stratum has both events and
 * non-events).
 * Checked against: stratified.mantel_haenszel (cmh_statistic, cmh_p; uncorrected) and
 * stratified.cmh_corrected (corrected) in ../shared/reference.
 * @example
 * ```ts
 * import { cochranMantelHaenszelTest } from "fgc-toolkit";
 * const t = cochranMantelHaenszelTest({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] });
 * t.statistic; // => 7.395
 * t.p; // => 0.006542
 * ```
 */
export function cochranMantelHaenszelTest(
  strata: Strata,
  options: CochranMantelHaenszelOptions = {},
): StratifiedChiSquareTest {
  const { tables, notes } = stratumTables("cochranMantelHaenszelTest", strata);
  const used = tables.filter((t) => t.N > 1);
  const observed = sum(used, (t) => t.a);
  const expected = sum(used, (t) => (t.n1 * (t.a + t.c)) / t.N);
  const variance = sum(used, (t) => (t.n1 * t.n0 * (t.a + t.c) * (t.b + t.d)) / (t.N * t.N * (t.N - 1)));
  const references = ["cochran1954", "mantel1959"];
  if (!(variance > 0)) {
    return {
      statistic: Number.NaN,
      df: 1,
      p: Number.NaN,
      references,
      notes: ["not defined: zero variance", ...notes],
    };
  }
  const deviation = Math.abs(observed - expected);
  const correct = options.correct === true;
  const applied = correct && deviation >= 0.5;
  const statistic = (applied ? deviation - 0.5 : deviation) ** 2 / variance;
  const correction = !correct
    ? "no continuity correction"
    : applied
      ? "continuity correction of ½ (mantelhaen.test, correct = TRUE)"
      : "continuity correction not applied: |Σ(a − E)| < ½ (as mantelhaen.test)";
  return {
    statistic,
    df: 1,
    p: chiSquareSf(statistic, 1),
    references,
    notes: [correction, ...notes],
  };
}
