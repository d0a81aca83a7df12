import { chiSquareSf } from "../distributions/chi-square.js";
import type { StratifiedChiSquareTest } from "./homogeneity-test.js";
import { type Strata, stratumTables } from "./strata.js";

/**
 * Woolf's test of homogeneity of the odds ratio across strata (K − 1 df).
 *
 * Method: Woolf (1955) [woolf1955]: with log ORᵢ = log(aᵢdᵢ/(bᵢcᵢ)) and weights
 * wᵢ = 1/(1/aᵢ + 1/bᵢ + 1/cᵢ + 1/dᵢ), X² = Σ wᵢ(log ORᵢ − L)², L = Σ wᵢ log ORᵢ / Σ wᵢ.
 * Choices: as epiR's epi.2by2 (wOR.homog), 0.5 is added to every cell of every stratum before
 * the log odds ratios and weights are formed (Haldane–Anscombe), so empty cells need no special
 * case; the reference vectors match only with this correction.
 * Checked against: stratified.mantel_haenszel (woolf_statistic, woolf_p) in ../shared/reference.
 * @example
 * ```ts
 * import { woolfHomogeneityTest } from "fgc-toolkit";
 * woolfHomogeneityTest({ a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] }).p; // => 0.7932
 * ```
 */
export function woolfHomogeneityTest(strata: Strata): StratifiedChiSquareTest {
  const { tables, notes } = stratumTables("woolfHomogeneityTest", strata);
  const references = ["woolf1955"];
  const df = tables.length - 1;
  if (df < 1) {
    return {
      statistic: Number.NaN,
      df,
      p: Number.NaN,
      references,
      notes: ["not defined: fewer than two strata", ...notes],
    };
  }
  const cells = tables.map((t) => [t.a + 0.5, t.b + 0.5, t.c + 0.5, t.d + 0.5]);
  const logOr = cells.map(([a, b, c, d]) => Math.log((a * d) / (b * c)));
  const w = cells.map(([a, b, c, d]) => 1 / (1 / a + 1 / b + 1 / c + 1 / d));
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < w.length; i++) {
    sw += w[i];
    swy += w[i] * logOr[i];
  }
  const pooled = swy / sw;
  let statistic = 0;
  for (let i = 0; i < w.length; i++) statistic += w[i] * (logOr[i] - pooled) ** 2;
  return {
    statistic,
    df,
    p: chiSquareSf(statistic, df),
    references,
    notes: ["0.5 added to every cell", ...notes],
  };
}
