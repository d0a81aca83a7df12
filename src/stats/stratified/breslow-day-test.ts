import { StatsError } from "../../util/errors.js";
import { chiSquareSf } from "../distributions/chi-square.js";
import type { StratifiedChiSquareTest } from "./homogeneity-test.js";
import { type Strata, stratumTables } from "./strata.js";

/**
 * Breslow–Day test of homogeneity of the odds ratio across strata (K − 1 df).
 *
 * Method: Breslow & Day (1980, §4.4) [breslow1980]. In each stratum Ãᵢ is the count in the
 * exposed-event cell that, with the stratum's margins fixed, gives the Mantel–Haenszel odds
 * ratio ψ: Ã(n0 − m1 + Ã) = ψ(n1 − Ã)(m1 − Ã), the root in [max(0, m1 − n0), min(n1, m1)];
 *   X² = Σ (aᵢ − Ãᵢ)² / Vᵢ,  1/Vᵢ = 1/Ã + 1/(n1 − Ã) + 1/(m1 − Ã) + 1/(n0 − m1 + Ã).
 * Choices: without Tarone's (1985) correction [tarone1985], as epiR's epi.2by2 reports it (the
 * reference vectors match the uncorrected statistic); strata with no events or no non-events
 * (Vᵢ = 0) are left out and df = strata used − 1.
 * Checked against: stratified.mantel_haenszel (breslow_day_statistic, breslow_day_p) in ../shared/reference.
 *
 * `commonOddsRatio` is the Mantel–Haenszel estimate (see mantelHaenszelOddsRatio).
 * @example
 * ```ts
 * import { breslowDayTest, mantelHaenszelOddsRatio } from "fgc-toolkit";
 * const strata = { a: [10, 20], n1: [30, 40], c: [5, 10], n0: [30, 40] };
 * const t = breslowDayTest(strata, mantelHaenszelOddsRatio(strata).estimate);
 * t.statistic; // => 0.05335
 * t.p; // => 0.8173
 * ```
 */
export function breslowDayTest(strata: Strata, commonOddsRatio: number): StratifiedChiSquareTest {
  const fn = "breslowDayTest";
  if (!(commonOddsRatio > 0 && Number.isFinite(commonOddsRatio))) {
    throw new StatsError(fn, "commonOddsRatio", commonOddsRatio, "a positive finite odds ratio");
  }
  const { tables, notes } = stratumTables(fn, strata);
  const references = ["breslow1980"];
  let statistic = 0;
  let used = 0;
  for (const t of tables) {
    const m1 = t.a + t.c;
    if (m1 === 0 || m1 === t.N) continue;
    const fitted = fittedCount(t.n1, t.n0, m1, commonOddsRatio);
    const v = 1 / (1 / fitted + 1 / (t.n1 - fitted) + 1 / (m1 - fitted) + 1 / (t.n0 - m1 + fitted));
    statistic += (t.a - fitted) ** 2 / v;
    used++;
  }
  const df = used - 1;
  if (df < 1) {
    return {
      statistic: Number.NaN,
      df,
      p: Number.NaN,
      references,
      notes: ["not defined: fewer than two informative strata", ...notes],
    };
  }
  return {
    statistic,
    df,
    p: chiSquareSf(statistic, df),
    references,
    notes: ["without Tarone's correction", ...notes],
  };
}

/** The root of (1 − ψ)A² + (n0 − m1 + ψ(n1 + m1))A − ψ n1 m1 = 0 inside the table's range. */
function fittedCount(n1: number, n0: number, m1: number, psi: number): number {
  const lo = Math.max(0, m1 - n0);
  const hi = Math.min(n1, m1);
  const A = 1 - psi;
  const B = n0 - m1 + psi * (n1 + m1);
  const C = -psi * n1 * m1;
  if (Math.abs(A) < 1e-12 * Math.abs(B)) return -C / B;
  // Numerically stable roots (Press et al.): q = −(B + sign(B)√(B² − 4AC))/2; roots q/A, C/q.
  const q = -0.5 * (B + Math.sign(B) * Math.sqrt(B * B - 4 * A * C));
  const r1 = q / A;
  const r2 = C / q;
  const inside = (r: number) => r >= lo - 1e-9 && r <= hi + 1e-9;
  return inside(r1) && !inside(r2) ? r1 : r2;
}
