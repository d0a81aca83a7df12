/**
 * Cochran–Mantel–Haenszel test of no association in any stratum (1 df), without continuity
 * correction.
 *
 * Method: Cochran (1954) [cochran1954], Mantel & Haenszel (1959) [mantel1959]:
 *   X² = (Σ aᵢ − Σ E aᵢ)² / Σ V aᵢ,  E aᵢ = n1ᵢm1ᵢ/Nᵢ,  V aᵢ = n1ᵢn0ᵢm1ᵢm0ᵢ/(Nᵢ²(Nᵢ − 1)),
 * with m1ᵢ = aᵢ + cᵢ events and m0ᵢ = Nᵢ − m1ᵢ non-events (hypergeometric moments).
 * Choices: as R's mantelhaen.test(correct = FALSE); strata of one unit add nothing; NaN with a
 * note when the total variance is 0 (no stratum has both events and non-events).
 * Checked against: stratified.mantel_haenszel (cmh_statistic, cmh_p) in ../shared/reference.
 * @example cochranMantelHaenszelTest({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] }).p // ≈ 0.00654
 */
import { chiSquareSf } from "../distributions/chi-square.js";
import type { StratifiedChiSquareTest } from "./homogeneity-test.js";
import { type Strata, stratumTables, sum } from "./strata.js";

export function cochranMantelHaenszelTest(strata: Strata): StratifiedChiSquareTest {
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
  const statistic = (observed - expected) ** 2 / variance;
  return {
    statistic,
    df: 1,
    p: chiSquareSf(statistic, 1),
    references,
    notes: ["no continuity correction", ...notes],
  };
}
