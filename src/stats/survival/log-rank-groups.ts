import { StatsError } from "../../util/errors.js";
import { chiSquareSf } from "../distributions/chi-square.js";
import type { MethodId } from "../estimate.js";
import { cholesky, choleskySolve, type SquareMatrix, zeros } from "../linalg/matrix.js";
import { submatrix } from "../linalg/submatrix.js";
import { checkSurvivalData, codeLabels, type Label, type SurvivalData } from "./survival-data.js";

export interface LogRankGroupsData extends SurvivalData {
  /** group label of each subject (strings sort in byte order, numbers numerically); 2 or more groups */
  group: ArrayLike<Label>;
}

/** The log-rank test of k labelled groups: observed and expected events per group, chi-square on k − 1 df and p. */
export interface LogRankGroupsResult {
  method: MethodId;
  /** (O − E)ᵀ V⁻ (O − E) */
  statistic: number;
  /** number of groups with expected events > 0, minus 1 (less any further linear dependence) */
  df: number;
  p: number;
  /** group labels in sorted order; observed and expected follow this order */
  groups: Label[];
  observed: number[];
  expected: number[];
  n: number;
  references: string[];
  notes: string[];
}

/**
 * Log-rank test of equal survivor functions across k groups.
 *
 * Method: Mantel (1966) [mantel1966], Peto & Peto (1972) [peto1972]. At each distinct event time
 * with n at risk (n_g in group g) and d events: E_g += d·n_g/n and
 * V_gh += d·(n − d)/(n − 1)·(n_g/n)(δ_gh − n_h/n). The statistic is (O − E)ᵀ V⁻ (O − E) on the
 * groups with E_g > 0, one of them dropped (V has rank k − 1), on that many degrees of freedom.
 * Choices: as R's survdiff (rho = 0): subjects censored at t count as at risk at t; a group whose
 * members all leave before the first event has E = 0 and is left out of V⁻ and df (a note says
 * so); the inverse is a generalised one, so any further dependence in V also lowers df.
 * Checked against: survival.logrank_k in ../shared/reference/next (R survival 3.5-3 survdiff).
 * @example
 * ```ts
 * import { logRankGroups } from "fgc-toolkit";
 * const t = logRankGroups({ time: [1, 2, 3, 4, 5, 6], event: [1, 1, 1, 1, 1, 1], group: ["a", "a", "b", "b", "c", "c"] });
 * t.df; // => 2
 * t.p; // => 0.02664
 * ```
 */
export function logRankGroups(data: LogRankGroupsData): LogRankGroupsResult {
  const fn = "logRankGroups";
  const n = checkSurvivalData(fn, data);
  const { time, event } = data;
  const { levels, code } = codeLabels(fn, "group", data.group, n);
  const k = levels.length;
  if (k < 2) throw new StatsError(fn, "group", `${k} distinct label`, "at least 2 groups");
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a] - time[b]);
  const atRisk = new Float64Array(k);
  for (let i = 0; i < n; i++) atRisk[code[i]]++;
  let total = n;
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const v: SquareMatrix = zeros(k);
  const deaths = new Float64Array(k);
  const leaving = new Float64Array(k);
  for (let i = 0; i < n; ) {
    const t = time[order[i]];
    deaths.fill(0);
    leaving.fill(0);
    let d = 0;
    for (; i < n && time[order[i]] === t; i++) {
      const g = code[order[i]];
      leaving[g]++;
      if (event[order[i]] === 1) {
        deaths[g]++;
        d++;
      }
    }
    if (d > 0) {
      const w = total > 1 ? (d * (total - d)) / (total - 1) : 0;
      for (let g = 0; g < k; g++) {
        const share = atRisk[g] / total;
        observed[g] += deaths[g];
        expected[g] += d * share;
        for (let h = 0; h < k; h++) {
          v.data[g * k + h] += w * share * ((g === h ? 1 : 0) - atRisk[h] / total);
        }
      }
    }
    for (let g = 0; g < k; g++) atRisk[g] -= leaving[g];
    total -= leaving.reduce((s, x) => s + x, 0);
  }
  const notes: string[] = [];
  const informative = levels.map((_, g) => g).filter((g) => expected[g] > 0);
  const empty = levels.filter((_, g) => !(expected[g] > 0));
  if (empty.length > 0) {
    notes.push(
      `group(s) ${empty.join(", ")} had no one at risk at any event time (expected 0): left out of the test and its df`,
    );
  }
  // Drop one informative group (the last): the remaining V is of full rank unless the data make it singular.
  const kept = informative.slice(0, -1);
  let statistic = Number.NaN;
  let df = 0;
  if (kept.length > 0) {
    const sub = submatrix(v, kept);
    const chol = cholesky(sub);
    const use = kept.map((_, j) => j).filter((j) => !chol.dependent.includes(j));
    df = use.length;
    if (chol.dependent.length > 0)
      notes.push("V is singular beyond the dropped group: a generalised inverse lowers df");
    const diff = use.map((j) => observed[kept[j]] - expected[kept[j]]);
    const solved = choleskySolve(cholesky(submatrix(sub, use)), diff);
    statistic = diff.reduce((s, x, j) => s + x * solved[j], 0);
  }
  if (df === 0) notes.push("not estimable: fewer than two groups at risk at an event time");
  return {
    method: "survival.logrank_k",
    statistic: df > 0 ? statistic : Number.NaN,
    df,
    p: df > 0 ? chiSquareSf(statistic, df) : Number.NaN,
    groups: levels,
    observed,
    expected,
    n,
    references: ["mantel1966", "peto1972"],
    notes,
  };
}
