import { StatsError } from "../../util/errors.js";
import { chiSquareSf } from "../distributions/chi-square.js";
import type { MethodId } from "../estimate.js";
import { checkSurvivalData, codeLabels, type Label, type SurvivalData } from "./survival-data.js";

export interface LogRankData extends SurvivalData {
  /** 1 = intervention arm (group 1), 0 = comparator (group 0) */
  arm: ArrayLike<number>;
  /** optional stratum labels (e.g. laCode) */
  strata?: ArrayLike<Label>;
}

/** The log-rank test of two groups: observed and expected events per group, chi-square and p. */
export interface LogRankResult {
  method: MethodId;
  statistic: number;
  df: number;
  p: number;
  /** observed and expected events, [comparator (0), intervention (1)] */
  observed: [number, number];
  expected: [number, number];
  /** Σ V, the variance of O₁ − E₁ */
  variance: number;
  n: number;
  nStrata: number;
  references: string[];
  notes: string[];
}

/**
 * Log-rank test comparing the survivor functions of two arms, optionally stratified.
 *
 * Method: Mantel (1966) [mantel1966]. At each distinct event time j within a stratum, with nⱼ at
 * risk (n₁ⱼ in arm 1) and dⱼ events, E₁ⱼ = dⱼ n₁ⱼ/nⱼ and the hypergeometric variance
 * Vⱼ = dⱼ (n₁ⱼ/nⱼ)(1 − n₁ⱼ/nⱼ)(nⱼ − dⱼ)/(nⱼ − 1). The statistic is (Σ(O₁ − E₁))² / ΣV on 1 df, the
 * sums running over times and strata.
 * Choices: as R's survdiff (rho = 0): subjects censored at t count as at risk at t; strata are
 * combined by summing O − E and V over strata before squaring.
 * Checked against: logrank_statistic and logrank_p of survival.logrank_cox in ../shared/reference
 * (R survival 3.5-3 survdiff).
 * @example
 * ```ts
 * import { logRank } from "fgc-toolkit";
 * const t = logRank({ time: [5, 8, 12, 20, 3, 4, 7, 9], event: [1, 0, 1, 0, 1, 1, 1, 0], arm: [1, 1, 1, 1, 0, 0, 0, 0] });
 * t.statistic; // => 1.871
 * t.p; // => 0.1714
 * ```
 */
export function logRank(data: LogRankData): LogRankResult {
  const fn = "logRank";
  const n = checkSurvivalData(fn, data);
  const { time, event, arm } = data;
  if (arm.length !== n) throw new StatsError(fn, "arm", `length ${arm.length}`, `as long as time (${n})`);
  for (let i = 0; i < n; i++) {
    if (arm[i] !== 0 && arm[i] !== 1)
      throw new StatsError(fn, `arm[${i}]`, arm[i], "0 (comparator) or 1 (intervention)");
  }
  const strata = data.strata
    ? codeLabels(fn, "strata", data.strata, n)
    : { levels: [0], code: new Int32Array(n) };
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => strata.code[a] - strata.code[b] || time[a] - time[b],
  );
  const observed: [number, number] = [0, 0];
  const expected: [number, number] = [0, 0];
  let variance = 0;
  for (let start = 0; start < n; ) {
    const s = strata.code[order[start]];
    let end = start;
    let atRisk = 0;
    let atRisk1 = 0;
    while (end < n && strata.code[order[end]] === s) {
      atRisk++;
      atRisk1 += arm[order[end]];
      end++;
    }
    for (let i = start; i < end; ) {
      const t = time[order[i]];
      let d = 0;
      let d1 = 0;
      let leaving = 0;
      let leaving1 = 0;
      for (; i < end && time[order[i]] === t; i++) {
        const k = order[i];
        leaving++;
        leaving1 += arm[k];
        if (event[k] === 1) {
          d++;
          d1 += arm[k];
        }
      }
      if (d > 0) {
        const share = atRisk1 / atRisk;
        observed[1] += d1;
        observed[0] += d - d1;
        expected[1] += d * share;
        expected[0] += d * (1 - share);
        if (atRisk > 1) variance += (d * share * (1 - share) * (atRisk - d)) / (atRisk - 1);
      }
      atRisk -= leaving;
      atRisk1 -= leaving1;
    }
    start = end;
  }
  const diff = observed[1] - expected[1];
  const notes: string[] = [];
  let statistic = (diff * diff) / variance;
  let p = chiSquareSf(statistic, 1);
  if (!(variance > 0)) {
    statistic = Number.NaN;
    p = Number.NaN;
    notes.push("not estimable: no event time has both arms at risk, so the log-rank variance is 0");
  }
  if (strata.levels.length > 1)
    notes.push(`stratified by ${strata.levels.length} strata (O − E and V summed)`);
  return {
    method: "survival.log_rank",
    statistic,
    df: 1,
    p,
    observed,
    expected,
    variance,
    n,
    nStrata: strata.levels.length,
    references: ["mantel1966"],
    notes,
  };
}
